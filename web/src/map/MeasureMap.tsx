import { Alert, Button, Select, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnalyticsBody, useAnalyticsRows, useMeasures } from '../api/analytics';
import { useAreas } from '../api/hooks';
import { ChartDataTable } from '../components/ChartDataTable';
import { withUnit } from '../components/MoneyInput';
import { areaName } from '../lib/areaName';
import { formatValue, measureLabel } from '../lib/measureText';
import { type CanvasRegion, encodeHtml, MapCanvas } from './MapCanvas';
import { EMPTY_DARK, EMPTY_LIGHT, paintMeasure, SCALE_DARK, SCALE_LIGHT } from './paintMeasure';
import { MAP_PROVINCES, provinceOf, useProvinceCounties } from './provinceMaps';

/**
 * A province's counties coloured by one measure (POST /api/analytics/query by `area:county`
 * under `filters`), with a legend of five bands, hover for the county's name and value, click
 * to open the area, and what the map cannot show listed under it (counties without a boundary;
 * amounts recorded for a prefecture as a whole). `dark` for the big screen; `refetchMs` polls.
 *
 * The province (decision 0083): `province` when given; else, with `chooseProvince`, the area
 * filter's province, or the province holding most of the values (the revolutionary-areas
 * programme's visitors are in Jilin, Inner Mongolia and Shanxi), or Xinjiang; the provinces
 * holding values are offered as buttons and every province with a map in a list.
 */
export function MeasureMap({
  measure,
  filters,
  dark = false,
  height = 520,
  refetchMs,
  testId = 'measure-map',
  province: fixedProvince,
  chooseProvince = false,
  highlight,
}: {
  measure: string;
  filters: AnalyticsBody['filters'];
  dark?: boolean;
  height?: number;
  refetchMs?: number;
  testId?: string;
  province?: string;
  chooseProvince?: boolean;
  /** an area named on the map (the area page's own) */
  highlight?: string;
}) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const provinceNames = useAreas({ level: 'province', limit: '100' });
  const measures = useMeasures();
  const info = measures.data?.items.find((m) => m.name === measure);
  const body: AnalyticsBody = { measures: [measure], dimensions: ['area:county'], filters };
  const answer = useAnalyticsRows(body, refetchMs ? { refetchMs } : {});
  const values = useMemo(() => {
    const out = new Map<string, number>();
    for (const row of answer.data?.rows ?? []) {
      const code = row['area:county'];
      if (typeof code === 'string') out.set(code, Number(row[measure] ?? 0));
    }
    return out;
  }, [answer.data, measure]);
  /** provinces holding values, the most counties first */
  const withValues = useMemo(() => {
    const count = new Map<string, number>();
    for (const [code, v] of values) {
      if (v === 0) continue;
      const p = provinceOf(code);
      if (MAP_PROVINCES.includes(p)) count.set(p, (count.get(p) ?? 0) + 1);
    }
    return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [values]);
  const areaFilter = typeof filters?.area === 'string' ? filters.area : undefined;
  const province =
    fixedProvince ??
    (chooseProvince
      ? (chosen ??
        (areaFilter ? provinceOf(areaFilter) : undefined) ??
        withValues[0]?.[0] ??
        '650000')
      : '650000');
  const provinceName = (code: string) => {
    const p = provinceNames.data?.items.find((a) => a.code === code);
    return p ? areaName(p, i18n.language) : t('analysis.keyUnknown');
  };
  const chooser =
    chooseProvince && !fixedProvince ? (
      <Space wrap style={{ marginBottom: 8 }} data-testid={`${testId}-province`}>
        <span id={`${testId}-province-label`}>{t('mapMeasure.province')}</span>
        {withValues.length > 0 ? (
          // buttons, not a Radio group: the first screens share antd's chunks as they were
          <Space.Compact role="group" aria-labelledby={`${testId}-province-label`}>
            {withValues.slice(0, 8).map(([code, n]) => (
              <Button
                key={code}
                size="small"
                type={code === province ? 'primary' : 'default'}
                aria-pressed={code === province}
                onClick={() => setChosen(code)}
              >
                {`${provinceName(code)} (${n})`}
              </Button>
            ))}
          </Space.Compact>
        ) : null}
        <Select
          size="small"
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 160 }}
          aria-label={t('mapMeasure.otherProvince')}
          value={province}
          onChange={(v: string) => setChosen(v)}
          options={MAP_PROVINCES.map((code) => ({ value: code, label: provinceName(code) }))}
        />
      </Space>
    ) : null;
  // the province follows the values: wait for them rather than fetch a map not shown
  const undecided = chooseProvince && !fixedProvince && !chosen && !areaFilter && !answer.data;
  if (undecided && !answer.isError) {
    return (
      <div style={{ height, display: 'grid', placeItems: 'center' }}>
        <Skeleton active paragraph={{ rows: 6 }} />
      </div>
    );
  }
  return (
    <div>
      {chooser}
      <CountyValuesMap
        key={province}
        province={province}
        {...(highlight ? { highlight } : {})}
        provinceName={provinceName(province)}
        values={answer.data ? values : null}
        unit={info?.unit}
        label={measureLabel(info, measure, i18n.language)}
        failed={answer.isError ? answer : null}
        dark={dark}
        height={height}
        testId={testId}
      />
    </div>
  );
}

