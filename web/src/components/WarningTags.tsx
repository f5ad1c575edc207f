import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Severity, WarningKind, WarningStatus } from '../api/vocabulary';

const KIND_COLOURS: Record<WarningKind, string> = {
  'not-started': 'orange',
  'no-disbursement': 'gold',
  'stage-overdue': 'volcano',
  'acceptance-pending': 'purple',
  'term-ending': 'blue',
  'case-late': 'magenta',
  'report-late': 'cyan',
};

const STATUS_COLOURS: Record<WarningStatus, string> = {
  open: 'error',
  acknowledged: 'processing',
  resolved: 'success',
  dismissed: 'default',
};

/** Critical red, error orange-red, warning gold: the same colours on every screen. */
export const SEVERITY_COLOURS: Record<Severity, string> = {
  critical: '#cf1322',
  error: '#ad2102',
  warning: '#ad6800',
};
const SEVERITY_TAGS: Record<Severity, string> = {
  critical: 'red',
  error: 'volcano',
  warning: 'gold',
};

/** A warning's kind (未按期开工, 长期未拨付 …). */
export function WarningKindTag({ kind }: { kind: WarningKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLOURS[kind]} style={{ whiteSpace: 'nowrap' }}>
      {t(`warningsPage.kinds.${kind}`)}
    </Tag>
  );
}

/** A warning's status in the work queue. */
export function WarningStatusTag({ status }: { status: WarningStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ whiteSpace: 'nowrap' }}>
      {t(`warningsPage.statuses.${status}`)}
    </Tag>
  );
}

/** A data-quality finding's severity. */
export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Tag color={SEVERITY_TAGS[severity]} style={{ whiteSpace: 'nowrap' }}>
      {t(`qualityPage.severities.${severity}`)}
    </Tag>
  );
}
