import { Card, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeasures } from '../../api/analytics';
import { useAreas, useSession } from '../../api/hooks';
import { areaName } from '../../lib/areaName';
import { measureLabel } from '../../lib/measureText';
import { MeasureMap } from '../../map/MeasureMap';
import { hasProvinceMap, provinceOf } from '../../map/provinceMaps';

/**
 * The area page's map (decision 0083): the counties of the province the area lies in, coloured
 * by a measure chosen here (visitors outside Xinjiang when the server has it, so the
 * revolutionary areas show their figures), the area itself named on the map. Shown to a
 * signed-in user only (the analytics endpoint needs a session) and where a map exists.
 */
export function AreaMap({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const signedIn = !!session.data;
  const province = provinceOf(code);
  const measures = useMeasures(signedIn);
  const provinces = useAreas({ level: 'province', limit: '100' }, signedIn);
  const [chosen, setChosen] = useState<string | null>(null);
  if (!signedIn || !hasProvinceMap(province) || !measures.data) return null;
  const options = measures.data.items.filter((m) => m.dimensions.includes('area'));
  const preferred = province === '650000' ? undefined : options.find((m) => m.name === 'visitors');
  const measure = chosen ?? (preferred ?? options[0])?.name;
  if (!measure) return null;
  const p = provinces.data?.items.find((a) => a.code === province);
  return (
    <Card
      title={t('mapMeasure.areaTitle', { province: p ? areaName(p, i18n.language) : '' })}
      data-testid="area-map-card"
      extra={
        <Select
          size="small"
          style={{ minWidth: 200 }}
          showSearch
          optionFilterProp="label"
          aria-label={t('mapMeasure.measure')}
          value={measure}
          onChange={(v: string) => setChosen(v)}
          options={options.map((m) => ({
            value: m.name,
            label: measureLabel(m, m.name, i18n.language),
          }))}
        />
      }
    >
      <MeasureMap
        measure={measure}
        filters={{}}
        province={province}
        highlight={code}
        height={440}
        testId="area-map"
      />
    </Card>
  );
}
