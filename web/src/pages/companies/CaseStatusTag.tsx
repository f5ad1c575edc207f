import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../api/companies';

const COLORS: Record<CaseStatus, string> = {
  open: 'orange',
  in_progress: 'blue',
  resolved: 'green',
  closed: 'default',
  rejected: 'red',
};

/** A case's status in words, coloured. */
export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="case-status" data-status={status}>
      {t(`cases.status.${status}`)}
    </Tag>
  );
}
