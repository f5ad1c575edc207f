import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Row, Space, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AreaSummary, Donor, Pairing } from '../api/types';
import { DonorTag, donorName } from '../components/DonorTag';
import mapUrl from '../generated/xinjiang-counties.json?url';
import { MapCanvas } from './MapCanvas';
import type { CountyCollection } from './matchAreas';
import { paintPairings } from './paintPairings';

async function loadCollection(): Promise<CountyCollection> {
  const res = await fetch(mapUrl, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as CountyCollection;
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
  const collection = useQuery({
    queryKey: ['map', 'xinjiang'],
    queryFn: loadCollection,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const painted = useMemo(
    () => (collection.data ? paintPairings(pairings, counties, collection.data) : null),
    [pairings, counties, collection.data],
  );

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
            <MapCanvas painted={painted} colors={colors} />
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
                      <Link to={`/areas/${u.code}`}>{u.name}</Link>
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
                    {a.name}
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
