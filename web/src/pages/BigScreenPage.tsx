import {
  CheckCircleFilled,
  CloseCircleFilled,
  FullscreenExitOutlined,
  FullscreenOutlined,
  LogoutOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, ConfigProvider, Select, Skeleton, Space, theme } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type AnalyticsBody, useAnalyticsRows, useMeasures } from '../api/analytics';
import { api } from '../api/client';
import { useSession } from '../api/hooks';
import type { Summary } from '../api/summary';
import { donorName } from '../components/DonorTag';
import { ErrorResult } from '../components/ErrorResult';
import { LoginRequired } from '../components/LoginRequired';
import { withUnit } from '../components/MoneyInput';
import { areaName } from '../lib/areaName';
import { formatValue, measureLabel } from '../lib/measureText';
import { formatShare } from '../lib/money';
import { MeasureMap } from '../map/MeasureMap';

/** How often the big screen asks again (ms). */
export const REFRESH_MS = 30_000;

const BG = 'radial-gradient(ellipse at center, #0d2a52 0%, #071428 70%)';
const PANEL: React.CSSProperties = {
  background: 'rgba(13, 38, 76, 0.72)',
  border: '1px solid rgba(64, 150, 255, 0.35)',
  borderRadius: 8,
  padding: '1vh 18px',
};
const TEXT = '#e6f0ff';
const MUTED = '#9fb6d9';
const GOOD = '#52c41a';
/** Read by screen readers, not shown. */
const HIDDEN: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
const BAD = '#ff4d4f';

/** The key figures: measures of the year from the analytics endpoint, in this order. */
const FIGURES = [
  'projects',
  'committed_fen',
  'disbursed_fen',
  'people_sent',
  'companies',
  'people_trained',
] as const;

const MAP_MEASURES_DEFAULT = 'disbursed_fen';

/**
 * 大屏 The big screen for the command-centre wall: full window (and full screen on request),
 * dark, large type; the county map of a chosen measure at the centre, the year's key figures to
 * the left, the two 80% rules to the right; every figure asked again every 30 s, with the time
 * of the last answer shown. No frame, no menu: it is meant to be left running.
 */
export function BigScreenPage() {
  const { t } = useTranslation();
  const session = useSession();
  useEffect(() => {
    const before = document.body.style.background;
    document.body.style.background = '#071428';
    return () => {
      document.body.style.background = before;
    };
  }, []);
  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm, token: { fontSize: 16 } }}>
      <main
        lang={undefined}
        style={{ minHeight: '100vh', background: BG, color: TEXT, padding: '16px 24px' }}
        data-testid="big-screen"
      >
        {session.isPending ? (
          <Skeleton active />
        ) : session.data ? (
          <Wall />
        ) : (
          <LoginRequired title={t('analysis.loginTitle')} subTitle={t('analysis.loginHint')} />
        )}
      </main>
    </ConfigProvider>
  );
}

function useLiveSummary(programme: string, year: number | undefined) {
  return useQuery({
    queryKey: ['summary', programme, year ?? null, 'live'],
    queryFn: ({ signal }) =>
      api<Summary>('/api/summary', {
        query: year === undefined ? { programme } : { programme, year },
        signal,
      }),
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: true,
  });
}

