import { Alert, Button, Col, Row, Space, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AreaSummary, Donor, Pairing } from '../api/types';
import { AreaName } from '../components/AreaName';
import { DonorTag, donorName } from '../components/DonorTag';
import { areaName } from '../lib/areaName';
import { type CanvasRegion, encodeHtml as enc, MapCanvas } from './MapCanvas';
import { type MapRegion, paintPairings } from './paintPairings';
import { useCountyCollection } from './useCountyCollection';

function tooltipHtml(
  region: MapRegion | undefined,
  name: string,
  colors: Map<string, string>,
  language: string,
  text: { via: (name: string) => string; noDonor: string },
): string {
  // In English the English name with the Chinese one beside it; in Chinese the pinyin beside.
  const title = region?.area
    ? language === 'en'
      ? `${enc(areaName(region.area, language))} <span style="color:#888">${enc(name)}</span>`
      : `${enc(name)} <span style="color:#888">${enc(region.area.namePinyin ?? '')}</span>`
    : enc(name);
  const lines = region?.donors.length
    ? region.donors.map((d) => {
        const color = colors.get(d.donor.code) ?? '#ccc';
        const dot = `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${color}"></span>`;
        const via = d.via
          ? ` <span style="color:#888">(${enc(text.via(areaName(d.via, language)))})</span>`
          : '';
        return `${dot}${enc(donorName(d.donor, language))}${via}`;
      })
    : [`<span style="color:#888">${enc(text.noDonor)}</span>`];
  return [`<b>${title}</b>`, ...lines].join('<br/>');
}

export interface PairingsMapProps {
  /** the pairings in view (after filters) */
  pairings: Pairing[];
  /** every donor of the programme, for the legend */
  donors: Donor[];
  /** county-level areas of Xinjiang (GET /api/areas?within=650000&level=county) */
  counties: AreaSummary[];
  colors: Map<string, string>;
  selectedDonor: string | undefined;
  onSelectDonor: (code: string | undefined) => void;
}

/** The map of Xinjiang coloured by donor, its legend and the list of areas without boundaries. */
export default function PairingsMap(props: PairingsMapProps) {
  const { pairings, donors, counties, colors, selectedDonor, onSelectDonor } = props;
  const { t, i18n } = useTranslation();
  const collection = useCountyCollection();
  const painted = useMemo(
    () => (collection.data ? paintPairings(pairings, counties, collection.data) : null),
    [pairings, counties, collection.data],
  );
  const regions = useMemo<CanvasRegion[]>(
    () =>
      (painted?.regions ?? []).map((r) => {
        const first = r.donors[0];
        return {
          name: r.name,
          areaCode: r.area?.code ?? null,
          fill: (first && colors.get(first.donor.code)) ?? null,
        };
      }),
    [painted, colors],
  );
  const regionByName = useMemo(
    () => new Map((painted?.regions ?? []).map((r) => [r.name, r])),
    [painted],
  );
  const colored = regions.filter((r) => r.fill).length;

  const ready = !!painted;
  const unmatched = painted?.unmatchedPaired ?? [];

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} lg={16} xl={17} style={{ minWidth: 0 }}>
        {collection.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('pairings.mapError', { detail: String(collection.error) })}
            action={
              <Button size="small" onClick={() => void collection.refetch()}>
                {t('common.retry')}
              </Button>
            }
          />
        ) : null}
        {!ready && !collection.isError ? (
          <div style={{ height: 560, display: 'grid', placeItems: 'center' }}>
            <Spin description={t('pairings.mapLoading')}>
              <div style={{ width: 200, height: 80 }} />
            </Spin>
          </div>
        ) : null}
        {ready ? (
          <>
            <MapCanvas
              geo={painted.geo}
              regions={regions}
              mapName="xinjiang-pairings"
              testId="pairings-map"
              ariaLabel={t('pairings.mapAria', { colored, unmatched: unmatched.length })}
              renderedAttributes={{
                'data-colored-count': String(colored),
                'data-unmatched-count': String(unmatched.length),
              }}
              tooltip={(name) =>
                tooltipHtml(regionByName.get(name), name, colors, i18n.language, {
                  via: (via) => t('pairings.tooltipVia', { name: via }),
                  noDonor: t('pairings.tooltipNoDonor'),
                })
              }
            />
            <Typography.Text type="secondary">{t('pairings.mapHint')}</Typography.Text>
          </>
        ) : null}
      </Col>
      <Col xs={24} lg={8} xl={7}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('pairings.legend')}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('pairings.legendHint')}
        </Typography.Text>
        <ul
          aria-label={t('pairings.legend')}
          style={{ listStyle: 'none', padding: 0, margin: '8px 0 16px' }}
        >
          {donors.map((d) => {
            const pressed = selectedDonor === d.code;
            return (
              <li key={d.code}>
                <Button
                  type={pressed ? 'primary' : 'text'}
                  ghost={pressed}
                  size="small"
                  aria-pressed={pressed}
                  onClick={() => onSelectDonor(pressed ? undefined : d.code)}
                  style={{ width: '100%', justifyContent: 'flex-start' }}
                >
                  <span
                    aria-hidden="true"
                    style={{
                      display: 'inline-block',
                      width: 14,
                      height: 14,
                      borderRadius: 3,
                      background: colors.get(d.code) ?? '#ccc',
                      border: '1px solid rgba(0,0,0,0.25)',
                    }}
                  />
                  {donorName(d, i18n.language)}
                </Button>
              </li>
            );
          })}
        </ul>
        <section aria-labelledby="unmatched-title" data-testid="unmatched-areas">
          <Typography.Title level={5} id="unmatched-title">
            {t('pairings.unmatchedTitle')}
          </Typography.Title>
          {!painted ? null : unmatched.length === 0 ? (
            <Typography.Text type="secondary">{t('pairings.unmatchedNone')}</Typography.Text>
          ) : (
            <>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('pairings.unmatchedHint')}
              </Typography.Paragraph>
              <ul style={{ paddingLeft: 18 }}>
                {unmatched.map((u) => (
                  <li key={u.code} style={{ marginBottom: 4 }}>
                    <Space size={4} wrap>
                      <Link to={`/areas/${u.code}`}>
                        <AreaName area={u} />
                      </Link>
                      {u.donors.map((d) => (
                        <DonorTag
                          key={d.donor.code}
                          donor={d.donor}
                          color={colors.get(d.donor.code)}
                        />
                      ))}
                    </Space>
                  </li>
                ))}
              </ul>
            </>
          )}
          {painted && painted.unmatchedOther.length > 0 ? (
            <>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
                {t('pairings.otherUnmatched')}
              </Typography.Paragraph>
              <Space size={[8, 4]} wrap>
                {painted.unmatchedOther.map((a) => (
                  <Link key={a.code} to={`/areas/${a.code}`}>
                    <AreaName area={a} />
                  </Link>
                ))}
              </Space>
            </>
          ) : null}
        </section>
      </Col>
    </Row>
  );
}
