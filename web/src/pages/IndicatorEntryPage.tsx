import { Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type FormQuery,
  type IndicatorSet,
  useIndicatorSets,
  useReportingForm,
} from '../api/indicators';
import { ErrorResult } from '../components/ErrorResult';
import { ExportButton } from '../components/ExportButton';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { PageTitle } from '../components/PageTitle';
import { SignedIn } from '../components/SignedIn';
import { isolate } from '../lib/projectName';
import { FormTable } from './indicators/FormTable';
import { defaultPeriod, periodsOf, periodWords } from './indicators/values';

/** The name of a coded thing in the interface language. */
/** A record's name: English in English; in Uyghur the Chinese one as an isolated run (no Uyghur
 *  names in the data), so that its brackets and a period after it keep their order (0073). */
const named = (x: { name: string; nameEn: string }, language: string) =>
  language === 'en' && x.nameEn ? x.nameEn : language === 'ug' ? isolate(x.name) : x.name;

/** A reporter of a set as a select value: the area, and the donor after a bar when there is one. */
const reporterKey = (r: { area: { code: string }; donor: { code: string } | null }) =>
  r.donor ? `${r.area.code}|${r.donor.code}` : r.area.code;

/**
 * 数据填报 The reporting form of an indicator set for one area (and donor) and period: each
 * element with the previous period's value and the target beside it, typed in the unit it is
 * shown in (万元, %), checked as typed, saved all or nothing; the set's indicators computed
 * from what was saved. Choices are in the URL (`set`, `reporter`, `period`).
 */
export function IndicatorEntryPage() {
  const { t } = useTranslation();
  return (
    <SignedIn
      title={t('analysis.loginTitle')}
      text={t('dataEntry.loginHint')}
      heading={<PageTitle title={t('dataEntry.title')} />}
    >
      <Entry />
    </SignedIn>
  );
}

function Entry() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [params, setParams] = useSearchParams();
  const sets = useIndicatorSets();
  const items = sets.data?.items ?? [];
  const set: IndicatorSet | undefined = items.find((s) => s.code === params.get('set')) ?? items[0];
  const reporter =
    set?.reporters.find((r) => reporterKey(r) === params.get('reporter')) ?? set?.reporters[0];
  const period = params.get('period') || (set ? defaultPeriod(set.periodType) : '');
  const update = (change: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(change)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  const query: FormQuery | null =
    set && reporter && period
      ? {
          set: set.code,
          area: reporter.area.code,
          period,
          ...(reporter.donor ? { donor: reporter.donor.code } : {}),
        }
      : null;
  const form = useReportingForm(query);
  const periods = set ? periodsOf(set.periodType, new Date().getFullYear()) : [];

  let body: ReactNode;
  if (sets.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (sets.isError)
    body = <ErrorResult error={sets.error} onRetry={() => void sets.refetch()} />;
  else if (!set) body = <Empty description={t('dataEntry.noSets')} />;
  else if (!reporter) body = <Empty description={t('dataEntry.noReporters')} />;
  else if (form.isError)
    body = <ErrorResult error={form.error} onRetry={() => void form.refetch()} />;
  else if (form.isPending || !form.data) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else body = <FormTable key={JSON.stringify(query)} form={form.data} />;

  return (
    <>
      <PageTitle
        title={t('dataEntry.title')}
        intro={t('dataEntry.intro')}
        extra={
          <ExportButton
            kind="indicator-values"
            filters={{
              set: set?.code,
              area: reporter?.area.code,
              donor: reporter?.donor?.code,
              period: period || undefined,
            }}
          />
        }
      />
      <FilterBar label={t('dataEntry.choose')}>
        <FilterSelect
          id="entry-set"
          label={t('dataEntry.set')}
          width={300}
          clearable={false}
          value={set?.code}
          loading={sets.isPending}
          options={items.map((s) => ({ value: s.code, label: named(s, language) }))}
          onChange={(v) => update({ set: v, reporter: undefined, period: undefined })}
        />
        <FilterSelect
          id="entry-reporter"
          label={t('dataEntry.reporter')}
          width={260}
          clearable={false}
          searchable
          value={reporter ? reporterKey(reporter) : undefined}
          options={(set?.reporters ?? []).map((r) => ({
            value: reporterKey(r),
            label: r.donor
              ? `${named(r.area, language)} · ${named(r.donor, language)}`
              : named(r.area, language),
          }))}
          onChange={(v) => update({ reporter: v })}
        />
        <FilterSelect
          id="entry-period"
          label={t('dataEntry.period')}
          width={180}
          clearable={false}
          value={period}
          options={periods.map((p) => ({ value: p, label: periodWords(p, language) }))}
          onChange={(v) => update({ period: v })}
        />
      </FilterBar>
      {body}
    </>
  );
}
