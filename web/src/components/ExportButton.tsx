import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../api/hooks';
import {
  type ExportFormat,
  exportUrl,
  KIND_INFO,
  serverLang,
  type TransferKind,
} from '../api/transfer';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

/**
 * Downloads a list as XLSX or CSV (`GET /api/exports/{kind}`): one line on a list screen,
 * `<ExportButton kind="projects" filters={…} />`. Shown to signed-in callers only (exports hold
 * what the caller may see; anonymous visitors are offered none), and only to those who may read
 * the kind's list when its export needs that (`KIND_INFO[kind].exportCan`, e.g. plan items). The list's filters go with the
 * request once the kind's export applies them (`KIND_INFO[kind].exportFilters`); until then the
 * tooltip says the file holds every record the caller may see.
 */
export function ExportButton({
  kind,
  filters = {},
}: {
  kind: TransferKind;
  filters?: Record<string, string | number | undefined | null>;
}) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const can = useCan();
  const { exportCan } = KIND_INFO[kind];
  if (!session.data || (exportCan && !can(exportCan))) return null;
  const lang = serverLang(i18n.language);
  const applies = KIND_INFO[kind].exportFilters;
  const items = FORMATS.map((format) => ({
    key: format,
    label: (
      <a
        href={exportUrl(kind, format, lang, applies ? filters : {})}
        download
        data-testid={`export-${kind}-${format}`}
      >
        {t(`exports.${format}`)}
      </a>
    ),
  }));
  return (
    <Tooltip title={t(applies ? 'exports.filtered' : 'exports.allVisible')}>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button icon={<DownloadOutlined />} data-testid={`export-${kind}`}>
          {t(`exports.button.${kind}`)}
        </Button>
      </Dropdown>
    </Tooltip>
  );
}
