import { Button, InputNumber, Skeleton, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { type AnnualReport, type ReportKind, reportPdfHref, useAnnualReport } from '../api/reports';
import { ErrorResult } from '../components/ErrorResult';
import { Ltr } from '../components/Ltr';
import { withUnit } from '../components/MoneyInput';
import { formatDate } from '../lib/format';
import { formatShare, formatWan } from '../lib/money';
import { ReportBars } from './reports/ReportBars';

/** The print stylesheet: A4, no controls, sections kept whole where they fit. */
const PRINT_CSS = `
.annual-report { max-width: 960px; margin: 0 auto; padding: 24px; background: #fff; color: #1f2329; }
.annual-report h1 { font-size: 24px; margin: 0 0 4px; }
.annual-report h2 { font-size: 17px; margin: 20px 0 8px; border-bottom: 1px solid #c9cdd4; padding-bottom: 2px; }
.annual-report h3 { font-size: 14px; margin: 12px 0 6px; }
.annual-report table { width: 100%; border-collapse: collapse; font-size: 13px; margin-bottom: 8px; }
.annual-report th { background: #f2f3f5; color: #646a73; font-weight: normal; text-align: start; }
.annual-report .table-box { overflow-x: auto; }
.annual-report th, .annual-report td { border-bottom: 1px solid #e5e6eb; padding: 4px 6px; }
.annual-report .num { text-align: right; font-variant-numeric: tabular-nums; }
.annual-report .fail { color: #cf1322; }
.annual-report .muted { color: #646a73; }
@page { size: A4; margin: 14mm; }
@media (max-width: 767.98px) {
  .annual-report { padding: 12px; }
  .annual-report th { white-space: nowrap; }
}
@media print {
  .report-controls { display: none !important; }
  .annual-report { padding: 0; max-width: none; }
  .annual-report section, .annual-report table, .annual-report tr { break-inside: avoid; }
  .annual-report h2 { break-after: avoid; }
}`;

const KINDS: readonly ReportKind[] = ['donor', 'area'];
const lastYear = () => new Date().getFullYear() - 1;

/**
 * The annual work report of a donor (`/reports/donor/:code`) or an area (`/reports/area/:code`)
 * for `?year=`: drawn from GET /api/reports/…, print-ready (the browser's print, A4), with the
 * server's PDF a link away. Shown without the app's frame so that it prints alone.
 */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const { pathname } = useLocation();
  const kind: ReportKind = KINDS.find((k) => pathname.startsWith(`/reports/${k}/`)) ?? 'area';
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 1949 && asked <= 2100 ? asked : lastYear();
  const report = useAnnualReport(kind, code, year);
  const zh = !i18n.language.startsWith('en');
  // The server's PDF in the screen's language: Uyghur right to left (decision 0072).
  const pdfLang = i18n.language.startsWith('ug') ? 'ug' : zh ? 'zh' : 'en';
  const back = kind === 'area' ? `/areas/${code}` : '/compliance';

  return (
    <div className="annual-report" data-testid="annual-report">
      <style>{PRINT_CSS}</style>
      <Space className="report-controls" wrap style={{ marginBottom: 16 }}>
        <Link to={back}>
          {i18n.language.startsWith('ug') ? '→' : '←'} {t('reports.back')}
        </Link>
        <span>{t('reports.year')}</span>
        <InputNumber
          aria-label={t('reports.year')}
          min={1949}
          max={2100}
          value={year}
          onChange={(v) => {
            if (typeof v === 'number') setParams({ year: String(v) }, { replace: true });
          }}
        />
        <Button type="primary" onClick={() => window.print()}>
          {t('reports.print')}
        </Button>
        <Button href={reportPdfHref(kind, code, year, pdfLang)}>{t('reports.pdf')}</Button>
      </Space>
      {report.isPending ? (
        <Skeleton active />
      ) : report.isError ? (
        <ErrorResult error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <ReportBody report={report.data} zh={zh} />
      )}
    </div>
  );
}

