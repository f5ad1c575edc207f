/**
 * A record's change history from its row in a list (teams, mentoring, institution pairings,
 * training sessions, exchanges, sales): a "变更记录" link that opens a drawer naming the record,
 * with its history card. The caller shows it only when the record's `can` allows reading history.
 */
import { HistoryOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordHistory } from './RecordHistory';

/**
 * `url`: the record's history route; `version`: its version as listed (the history is asked
 * again after each change); `name`: the record as the list names it (the drawer's title).
 */
export function RecordHistoryButton({
  url,
  version,
  name,
  testId,
}: {
  url: string;
  version: number;
  name: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        type="link"
        icon={<HistoryOutlined />}
        data-testid={testId}
        aria-label={t('recordHistory.openAria', { name })}
        onClick={() => setOpen(true)}
      >
        {t('recordHistory.open')}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('recordHistory.openAria', { name })}
        size={880}
        destroyOnHidden
      >
        {open ? (
          <RecordHistory
            url={url}
            version={version}
            testId="record-history-drawer"
            detailWidth={380}
          />
        ) : null}
      </Drawer>
    </>
  );
}