function Wall() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [params, setParams] = useSearchParams();
  const programme = 'xinjiang';
  const askedYear = Number(params.get('year')) || undefined;
  const summary = useLiveSummary(programme, askedYear);
  const year = summary.data?.year ?? askedYear;
  const measures = useMeasures();
  const mapMeasure = params.get('m') || MAP_MEASURES_DEFAULT;
  // the figures of the caller's scope, as the home page's: one donor's, one area's, or all
  const s0 = summary.data;
  const ownDonor = s0?.scope === 'donor' && s0.donors.length === 1 ? s0.donors[0] : undefined;
  const ownArea = s0?.scope === 'area' && s0.areas.length === 1 ? s0.areas[0] : undefined;
  const filters: AnalyticsBody['filters'] = {
    programme,
    ...(year ? { period: { from: `${year}-01-01`, to: `${year}-12-31` } } : {}),
    ...(ownDonor ? { donor: ownDonor.code } : {}),
    ...(ownArea ? { area: ownArea.code } : {}),
  };
  const scopeName = ownDonor
    ? donorName(ownDonor, language)
    : ownArea
      ? areaName(ownArea, language)
      : null;
  const known = new Set((measures.data?.items ?? []).map((m) => m.name));
  const figureNames = FIGURES.filter((m) => known.has(m));
  const figures = useAnalyticsRows(
    year && figureNames.length ? { measures: [...figureNames], dimensions: [], filters } : null,
    { refetchMs: REFRESH_MS },
  );
  const [fullscreen, setFullscreen] = useState(false);
  // the map fills what the header and the legend leave of the window
  const [mapHeight, setMapHeight] = useState(() => Math.max(420, window.innerHeight - 230));
  useEffect(() => {
    const onResize = () => setMapHeight(Math.max(420, window.innerHeight - 230));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useEffect(() => {
    const onChange = () => setFullscreen(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const updatedAt = Math.max(summary.dataUpdatedAt, figures.dataUpdatedAt);
  const info = (name: string) => measures.data?.items.find((m) => m.name === name);
  const title = (name: string) => {
    const m = info(name);
    const label = measureLabel(m, name, language);
    return m?.unit === 'fen' ? withUnit(t, label) : label;
  };
  const row = figures.data?.rows[0] ?? {};

  if (summary.isError) {
    return (
      <ErrorResult
        error={summary.error}
        title={t('bigScreen.error')}
        onRetry={() => void summary.refetch()}
      />
    );
  }
  const s = summary.data;
  const progress = s?.progress;
  const rules = s?.rules;

  return (
    <div
      style={{ display: 'flex', flexDirection: 'column', gap: 16, minHeight: 'calc(100vh - 32px)' }}
    >
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 'clamp(8px, 1.2vw, 24px)',
          flexWrap: 'wrap',
        }}
      >
        <h1
          style={{
            margin: 0,
            fontSize: 'clamp(22px, 2.2vw, 36px)',
            letterSpacing: language === 'en' ? 0 : 2,
            color: TEXT,
            fontWeight: 700,
          }}
        >
          {t('bigScreen.title')}
        </h1>
        <span
          style={{ fontSize: 'clamp(15px, 1.4vw, 22px)', color: MUTED }}
          data-testid="big-screen-scope"
        >
          {scopeName ? `${scopeName} · ` : ''}
          {year ? t('bigScreen.year', { year }) : null}
        </span>
        <div style={{ flex: 1 }} />
        <span
          style={{ fontSize: 'clamp(13px, 1vw, 18px)', color: MUTED }}
          data-testid="big-screen-updated"
          aria-live="polite"
        >
          {updatedAt
            ? t('bigScreen.updated', {
                time: dayjs(updatedAt).format('HH:mm:ss'),
                seconds: REFRESH_MS / 1000,
              })
            : t('bigScreen.loading')}
        </span>
        <Space>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              void summary.refetch();
              void figures.refetch();
            }}
          >
            {t('bigScreen.refresh')}
          </Button>
          <Button
            icon={fullscreen ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
            onClick={() =>
              void (
                document.fullscreenElement
                  ? document.exitFullscreen()
                  : document.documentElement.requestFullscreen()
              ).catch(() => undefined)
            }
          >
            {fullscreen ? t('bigScreen.exitFullscreen') : t('bigScreen.fullscreen')}
          </Button>
          <Link to="/analysis/dashboards">
            <Button icon={<LogoutOutlined />} tabIndex={-1}>
              {t('bigScreen.leave')}
            </Button>
          </Link>
        </Space>
      </header>

      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'minmax(260px, 1fr) minmax(480px, 2.4fr) minmax(300px, 1.2fr)',
          gap: 16,
          flex: 1,
        }}
      >
        <section
          aria-label={t('bigScreen.figures')}
          style={{ display: 'flex', flexDirection: 'column', gap: '1.2vh' }}
        >
          {figureNames.map((name) => (
            <Figure key={name} label={title(name)} testId={`big-figure-${name}`}>
              {figures.data ? formatValue(row[name] ?? null, info(name)?.unit) : '…'}
            </Figure>
          ))}
          <Figure label={t('bigScreen.disbursementRate')} testId="big-figure-rate">
            {progress?.disbursementRateBp == null ? '—' : formatShare(progress.disbursementRateBp)}
          </Figure>
          {s?.warnings ? (
            <Figure label={t('bigScreen.openWarnings')} testId="big-figure-warnings">
              {s.warnings.open.toLocaleString('en-US')}
            </Figure>
          ) : null}
        </section>

        <section
          aria-label={t('bigScreen.map')}
          style={{ ...PANEL, display: 'flex', flexDirection: 'column' }}
        >
          <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 8 }}>
            <h2 style={{ margin: 0, fontSize: 24, color: TEXT }}>{t('bigScreen.map')}</h2>
            <div style={{ flex: 1 }} />
            <label htmlFor="big-map-measure" style={{ color: MUTED, fontSize: 16 }}>
              {t('bigScreen.mapMeasure')}
            </label>
            <Select
              id="big-map-measure"
              style={{ width: 240 }}
              value={mapMeasure}
              options={(measures.data?.items ?? [])
                .filter((m) => m.dimensions.includes('area'))
                .map((m) => ({ value: m.name, label: measureLabel(m, m.name, language) }))}
              onChange={(m: string) =>
                setParams(
                  (prev) => {
                    const next = new URLSearchParams(prev);
                    next.set('m', m);
                    return next;
                  },
                  { replace: true },
                )
              }
            />
          </div>
          {year ? (
            <MeasureMap
              measure={mapMeasure}
              filters={filters}
              dark
              height={mapHeight}
              refetchMs={REFRESH_MS}
              testId="big-map"
            />
          ) : (
            <Skeleton active />
          )}
        </section>

        <section
          aria-label={t('bigScreen.rules')}
          style={{ display: 'flex', flexDirection: 'column', gap: '1.2vh' }}
        >
          {rules ? (
            <>
              <Rule
                label={t('bigScreen.ruleCounty')}
                bp={rules.totals.countyAndBelowBp}
                ok={rules.totals.countyAndBelowOk}
                threshold={rules.thresholds?.countyAndBelowBp ?? null}
                testId="big-rule-county"
              />
              <Rule
                label={t('bigScreen.ruleLivelihood')}
                bp={rules.totals.livelihoodBp}
                ok={rules.totals.livelihoodOk}
                threshold={rules.thresholds?.livelihoodBp ?? null}
                testId="big-rule-livelihood"
              />
              <div style={{ ...PANEL, flex: 1 }} data-testid="big-rules-donors">
                <h2 style={{ margin: '0 0 8px', fontSize: 20, color: TEXT }}>
                  {t('bigScreen.byDonor')}
                </h2>
                <table style={{ width: '100%', fontSize: 16, borderCollapse: 'collapse' }}>
                  <thead>
                    <tr style={{ color: MUTED, textAlign: 'left' }}>
                      <th scope="col">{t('bigScreen.donor')}</th>
                      <th scope="col" style={{ textAlign: 'right' }}>
                        {t('bigScreen.countyShort')}
                      </th>
                      <th scope="col" style={{ textAlign: 'right' }}>
                        {t('bigScreen.livelihoodShort')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rules.items
                      .filter((i) => i.totalFen > 0)
                      .map((i) => (
                        <tr key={i.donor.code}>
                          <th
                            scope="row"
                            style={{ fontWeight: 400, textAlign: 'left', padding: '2px 0' }}
                          >
                            {donorName(i.donor, language)}
                          </th>
                          <Share bp={i.countyAndBelowBp} ok={i.countyAndBelowOk} />
                          <Share bp={i.livelihoodBp} ok={i.livelihoodOk} />
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <div style={PANEL}>{s ? t('bigScreen.noRules') : <Skeleton active />}</div>
          )}
        </section>
      </div>
    </div>
  );
}

function Figure({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <div style={PANEL} data-testid={testId}>
      <div style={{ fontSize: 'clamp(14px, 1.8vh, 20px)', color: MUTED }}>{label}</div>
      <div
        style={{
          fontSize: 'clamp(24px, 3.6vh, 44px)',
          fontWeight: 700,
          color: '#ffd666',
          fontVariantNumeric: 'tabular-nums',
          lineHeight: 1.2,
        }}
      >
        {children}
      </div>
    </div>
  );
}

function Rule({
  label,
  bp,
  ok,
  threshold,
  testId,
}: {
  label: string;
  bp: number | null;
  ok: boolean | null;
  threshold: number | null;
  testId: string;
}) {
  const { t } = useTranslation();
  const color = ok === null ? TEXT : ok ? GOOD : BAD;
  return (
    <div style={PANEL} data-testid={testId} data-ok={String(ok)}>
      <div style={{ fontSize: 20, color: MUTED }}>{label}</div>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 12 }}>
        <span style={{ fontSize: 52, fontWeight: 700, color, fontVariantNumeric: 'tabular-nums' }}>
          {bp === null ? '—' : formatShare(bp)}
        </span>
        {ok === null ? null : (
          <span style={{ fontSize: 22, color }}>
            {ok ? (
              <CheckCircleFilled aria-hidden="true" />
            ) : (
              <CloseCircleFilled aria-hidden="true" />
            )}{' '}
            {ok ? t('bigScreen.met') : t('bigScreen.notMet')}
          </span>
        )}
      </div>
      {threshold === null ? null : (
        <div style={{ fontSize: 16, color: MUTED }}>
          {t('bigScreen.threshold', { share: formatShare(threshold) })}
        </div>
      )}
    </div>
  );
}

function Share({ bp, ok }: { bp: number | null; ok: boolean | null }) {
  const { t } = useTranslation();
  const color = ok === false ? BAD : TEXT;
  return (
    <td style={{ textAlign: 'right', color, fontVariantNumeric: 'tabular-nums' }}>
      {bp === null ? '—' : formatShare(bp)}
      {ok === false ? <span style={HIDDEN}>{` ${t('bigScreen.notMet')}`}</span> : null}
    </td>
  );
}
