import { Alert, Button, Col, Empty, Row, Segmented, Space, Spin, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAreas } from '../api/hooks';
import type { Project } from '../api/types';
import { AreaName } from '../components/AreaName';
import { areaName } from '../lib/areaName';
import { formatShare } from '../lib/money';
import { LocationLine, STEPS, Swatch } from './LocationLine';
import { type CanvasRegion, encodeHtml as enc, MapCanvas } from './MapCanvas';
import {
  fillStep,
  focusView,
  LOCATION_FILLS,
  type LocationRegion,
  paintLocations,
} from './paintLocations';
import { useCountyCollection } from './useCountyCollection';

type Location = Project['locations'][number];

function tooltipHtml(
  region: LocationRegion | undefined,
  name: string,
  language: string,
  text: {
    share: (share: string) => string;
    covered: (name: string, share: string) => string;
    none: string;
  },
): string {
  // In English the English name with the Chinese one beside it; in Chinese the pinyin beside.
  const title = region?.area
    ? language === 'en'
      ? `${enc(areaName(region.area, language))} <span style="color:#888">${enc(name)}</span>`
      : `${enc(name)} <span style="color:#888">${enc(region.area.namePinyin)}</span>`
    : enc(name);
  const lines: string[] = [];
  if (region && region.direct.length > 0) {
    lines.push(`<b>${enc(text.share(formatShare(region.directBp)))}</b>`);
    if (region.direct.length > 1 || region.direct[0]?.area.code !== region.area?.code) {
      for (const l of region.direct)
        lines.push(`${enc(areaName(l.area, language))} ${enc(formatShare(l.shareBp))}`);
    }
  }
  for (const l of region?.covering ?? [])
    lines.push(enc(text.covered(areaName(l.area, language), formatShare(l.shareBp))));
  if (lines.length === 0) lines.push(`<span style="color:#888">${enc(text.none)}</span>`);
  return [`<b>${title}</b>`, ...lines].join('<br/>');
}

/**
 * The project's locations on the county map of Xinjiang, with a legend, the list of locations
 * and their shares, and the locations the map cannot show (outside Xinjiang, no boundary).
 */
