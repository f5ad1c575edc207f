import { Alert, Card, Col, Descriptions, Row, Space, Spin, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectTypes } from '../../api/hooks';
import type { Project } from '../../api/types';
import { donorName } from '../../components/DonorTag';
import { Money } from '../../components/Money';
import { withUnit } from '../../components/MoneyInput';
import { formatDate } from '../../lib/format';
import { formatShare } from '../../lib/money';
import { StageTimeline } from './StageTimeline';

// The map (ECharts and the county boundaries) loads only when the overview shows it.
const LocationsMap = lazy(() => import('../../map/LocationsMap'));

/** The project's facts, its stage timeline and its locations on the map. */
export function OverviewTab({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const types = useProjectTypes();
  const type = types.data?.items.find((x) => x.code === project.type);
  const none = t('common.none');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card size="small">
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label={t('project.type')}>
              {type ? (i18n.language === 'en' ? type.nameEn : type.name) : project.type}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.livelihoodShare')}>
              {formatShare(project.livelihoodShareBp)}
              {project.livelihoodReason ? (
                <Typography.Text type="secondary"> （{project.livelihoodReason}）</Typography.Text>
              ) : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.donors')} span={2}>
              <Space wrap>
                {project.donors.map((d) => (
                  <Tag key={d.org}>
                    {donorName(d, i18n.language)} {formatShare(d.shareBp)}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('project.implementingOrg')}>
              {project.implementingOrgName
                ? i18n.language === 'en'
                  ? (project.implementingOrgName.en ?? project.implementingOrgName.zh)
                  : project.implementingOrgName.zh
                : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.deliveryMode')}>
              {project.deliveryMode ? t(`deliveryModes.${project.deliveryMode}`) : none}
            </Descriptions.Item>
            <Descriptions.Item label={withUnit(t, t('project.budget'))}>
              <Money fen={project.budgetFen} testId="project-budget" />
            </Descriptions.Item>
            <Descriptions.Item label={t('project.year')}>{project.year}</Descriptions.Item>
            <Descriptions.Item label={t('project.approvalDate')}>
              {formatDate(project.approvalDate) || none}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.fixedAsset')}>
              {project.fixedAsset ? t('project.yes') : t('project.no')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title={t('project.timeline')}>
          {project.stageReason ? (
            <Alert
              type={project.stage === 'cancelled' ? 'error' : 'warning'}
              showIcon
              style={{ marginBottom: 12 }}
              title={t('project.stageReason', { reason: project.stageReason })}
              description={
                project.stageBeforeSuspension
                  ? t('project.suspendedFrom', {
                      stage: t(`stages.${project.stageBeforeSuspension}`),
                    })
                  : undefined
              }
            />
          ) : null}
          <StageTimeline project={project} />
        </Card>
      </Col>
      <Col xs={24}>
        <Card
          size="small"
          title={t('project.locations')}
          data-testid="project-locations"
          extra={
            <Typography.Text type="secondary">
              {t('project.classifiedOn', { date: formatDate(project.classifiedOn) })}
            </Typography.Text>
          }
        >
          <Suspense
            fallback={
              <div style={{ height: 200, display: 'grid', placeItems: 'center' }}>
                <Spin />
              </div>
            }
          >
            <LocationsMap locations={project.locations} />
          </Suspense>
        </Card>
      </Col>
    </Row>
  );
}
