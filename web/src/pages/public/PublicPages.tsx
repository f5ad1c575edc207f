import { Col, Row, Select, Skeleton, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  PUBLIC_MAP_MEASURES,
  type PublicMapMeasure,
  type PublicPage,
  publicCsvUrl,
  usePublicArea,
  usePublicDonor,
  usePublicMap,
  usePublicOverview,
} from '../../api/public';
import { ErrorResult } from '../../components/ErrorResult';
import { CountyValuesMap } from '../../map/MeasureMap';
import { FigureTable, KeyFigures, YearChart } from './PublicFigures';
import { Downloads, PublicFrame } from './PublicFrame';
import { PublicRules } from './PublicRules';

const areaHref = (code: string) => `/public/areas/${code}`;
const donorHref = (code: string) => `/public/donors/${code}`;

/** Loading, error or the page's content. */
function Loaded<T>({
  query,
  children,
}: {
  query: { data?: T; error: unknown; isError: boolean; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  if (query.isError) {
    return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!query.data) return <Skeleton active paragraph={{ rows: 8 }} data-testid="public-loading" />;
  return <>{children(query.data)}</>;
}

/** The figures of a page: key figures, the year chart and the tables. */
function PageBody({
  page,
  donors = true,
  areaTitle,
  areaColumn,
  rules,
}: {
  page: PublicPage;
  donors?: boolean;
  areaTitle: string;
  areaColumn: string;
  /** The two 80% rules' card, below the key figures (the overview and donor pages). */
  rules?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <KeyFigures totals={page.totals} />
      {rules}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <YearChart rows={page.byYear} />
        </Col>
        <Col xs={24} lg={14}>
          <FigureTable
            title={t('publicView.byYearTable')}
            column={t('publicView.year')}
            rows={page.byYear}
            testId="public-by-year"
          />
        </Col>
      </Row>
      {donors ? (
        <FigureTable
          title={t('publicView.byDonor')}
          column={t('publicView.donor')}
          rows={page.byDonor}
          href={donorHref}
          testId="public-by-donor"
        />
      ) : null}
      <FigureTable
        title={areaTitle}
        column={areaColumn}
        rows={page.byArea}
        href={areaHref}
        testId="public-by-area"
      />
    </Space>
  );
}

/** /public: the national dashboard of published figures. */
export function PublicOverviewPage() {
  const { t } = useTranslation();
  const overview = usePublicOverview();
  return (
    <PublicFrame
      title={t('publicView.overviewTitle')}
      extra={<Downloads csv={(l) => publicCsvUrl('overview', l)} />}
    >
      <Loaded query={overview}>
        {(page) => (
          <PageBody
            page={page}
            areaTitle={t('publicView.byPrefecture')}
            areaColumn={t('publicView.area')}
            rules={<PublicRules />}
          />
        )}
      </Loaded>
    </PublicFrame>
  );
}

/** /public/donors/:code: one donor's published figures. */
export function PublicDonorPage() {
  const { t, i18n } = useTranslation();
  const code = useParams().code ?? '';
  const donor = usePublicDonor(code);
  const name = donor.data
    ? i18n.language === 'en'
      ? donor.data.donor.nameEn
      : donor.data.donor.name
    : '';
  return (
    <PublicFrame
      title={donor.data ? t('publicView.donorTitle', { name }) : t('publicView.nav.overview')}
      extra={<Downloads csv={(l) => publicCsvUrl(`donors/${encodeURIComponent(code)}`, l)} />}
    >
      <Loaded query={donor}>
        {(page) => (
          <PageBody
            page={page}
            donors={false}
            areaTitle={t('publicView.byPrefecture')}
            areaColumn={t('publicView.area')}
            rules={<PublicRules donor={code} />}
          />
        )}
      </Loaded>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        <Link to="/public">{t('publicView.back')}</Link>
      </Typography.Paragraph>
    </PublicFrame>
  );
}

/** /public/areas/:code: one area's published figures (the projects located there). */
export function PublicAreaPage() {
  const { t, i18n } = useTranslation();
  const code = useParams().code ?? '';
  const area = usePublicArea(code);
  const en = i18n.language === 'en';
  const a = area.data?.area;
  return (
    <PublicFrame
      title={
        a
          ? t('publicView.areaTitle', { name: en ? a.nameEn : a.name })
          : t('publicView.nav.overview')
      }
      extra={<Downloads csv={(l) => publicCsvUrl(`areas/${encodeURIComponent(code)}`, l)} />}
    >
      {a?.parent ? (
        <Typography.Paragraph>
          <Link to={areaHref(a.parent.code)}>
            {t('publicView.parent', { name: en ? a.parent.nameEn : a.parent.name })}
          </Link>
        </Typography.Paragraph>
      ) : null}
      <Loaded query={area}>
        {(page) => (
          <PageBody
            page={page}
            areaTitle={
              page.areaLevel === 'county' ? t('publicView.byCounty') : t('publicView.byArea')
            }
            areaColumn={t('publicView.area')}
          />
        )}
      </Loaded>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        <Link to="/public">{t('publicView.back')}</Link>
      </Typography.Paragraph>
    </PublicFrame>
  );
}

/** /public/map: one published measure by county, for all years or one. */
export function PublicMapPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('measure') as PublicMapMeasure | null;
  const measure: PublicMapMeasure =
    asked && PUBLIC_MAP_MEASURES.includes(asked) ? asked : 'disbursed_fen';
  const yearText = params.get('year');
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const map = usePublicMap(measure, year);
  const overview = usePublicOverview();
  const years = (overview.data?.byYear ?? []).map((r) => r.code);
  const values = map.data ? new Map(map.data.rows.map((r) => [r.code, Number(r.value)])) : null;
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <PublicFrame
      title={t('publicView.mapTitle')}
      extra={<Downloads csv={(l) => publicCsvUrl('map', l, { measure, year })} />}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('publicView.measure')}</span>
        <Select<PublicMapMeasure>
          aria-label={t('publicView.measure')}
          data-testid="public-map-measure"
          value={measure}
          style={{ minWidth: 160 }}
          onChange={(v) => set('measure', v)}
          options={PUBLIC_MAP_MEASURES.map((m) => ({
            value: m,
            label: t(`publicView.figures.${m}`),
          }))}
        />
        <span>{t('publicView.year')}</span>
        <Select<string>
          aria-label={t('publicView.year')}
          data-testid="public-map-year"
          value={year === null ? '' : String(year)}
          style={{ minWidth: 120 }}
          onChange={(v) => set('year', v === '' ? null : v)}
          options={[
            { value: '', label: t('publicView.allYears') },
            ...years.map((y) => ({ value: y, label: y })),
          ]}
        />
      </Space>
      <Typography.Paragraph type="secondary">{t('publicView.mapHint')}</Typography.Paragraph>
      <CountyValuesMap
        values={values}
        unit={measure === 'projects' ? 'count' : 'fen'}
        label={t(`publicView.figures.${measure}`)}
        failed={map.isError ? map : null}
        areaHref={areaHref}
        testId="public-map"
        height={560}
      />
    </PublicFrame>
  );
}