/**
 * A province's counties (Xinjiang by default) coloured by values already at hand (county code → value; null while they
 * load): the map, its legend, hover and what it cannot show. The public map (decision 0055)
 * feeds it from GET /api/public/map, MeasureMap from the analytics query.
 */
export function CountyValuesMap({
  values,
  unit,
  label,
  failed: failedValues,
  dark = false,
  height = 520,
  testId = 'measure-map',
  areaHref,
  province = '650000',
  provinceName,
  highlight,
}: {
  /** an area named on the map */
  highlight?: string;
  /** the province whose counties are drawn (decision 0083) */
  province?: string;
  /** its name, for the map's accessible name (default: the name of Xinjiang) */
  provinceName?: string;
  values: ReadonlyMap<string, number> | null;
  /** `fen` for money (shown in 万元), else a count. */
  unit: string | undefined;
  label: string;
  /** The values' query when it failed (its retry is offered). */
  failed?: { refetch: () => unknown } | null;
  dark?: boolean;
  height?: number;
  testId?: string;
  /** Where a click on a county goes (default: its area page). */
  areaHref?: (code: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const collection = useProvinceCounties(province);
  const counties = useAreas({ within: province, level: 'county', limit: '1000' });
  const prefectures = useAreas({ within: province, level: 'prefecture', limit: '1000' });
  const painted = useMemo(() => {
    if (!collection.data || !counties.data || !values) return null;
    // only this province's values: another province's are not "off the map" here
    const mine = new Map([...values].filter(([code]) => provinceOf(code) === province));
    return paintMeasure(mine, counties.data.items, collection.data);
  }, [values, counties.data, collection.data, province]);
  const scale = dark ? SCALE_DARK : SCALE_LIGHT;
  const empty = dark ? EMPTY_DARK : EMPTY_LIGHT;
  const regions = useMemo<CanvasRegion[]>(
    () =>
      (painted?.regions ?? []).map((r) => ({
        name: r.name,
        areaCode: r.area?.code ?? null,
        fill: r.band === null ? empty : (scale[r.band] ?? empty),
        label: r.area && r.area.code === highlight ? areaName(r.area, language) : null,
      })),
    [painted, scale, empty, highlight, language],
  );
  const byName = useMemo(
    () => new Map((painted?.regions ?? []).map((r) => [r.name, r])),
    [painted],
  );
  const title = unit === 'fen' ? withUnit(t, label) : label;
  const text = dark ? '#e6f0ff' : undefined;

  const failed = failedValues ?? [collection, counties].find((q) => q.isError);
  if (failed) {
    return (
      <Alert
        type="error"
        showIcon
        message={t('mapMeasure.error')}
        action={
          <Button size="small" onClick={() => void failed.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (!painted) {
    return (
      <div style={{ height, display: 'grid', placeItems: 'center' }}>
        <Skeleton active paragraph={{ rows: 6 }} />
      </div>
    );
  }
  const colored = painted.regions.filter((r) => r.band !== null).length;
  const prefectureName = (code: string) => {
    const p = prefectures.data?.items.find((a) => a.code === code);
    return p ? areaName(p, language) : t('analysis.keyUnknown');
  };
  const legend = painted.breaks.map((b, i) => ({
    color:
      scale[painted.breaks.length === 1 ? 4 : Math.round((i * 4) / (painted.breaks.length - 1))],
    from: formatValue(b, unit),
  }));

  return (
    <div data-testid={testId} data-colored-count={colored} data-province={province}>
      <MapCanvas
        geo={painted.geo}
        regions={regions}
        mapName={`${province}-measure-${dark ? 'dark' : 'light'}`}
        testId={`${testId}-canvas`}
        height={height}
        ariaLabel={t('mapMeasure.aria', {
          measure: title,
          colored,
          province: provinceName ?? t('mapMeasure.xinjiang'),
        })}
        renderedAttributes={{ 'data-rendered': 'true' }}
        {...(areaHref ? { areaHref } : {})}
        tooltip={(name) => {
          const r = byName.get(name);
          const shown = r?.area ? areaName(r.area, language) : name;
          const value = r?.value ?? null;
          return `<b>${encodeHtml(shown)}</b><br/>${encodeHtml(title)}: ${encodeHtml(
            value === null ? t('mapMeasure.noValue') : formatValue(value, unit),
          )}`;
        }}
      />
      <ChartDataTable
        testId={`${testId}-table`}
        caption={t('a11y.mapTable', { measure: title })}
        columns={[t('a11y.county'), title]}
        rows={painted.regions
          .filter((r) => r.area !== null && r.value !== null)
          .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
          .map((r) => ({
            key: r.area?.code ?? r.name,
            cells: [r.area ? areaName(r.area, language) : r.name, formatValue(r.value ?? 0, unit)],
          }))}
      />
      <Space
        wrap
        size={[16, 4]}
        style={{ marginTop: 8, color: text }}
        aria-label={t('mapMeasure.legend')}
      >
        <Typography.Text style={{ color: text }} strong>
          {title}
        </Typography.Text>
        <Space size={4}>
          <span
            aria-hidden="true"
            style={{
              display: 'inline-block',
              width: 16,
              height: 12,
              background: empty,
              border: '1px solid rgba(128,128,128,0.5)',
            }}
          />
          <span style={{ color: text }}>{t('mapMeasure.noValue')}</span>
        </Space>
        {legend.length === 0 ? (
          <Typography.Text style={{ color: text }}>{t('mapMeasure.noValues')}</Typography.Text>
        ) : (
          legend.map((l) => (
            <Space key={l.from} size={4}>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: 16,
                  height: 12,
                  background: l.color,
                  border: '1px solid rgba(128,128,128,0.5)',
                }}
              />
              <span style={{ color: text }}>≥ {l.from}</span>
            </Space>
          ))
        )}
      </Space>
      {painted.unmatched.length + painted.elsewhere.length > 0 ? (
        <details style={{ marginTop: 6, color: text }}>
          <summary style={{ cursor: 'pointer' }}>
            {t('mapMeasure.offMap', { count: painted.unmatched.length + painted.elsewhere.length })}
          </summary>
          <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
            {painted.unmatched.map((u) => (
              <li key={u.area.code}>
                {t('mapMeasure.noBoundary', { name: areaName(u.area, language) })}:{' '}
                {formatValue(u.value, unit)}
              </li>
            ))}
            {painted.elsewhere.map((e) => (
              <li key={e.code}>
                {t('mapMeasure.wholePrefecture', { name: prefectureName(e.code) })}:{' '}
                {formatValue(e.value, unit)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