function ReportBody({ report: r, zh }: { report: AnnualReport; zh: boolean }) {
  const { t } = useTranslation();
  const nameOf = (x: { name: string; nameEn: string }) => (zh ? x.name : x.nameEn);
  const wan = (fen: number) => formatWan(fen);
  const wanNumber = (fen: number) => Math.round(fen / 10_000) / 100;
  const hidden = <p className="muted">{t('reports.hidden')}</p>;
  const byLabel = r.kind === 'donor' ? t('reports.byArea') : t('reports.byDonor');
  const table = (head: ReactNode[], rows: ReactNode[][], numeric: number[] = []) => (
    // on a phone a wide table scrolls in its own box, not the page (decision 0078)
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box is reached by the keyboard
    <div className="table-box" tabIndex={0}>
      <table>
        <thead>
          <tr>
            {head.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
              <th key={i} className={numeric.includes(i) ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows in the report's order
            <tr key={k}>
              {row.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                <td key={i} className={numeric.includes(i) ? 'num' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const verdict = (ok: boolean | null, margin: number | null) =>
    ok === null ? (
      '—'
    ) : (
      <span className={ok ? undefined : 'fail'}>
        {margin === null ? '' : wan(margin)} {ok ? t('reports.pass') : t('reports.fail')}
      </span>
    );

  return (
    <>
      <h1>
        {t(r.kind === 'donor' ? 'reports.titleDonor' : 'reports.titleArea', {
          name: nameOf(r.subject),
          year: r.year,
        })}
      </h1>
      <p className="muted">
        <Ltr>{r.subject.code}</Ltr> · {t('reports.generated', { date: formatDate(r.generatedAt) })}
      </p>

      <section data-testid="report-funds">
        <h2>{t('reports.funds')}</h2>
        {r.funds === null
          ? hidden
          : table(
              [
                t('reports.committed'),
                t('reports.arrived'),
                t('reports.disbursed'),
                t('reports.spent'),
              ],
              [
                [
                  wan(r.funds.committedFen),
                  wan(r.funds.arrivedFen),
                  wan(r.funds.disbursedFen),
                  wan(r.funds.spentFen),
                ],
              ],
              [0, 1, 2, 3],
            )}
        {r.fundsBy !== null && r.fundsBy.length > 0 && (
          <>
            <h3>{byLabel}</h3>
            <ReportBars
              testId="report-funds-chart"
              caption={withUnit(t, byLabel)}
              format={(v) => formatWan(Math.round(v * 1_000_000))}
              labels={r.fundsBy.slice(0, 12).map(nameOf)}
              series={[
                {
                  name: t('reports.committed'),
                  color: '#1677ff',
                  values: r.fundsBy.slice(0, 12).map((l) => wanNumber(l.committedFen)),
                },
                {
                  name: t('reports.disbursed'),
                  color: '#13c2c2',
                  values: r.fundsBy.slice(0, 12).map((l) => wanNumber(l.disbursedFen)),
                },
              ]}
            />
          </>
        )}
      </section>

      <section data-testid="report-rules">
        <h2>{r.kind === 'donor' ? t('reports.rules') : t('reports.rulesArea')}</h2>
        {r.rules === null ? (
          hidden
        ) : r.rules.length === 0 ? (
          <p className="muted">{t('reports.none')}</p>
        ) : (
          table(
            [
              r.kind === 'donor' ? t('reports.programme') : t('reports.donor'),
              t('reports.basis'),
              t('reports.total'),
              `${t('reports.county')} / ${t('reports.threshold')}`,
              t('reports.margin'),
              `${t('reports.livelihood')} / ${t('reports.threshold')}`,
              t('reports.margin'),
            ],
            r.rules.map((l) => [
              r.kind === 'donor'
                ? nameOf(l.programme)
                : `${nameOf(l.donor)} · ${nameOf(l.programme)}`,
              l.basis === 'plan' ? t('reports.plan') : t('reports.actual'),
              wan(l.totalFen),
              `${formatShare(l.countyAndBelowBp)} / ${l.thresholds ? formatShare(l.thresholds.countyAndBelowBp) : '—'}`,
              verdict(l.countyAndBelowOk, l.marginFen.countyAndBelow),
              `${formatShare(l.livelihoodBp)} / ${l.thresholds ? formatShare(l.thresholds.livelihoodBp) : '—'}`,
              verdict(l.livelihoodOk, l.marginFen.livelihood),
            ]),
            [2, 3, 4, 5, 6],
          )
        )}
      </section>

      <section data-testid="report-projects">
        <h2>{t('reports.projects')}</h2>
        <p>{t('reports.projectCount', { n: r.projects.total, jobs: r.projects.jobsCreated })}</p>
        {r.projects.byStage.length > 0 && (
          <>
            <h3>{t('reports.byStage')}</h3>
            <ReportBars
              testId="report-stages-chart"
              caption={t('reports.byStage')}
              labels={r.projects.byStage.map((s) => t(`stages.${s.key}`))}
              series={[
                {
                  name: t('reports.count'),
                  color: '#1677ff',
                  values: r.projects.byStage.map((s) => s.projects),
                },
              ]}
            />
          </>
        )}
        {r.projects.byType.length > 0 && (
          <>
            <h3>{t('reports.byType')}</h3>
            {table(
              [t('reports.byType'), t('reports.count')],
              r.projects.byType.map((x) => [nameOf(x), x.projects]),
              [1],
            )}
          </>
        )}
        <h3>{t('reports.largest', { n: r.largestProjects.length })}</h3>
        {r.largestProjects.length === 0 ? (
          <p className="muted">{t('reports.none')}</p>
        ) : (
          table(
            [
              t('reports.code'),
              t('reports.name'),
              t('reports.donor'),
              t('reports.stage'),
              t('reports.areas'),
              t('reports.budget'),
            ],
            r.largestProjects.map((p) => [
              <Link key="c" to={`/projects/${p.code}`}>
                {p.code}
              </Link>,
              zh ? p.name : (p.nameEn ?? p.name),
              nameOf(p.donor),
              t(`stages.${p.stage}`),
              p.areas.map(nameOf).join(zh ? '、' : ', '),
              wan(p.budgetFen),
            ]),
            [5],
          )
        )}
      </section>

      <section data-testid="report-people">
        <h2>{t('reports.people')}</h2>
        {r.people === null ? (
          hidden
        ) : (
          <>
            <p>
              {t('reports.sent', {
                n: r.people.sent,
                flex: r.people.sentFlexible,
                now: r.people.servingNow,
                flexNow: r.people.servingFlexibleNow,
              })}
            </p>
            {r.people.byCounterpart.length > 0 &&
              table(
                [byLabel, t('reports.sentBy')],
                r.people.byCounterpart.map((l) => [nameOf(l), l.sent]),
                [1],
              )}
            {r.people.batches.length > 0 &&
              table(
                [t('reports.batch', { n: '' }).trim(), t('reports.name'), t('reports.startsOn')],
                r.people.batches.map((b) => [
                  t('reports.batch', { n: b.number }),
                  b.name ?? '',
                  b.startsOn ?? '',
                ]),
              )}
          </>
        )}
      </section>

      <section data-testid="report-training">
        <h2>{t('reports.training')}</h2>
        {r.training === null ? (
          hidden
        ) : (
          <p>
            {t('reports.trainingLine', {
              n: r.training.peopleTrained,
              times: r.training.personTimes,
              jobs: r.training.jobsFound,
            })}
          </p>
        )}
        {r.companies !== null && (
          <p>
            {t('reports.companiesLine', {
              n: r.companies.companies,
              inv: wan(r.companies.investmentFen),
              jobs: r.companies.jobs,
              open: r.companies.casesOpen,
            })}
          </p>
        )}
        {r.sales !== null && <p>{t('reports.salesLine', { sales: wan(r.sales.salesFen) })}</p>}
      </section>

      <section data-testid="report-indicators">
        <h2>{t('reports.indicators')}</h2>
        {r.indicators.length === 0 ? (
          <p className="muted">{t('reports.noIndicators')}</p>
        ) : (
          table(
            [t('reports.indicator'), t('reports.value')],
            r.indicators.map((i) => [
              nameOf(i),
              i.value === null
                ? '—'
                : i.unit === 'fen'
                  ? wan(Number(i.value))
                  : Number(i.value).toLocaleString(),
            ]),
            [1],
          )
        )}
      </section>

      <section data-testid="report-warnings">
        <h2>{t('reports.warnings')}</h2>
        <p>
          {t('reports.warningsLine', {
            open: r.warnings.open,
            ack: r.warnings.acknowledged,
            resolved: r.warnings.resolved,
            dismissed: r.warnings.dismissed,
          })}
        </p>
        {r.warnings.openItems.length > 0 &&
          table(
            [t('reports.kind'), t('reports.subject'), t('reports.detected')],
            r.warnings.openItems.map((w) => [
              t(`reports.warningKinds.${w.kind}`, { defaultValue: w.kind }),
              w.subject,
              w.detectedAt.slice(0, 10),
            ]),
          )}
      </section>
    </>
  );
}
