import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRoster } from '../../api/people';
import { AreaName } from '../../components/AreaName';
import { ErrorResult } from '../../components/ErrorResult';
import { today } from '../../lib/format';
import { bilingual, EndingTag, useKindName } from '../people/bits';

const SHOWN = 10;

/** The area page's aid personnel serving today in the area's subtree, with a link to the roster. */
export function AreaPeople({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const date = today();
  const roster = useRoster({ area: code, date, limit: SHOWN, offset: 0 });
  const kindName = useKindName();
  const total = roster.data?.total ?? 0;
  return (
    <Card
      title={t('people.areaSection.title')}
      extra={<Link to={`/people?area=${code}`}>{t('people.areaSection.all')}</Link>}
      loading={roster.isPending}
      data-testid="area-people"
    >
      {roster.isError ? (
        <ErrorResult error={roster.error} onRetry={() => void roster.refetch()} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('people.areaSection.intro')}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={roster.data?.items ?? []}
            locale={{
              emptyText: (
                <Empty
                  description={t('people.areaSection.empty')}
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                />
              ),
            }}
            renderItem={(r) => (
              <List.Item>
                <Space size={8} wrap>
                  <Link to={`/people/${r.person.id}`}>{r.person.nameZh}</Link>
                  <Tag>{kindName(r.posting.kind)}</Tag>
                  <span>{r.posting.role}</span>
                  <Typography.Text type="secondary">
                    {bilingual(r.person.donor, i18n.language)} · <AreaName area={r.posting.area} />
                  </Typography.Text>
                  <EndingTag endsOn={r.posting.endsOn} date={date} />
                </Space>
              </List.Item>
            )}
          />
          {total > SHOWN ? (
            <Link to={`/people?area=${code}`}>
              {t('people.areaSection.more', { count: total - SHOWN })}
            </Link>
          ) : null}
        </>
      )}
    </Card>
  );
}