export default function LocationsMap({ locations }: { locations: Location[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const inXinjiang = locations.some((l) => l.area.code.startsWith('65'));
  const counties = useAreas({ within: '650000', level: 'county', limit: '1000' }, inXinjiang);
  const collection = useCountyCollection();
  const [view, setView] = useState<'focus' | 'all'>('focus');

  const painted = useMemo(
    () =>
      counties.data && collection.data
        ? paintLocations(locations, counties.data.items, collection.data)
        : null,
    [locations, counties.data, collection.data],
  );
  const focus = useMemo(() => (painted ? focusView(painted) : null), [painted]);
  const regions = useMemo<CanvasRegion[]>(
    () =>
      (painted?.regions ?? []).map((r) => {
        const step = fillStep(r);
        return {
          name: r.name,
          areaCode: r.area?.code ?? null,
          fill: step ? LOCATION_FILLS[step] : null,
          label:
            r.strength === 'direct'
              ? `${r.area ? areaName(r.area, language) : r.name}\n${formatShare(r.directBp)}`
              : null,
        };
      }),
    [painted, language],
  );
  const regionByName = useMemo(
    () => new Map((painted?.regions ?? []).map((r) => [r.name, r])),
    [painted],
  );

  if (locations.length === 0) {
    return (
      <Empty description={t('projectExtras.noLocations')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
    );
  }

  const direct = painted?.regions.filter((r) => r.strength === 'direct').length ?? 0;
  const covered = painted?.regions.filter((r) => r.strength === 'covered').length ?? 0;
  const offMap = painted?.offMap ?? [];
  const sum = locations.reduce((s, l) => s + l.shareBp, 0);
  const loadError = counties.isError
    ? counties.error
    : collection.isError
      ? collection.error
      : null;
  const canFocus = !!focus && focus.zoom > 1;

  let map: ReactNode;
  if (!inXinjiang) {
    map = <Alert type="info" showIcon title={t('projectExtras.noneInXinjiang')} />;
  } else if (loadError) {
    map = (
      <Alert
        type="error"
        showIcon
        title={t('projectExtras.mapError', {
          detail: loadError instanceof Error ? loadError.message : String(loadError),
        })}
        action={
          <Button
            size="small"
            onClick={() => {
              if (counties.isError) void counties.refetch();
              if (collection.isError) void collection.refetch();
            }}
          >
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!painted) {
    map = (
      <div style={{ height: 460, display: 'grid', placeItems: 'center' }}>
        <Spin description={t('projectExtras.mapLoading')}>
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  } else {
    map = (
      <>
        <MapCanvas
          geo={painted.geo}
          regions={regions}
          mapName="xinjiang-locations"
          testId="project-locations-map"
          height={460}
          view={view === 'focus' && canFocus ? focus : null}
          ariaLabel={t('projectExtras.mapAria', { direct, covered, offMap: offMap.length })}
          renderedAttributes={{
            'data-direct-count': String(direct),
            'data-covered-count': String(covered),
            'data-offmap-count': String(offMap.length),
          }}
          tooltip={(name) =>
            tooltipHtml(regionByName.get(name), name, language, {
              share: (share) => t('projectExtras.tooltipShare', { share }),
              covered: (n, share) => t('projectExtras.tooltipCovered', { name: n, share }),
              none: t('projectExtras.tooltipNone'),
            })
          }
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('projectExtras.mapHint')}
        </Typography.Text>
      </>
    );
  }

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} lg={15} style={{ minWidth: 0 }}>
        {inXinjiang && painted && canFocus ? (
          <Segmented
            aria-label={t('projectExtras.viewLabel')}
            size="small"
            value={view}
            onChange={(v) => setView(v as 'focus' | 'all')}
            options={[
              { value: 'focus', label: t('projectExtras.viewFocus') },
              { value: 'all', label: t('projectExtras.viewAll') },
            ]}
            style={{ marginBottom: 8 }}
          />
        ) : null}
        {map}
      </Col>
      <Col xs={24} lg={9}>
        <section aria-labelledby="locations-list-title">
          <Typography.Title level={5} id="locations-list-title" style={{ marginTop: 0 }}>
            {t('projectExtras.listTitle')}
          </Typography.Title>
          <ul
            data-testid="location-list"
            style={{ listStyle: 'none', padding: 0, margin: '0 0 4px' }}
          >
            {locations.map((l, i) => (
              <LocationLine
                key={l.area.code}
                location={l}
                placed={
                  painted?.locations[i] ??
                  // outside Xinjiang is known before the map has loaded
                  (l.area.code.startsWith('65')
                    ? undefined
                    : { ...l, placement: { kind: 'outside' } })
                }
              />
            ))}
          </ul>
          {sum !== 10000 ? (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('projectExtras.sharesSum', { share: formatShare(sum) })}
            </Typography.Text>
          ) : null}
        </section>
        {inXinjiang ? (
          <section aria-labelledby="locations-legend-title" style={{ marginTop: 16 }}>
            <Typography.Title level={5} id="locations-legend-title">
              {t('projectExtras.legend')}
            </Typography.Title>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {STEPS.map(({ step, key }) => (
                <li key={step} style={{ display: 'flex', gap: 8, marginBottom: 4, fontSize: 12 }}>
                  <Swatch color={LOCATION_FILLS[step]} />
                  <span>{t(key)}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section
          aria-labelledby="locations-offmap-title"
          data-testid="locations-off-map"
          style={{ marginTop: 16 }}
        >
          <Typography.Title level={5} id="locations-offmap-title">
            {t('projectExtras.offMapTitle')}
          </Typography.Title>
          {!painted && inXinjiang ? null : offMap.length === 0 && inXinjiang ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('projectExtras.offMapNone')}
            </Typography.Text>
          ) : (
            <>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
                {t('projectExtras.offMapHint')}
              </Typography.Paragraph>
              <Space size={[8, 4]} wrap>
                {(inXinjiang ? offMap : locations).map((l) => (
                  <Link key={l.area.code} to={`/areas/${l.area.code}`}>
                    <AreaName area={l.area} /> {formatShare(l.shareBp)}
                  </Link>
                ))}
              </Space>
            </>
          )}
        </section>
      </Col>
    </Row>
  );
}
