import { Alert } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../lib/format';

/**
 * Says that the shares of a year still in progress, on the actual basis, are partial: they count
 * only what has been disbursed so far, and early in the year a few payments decide them.
 * Nothing for a finished year or the plan basis.
 */
export function YearInProgressNote({ year, style }: { year: number; style?: CSSProperties }) {
  const { t } = useTranslation();
  const now = today();
  if (year !== Number(now.slice(0, 4))) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={style}
      data-testid="year-in-progress"
      title={t('complianceSummary.inProgressTitle', { year, date: now })}
      description={t('complianceSummary.inProgressText')}
    />
  );
}
