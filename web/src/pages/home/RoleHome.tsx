import { Col, Row, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePairings } from '../../api/hooks';
import { useSummary } from '../../api/summary';
import { donorName } from '../../components/DonorTag';
import { ErrorResult } from '../../components/ErrorResult';
import { FilterSelect } from '../../components/FilterBar';
import { IssueNineMeasures } from '../../components/IssueNineMeasures';
import { areaName } from '../../lib/areaName';
import { donorColors } from '../../lib/donorColors';
import { joinList, today } from '../../lib/format';
import { useUrlState } from '../../lib/urlState';
import { AreaMoney } from '../area/AreaMoney';
import { HomeFigures, ProgressCard, RulesCard, WarningsCard } from './HomeCards';
import { HOME_PROGRAMME } from './homeData';

/**
 * A signed-in user's home: the programme at a glance for the programme office, a donor's own
 * figures, a recipient area's own (with its money by donor and year), or the published
 * projects' counts; all from GET /api/summary, scoped by the server.
 */
export function RoleHome() {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlState();
  const asked = Number(params.get('year')) || undefined;
  const summary = useSummary(HOME_PROGRAMME, asked);
  const pairings = usePairings(HOME_PROGRAMME, today());
  const colors = useMemo(
    () => donorColors((pairings.data?.items ?? []).map((p) => p.donor.code)),
    [pairings.data],
  );

  if (summary.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (summary.isError) {
    return (
      <ErrorResult
        error={summary.error}
        title={t('home.error')}
        onRetry={() => void summary.refetch()}
      />
    );
  }
  const s = summary.data;
  const year = s.year;
  const years = [...new Set([new Date().getFullYear(), year, ...s.years])].sort((a, b) => b - a);
  const language = i18n.language;
  const heading =
    s.scope === 'programme'
      ? t('home.scopeProgramme', { year })
      : s.scope === 'donor'
        ? t('home.scopeDonor', {
            donor: joinList(
              s.donors.map((d) => donorName(d, language)),
              language,
            ),
            year,
          })
        : s.scope === 'area'
          ? t('home.scopeArea', {
              area: joinList(
                s.areas.map((a) => areaName(a, language)),
                language,
              ),
              year,
            })
          : t('home.scopePublic', { year });
  const area = s.scope === 'area' && s.areas.length === 1 ? s.areas[0] : undefined;

  return (
    <div data-testid="role-home" data-scope={s.scope} data-year={year}>
      <div
        style={{
          display: 'flex',
          gap: 16,
          alignItems: 'center',
          flexWrap: 'wrap',
          marginBottom: 16,
        }}
      >
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="home-heading">
          {heading}
        </Typography.Title>
        <FilterSelect
          id="home-year"
          label={t('home.year')}
          width={110}
          clearable={false}
          value={year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(value) => update({ year: value })}
        />
      </div>
      <HomeFigures summary={s} />
      {s.scope === 'public' ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {t('home.publicHint')}
        </Typography.Paragraph>
      ) : null}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {s.rules ? (
          <Col span={24}>
            <RulesCard rules={s.rules} year={year} />
          </Col>
        ) : null}
        {s.progress ? (
          <Col xs={24} xl={14}>
            <ProgressCard progress={s.progress} />
          </Col>
        ) : null}
        {s.warnings ? (
          <Col xs={24} xl={10}>
            <WarningsCard warnings={s.warnings} />
          </Col>
        ) : null}
        {area ? (
          <Col span={24}>
            <AreaMoney code={area.code} colors={colors} />
          </Col>
        ) : null}
        {s.scope === 'donor'
          ? s.donors.map((d) => (
              <Col span={24} key={d.code}>
                <IssueNineMeasures
                  donor={d.code}
                  title={t('measures.titleDonor', { donor: donorName(d, language) })}
                />
              </Col>
            ))
          : null}
      </Row>
    </div>
  );
}
