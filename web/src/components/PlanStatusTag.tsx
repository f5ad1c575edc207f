import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../api/vocabulary';

const COLORS: Record<PlanStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  returned: 'warning',
};

/** A plan's workflow status (草稿 → 已提交 → 已批准 / 已退回). */
export function PlanStatusTag({ status, testId }: { status: PlanStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid={testId} data-status={status}>
      {t(`plans.status.${status}`)}
    </Tag>
  );
}
