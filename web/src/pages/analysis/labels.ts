/**
 * Words for what the analytics endpoint answers in codes: a dimension's name, each key's name
 * (an organisation, an area, a year, a stage …) and each measure's label and unit, in the
 * interface language. A key with no name known yet shows its dimension's "loading" word, never
 * a raw code on a Chinese screen.
 */
import { useQueries } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type MeasureInfo, useMeasures } from '../../api/analytics';
import { api } from '../../api/client';
import { queryKeys, useOrganisations, useProgrammes, useProjectTypes } from '../../api/hooks';
import type { ApiResponse } from '../../api/schema';
import { withUnit } from '../../components/MoneyInput';
import { areaName } from '../../lib/areaName';
import { formatValue, measureLabel } from '../../lib/measureText';

type AreaList = ApiResponse<'/api/areas', 'get'>;

/** The known dimensions' base name (`area:county` → `area`). */
export const baseDimension = (key: string): string => key.split(':')[0] ?? key;

const AREA_CODE = /^\d{6}(\d{3})?(\d{3})?$/;

function levelOf(code: string): string {
  if (code.length === 12) return 'village';
  if (code.length === 9) return 'township';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** The (province, level) lists of /api/areas that name every code given. */
function areaLookups(codes: readonly string[]): Record<string, string>[] {
  const wanted = new Map<string, Record<string, string>>();
  for (const code of codes) {
    if (!AREA_CODE.test(code)) continue;
    const level = levelOf(code);
    const query: Record<string, string> =
      level === 'province'
        ? { level, limit: '1000' }
        : { within: `${code.slice(0, 2)}0000`, level, limit: '1000' };
    wanted.set(JSON.stringify(query), query);
  }
  return [...wanted.values()];
}

export { formatValue, measureLabel };

/** A period key as words: 2025, 2025 Q1 / 2025年第1季度, 2025-03 / 2025年3月. */
export function periodLabel(value: string | number, t: TFunction): string {
  const text = String(value);
  const q = /^(\d{4})-?Q([1-4])$/.exec(text);
  if (q) return t('analysis.quarter', { year: q[1], quarter: q[2] });
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return t('analysis.month', { year: m[1], month: Number(m[2]) });
  return text;
}

export interface Labels {
  /** false while names of keys are still loading */
  ready: boolean;
  dimension: (key: string) => string;
  key: (dimension: string, value: string | number | null) => string;
  measure: (name: string) => string;
  /** the measure's label with its unit where the table shows one (万元 for money) */
  measureWithUnit: (name: string) => string;
  unit: (name: string) => string | undefined;
  measures: readonly MeasureInfo[];
}

/**
 * Names for the keys in `keys` (by server dimension key), the dimensions and the measures.
 * Organisation, programme and project-type names come from their lists; areas from
 * /api/areas, one request per province and level met.
 */
export function useLabels(keys: ReadonlyMap<string, ReadonlySet<string | number | null>>): Labels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const measures = useMeasures();
  const dims = [...keys.keys()].map(baseDimension);
  const organisations = useOrganisations(undefined);
  const programmes = useProgrammes();
  const types = useProjectTypes();
  const areaCodes = useMemo(() => {
    const out: string[] = [];
    for (const [dim, values] of keys) {
      if (baseDimension(dim) !== 'area') continue;
      for (const v of values) if (typeof v === 'string') out.push(v);
    }
    return out;
  }, [keys]);
  const lookups = useMemo(() => areaLookups(areaCodes), [areaCodes]);
  const areaQueries = useQueries({
    queries: lookups.map((query) => ({
      queryKey: queryKeys.areas(query),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api<AreaList>('/api/areas', { query, signal }),
      staleTime: 5 * 60_000,
    })),
  });
  const areas = useMemo(() => {
    const byCode = new Map<string, { name: string; nameEn?: string | null }>();
    for (const q of areaQueries) for (const a of q.data?.items ?? []) byCode.set(a.code, a);
    return byCode;
  }, [areaQueries]);
  const orgs = useMemo(
    () => new Map((organisations.data?.items ?? []).map((o) => [o.code, o])),
    [organisations.data],
  );
  const byName = useMemo(
    () => new Map((measures.data?.items ?? []).map((m) => [m.name, m])),
    [measures.data],
  );

  const ready =
    (!dims.includes('area') || areaQueries.every((q) => !q.isPending)) &&
    (!dims.includes('donor') || !organisations.isPending);

  const key = (dimension: string, value: string | number | null): string => {
    if (value === null) return t('analysis.keyNone');
    const base = baseDimension(dimension);
    const text = String(value);
    switch (base) {
      case 'donor': {
        const o = orgs.get(text);
        if (o) return language === 'en' && o.nameEn ? o.nameEn : o.name;
        return organisations.isPending ? t('analysis.keyLoading') : t('analysis.keyUnknown');
      }
      case 'area': {
        const a = areas.get(text);
        if (a) return areaName(a, language);
        return ready ? t('analysis.keyUnknown') : t('analysis.keyLoading');
      }
      case 'programme': {
        const p = programmes.data?.items.find((x) => x.code === text);
        return p ? (language === 'en' ? p.nameEn : p.name) : t('analysis.keyUnknown');
      }
      case 'projectType': {
        const p = types.data?.items.find((x) => x.code === text);
        if (!p) return t('analysis.keyUnknown');
        const named = p as { name: string; nameEn?: string | null };
        return language === 'en' && named.nameEn ? named.nameEn : named.name;
      }
      case 'stage':
        return t(`stages.${text}`, { defaultValue: t('analysis.keyUnknown') });
      case 'pairing':
        return t(`analysis.pairingKinds.${text}`, { defaultValue: t('analysis.keyUnknown') });
      case 'year':
      case 'period':
        return periodLabel(value, t);
      default:
        return typeof value === 'number' ? String(value) : t('analysis.keyUnknown');
    }
  };

  const measure = (name: string) => measureLabel(byName.get(name), name, language);
  return {
    ready,
    dimension: (k) => {
      const base = baseDimension(k);
      return t(`analysis.dims.${base}`, { defaultValue: t('analysis.dims.other') });
    },
    key,
    measure,
    measureWithUnit: (name) =>
      byName.get(name)?.unit === 'fen' ? withUnit(t, measure(name)) : measure(name),
    unit: (name) => byName.get(name)?.unit,
    measures: measures.data?.items ?? [],
  };
}
