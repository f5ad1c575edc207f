import { Badge, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QualityCounts } from '../../api/quality';
import { SEVERITY_COLOURS } from '../../components/WarningTags';

/** A tab's name with a count badge (none for zero); the count is part of its accessible name. */
export function TabLabel({ text, count, color }: { text: string; count: number; color: string }) {
  const { t } = useTranslation();
  return (
    <Space size={6}>
      {text}
      {count > 0 ? (
        <Badge
          count={count}
          color={color}
          size="small"
          title={t('projectExtras.countBadge', { count })}
        />
      ) : null}
    </Space>
  );
}

/** The colour of the most severe finding, for the quality tab's badge. */
export function qualityColour(counts: QualityCounts['bySeverity'] | undefined): string {
  if (counts?.critical) return SEVERITY_COLOURS.critical;
  if (counts?.error) return SEVERITY_COLOURS.error;
  return SEVERITY_COLOURS.warning;
}
