import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAnalytics } from '../api/consumption';
import { useSession } from '../api/hooks';
import { formatWan } from '../lib/money';
import { ErrorResult } from './ErrorResult';

const MEASURES = [
  'people_trained',
  'training_person_times',
  'companies',
  'consumption_sales_fen',
] as const;

/** Where each figure leads: the screen listing the records it counts, filtered alike. */
function linkOf(measure: (typeof MEASURES)[number], filter: string): string {
  if (measure === 'companies') return `/companies?${filter}`;
  if (measure === 'consumption_sales_fen') return `/consumption?${filter}`;
  return `/training?${filter}`;
}

/**
 * People trained, person-times, companies brought in and consumption-aid sales of an area
 * (its subtree) or a donor (its sub-organisations), counted from the records by
 * POST /api/analytics/query as the caller may see them. Signed-in users only (the endpoint is).
 */
export function IssueNineMeasures({
  area,
  donor,
  title,
}: {
  area?: string;
  donor?: string;
  title?: string;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const signedIn = !!session.data;
  const answer = useAnalytics(
    {
      measures: [...MEASURES],
      dimensions: [],
      filters: {
        programme: 'xinjiang',
        ...(area ? { area } : {}),
        ...(donor ? { donor } : {}),
      },
    },
    signedIn,
  );
  if (!signedIn) return null;
  const row = answer.data?.rows[0] ?? {};
  const filter = area
    ? `area=${encodeURIComponent(area)}`
    : `donor=${encodeURIComponent(donor ?? '')}`;
  return (
    <Card
      size="small"
      title={title ?? t('measures.title')}
      data-testid="issue9-measures"
      extra={<Typography.Text type="secondary">{t('measures.hint')}</Typography.Text>}
    >
      {answer.isError ? (
        <ErrorResult error={answer.error} onRetry={() => void answer.refetch()} />
      ) : answer.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Row gutter={[16, 16]}>
          {MEASURES.map((m) => {
            const value = Number(row[m] ?? 0);
            return (
              <Col key={m} xs={12} md={6}>
                <Link to={linkOf(m, filter)} data-testid={`measure-${m}`} data-value={value}>
                  <Statistic
                    title={t(`measures.${m}`)}
                    value={
                      m === 'consumption_sales_fen'
                        ? formatWan(value)
                        : value.toLocaleString('en-US')
                    }
                  />
                </Link>
              </Col>
            );
          })}
        </Row>
      )}
    </Card>
  );
}
