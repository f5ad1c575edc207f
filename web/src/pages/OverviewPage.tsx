import { ApartmentOutlined, BankOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePairings, useSession } from '../api/hooks';
import type { Pairing } from '../api/types';
import { ErrorResult } from '../components/ErrorResult';
import { PageTitle } from '../components/PageTitle';
import { today } from '../lib/format';
import { HOME_PROGRAMME } from './home/homeData';
import { RoleHome } from './home/RoleHome';

function countPairings(items: Pairing[]) {
  const donors = new Set<string>();
  const prefectures = new Set<string>();
  const counties = new Set<string>();
  const xpcc = new Set<string>();
  for (const p of items) {
    donors.add(p.donor.code);
    const r = p.recipient;
    if (!r) continue;
    if (r.kind === 'xpcc-city') xpcc.add(r.code);
    else if (r.level === 'prefecture') prefectures.add(r.code);
    else if (r.level === 'county') counties.add(r.code);
  }
  return {
    donors: donors.size,
    pairings: items.length,
    prefectures: prefectures.size,
    counties: counties.size,
    xpcc: xpcc.size,
  };
}

export function OverviewPage() {
  const { t } = useTranslation();
  const session = useSession();
  const pairings = usePairings(HOME_PROGRAMME, today());
  const counts = useMemo(() => countPairings(pairings.data?.items ?? []), [pairings.data]);

  let body: ReactNode;
  if (pairings.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (pairings.isError)
    body = <ErrorResult error={pairings.error} onRetry={() => void pairings.refetch()} />;
  else if (counts.pairings === 0) body = <Empty description={t('overview.empty')} />;
  else
    body = (
      <>
        <Typography.Paragraph>
          {t('overview.intro', { donors: counts.donors })}
        </Typography.Paragraph>
        <Row gutter={[16, 16]} data-testid="overview-counts">
          {(
            [
              ['donors', counts.donors],
              ['pairings', counts.pairings],
              ['prefectures', counts.prefectures],
              ['counties', counts.counties],
              ['xpccCities', counts.xpcc],
            ] as const
          ).map(([key, value]) => (
            <Col key={key} xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title={t(`overview.${key}`)} value={value} />
              </Card>
            </Col>
          ))}
        </Row>
      </>
    );

  if (session.data) {
    return (
      <>
        <PageTitle title={t('overview.title')} />
        <RoleHome />
      </>
    );
  }

  return (
    <>
      <PageTitle title={t('overview.title')} />
      {body}
      <Space size="large" wrap style={{ marginTop: 24, fontSize: 16 }}>
        <Link to="/pairings">
          <ApartmentOutlined aria-hidden="true" /> {t('overview.openPairings')}
        </Link>
        <Link to="/organisations">
          <BankOutlined aria-hidden="true" /> {t('overview.openOrganisations')}
        </Link>
      </Space>
      {session.data === null ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {t('home.signInHint')}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
