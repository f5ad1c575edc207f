import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS = {
  complete: 'success',
  partial: 'processing',
  missing: 'default',
  late: 'error',
} as const;

/** A reporter's status for a period: complete, partial, missing or late, in words and colour. */
export function StatusTag({ status }: { status: keyof typeof COLORS }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`completeness.status.${status}`)}
    </Tag>
  );
}
