import { Alert } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../lib/format';

/** Where the date goes in the sentence, replaced by the date as an element. */
const DATE = '\u2063date\u2063';

/**
 * The sentence with its date as one left-to-right run that never breaks across lines (decision
 * 0073): on a Uyghur screen the line could break after "2026-" and the rest read "03-12".
 */
function withDate(sentence: string, date: string): ReactNode {
  const [before, after] = sentence.split(DATE);
  if (after === undefined) return sentence;
  return (
    <>
      {before}
      <bdi dir="ltr" style={{ whiteSpace: 'nowrap' }}>
        {date}
      </bdi>
      {after}
    </>
  );
}

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
      title={withDate(t('complianceSummary.inProgressTitle', { year, date: DATE }), now)}
      description={t('complianceSummary.inProgressText')}
    />
  );
}
