import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  DesktopOutlined,
  LinkOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  Empty,
  List,
  Popconfirm,
  Result,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../api/hooks';
import { LoginRequired } from '../components/LoginRequired';
import { PageTitle } from '../components/PageTitle';
import {
  type Dashboard,
  type DashboardItem,
  decodeDashboard,
  encodeDashboard,
  itemPivot,
  loadDashboards,
  removeDashboard,
  upsertDashboard,
} from './analysis/dashboards';
import { PivotResult } from './analysis/PivotResult';

/**
 * 仪表板 Dashboards: the dashboards kept in this browser, and one dashboard — its saved pivots,
 * charts and key figures, each computed live — whose whole content is in the URL (`?d=`), so
 * the address is the link to share (decision 0049).
 */
export function DashboardsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const encoded = params.get('d');
  if (session.isPending) return null;
  if (!session.data) {
    return (
      <>
        <PageTitle title={t('dashboards.title')} />
        <LoginRequired title={t('analysis.loginTitle')} subTitle={t('analysis.loginHint')} />
      </>
    );
  }
  if (encoded) return <DashboardView encoded={encoded} />;
  return <DashboardList />;
}

function DashboardList() {
  const { t } = useTranslation();
  const [list, setList] = useState<Dashboard[]>(() => loadDashboards());
  return (
    <>
      <PageTitle
        title={t('dashboards.title')}
        intro={t('dashboards.intro')}
        extra={
          <Link to="/big-screen">
            <DesktopOutlined aria-hidden="true" /> {t('dashboards.openBigScreen')}
          </Link>
        }
      />
      {list.length === 0 ? (
        <Empty
          data-testid="dashboards-empty"
          description={
            <span>
              {t('dashboards.empty')} <Link to="/analysis">{t('dashboards.openPivot')}</Link>
            </span>
          }
        />
      ) : (
        <List
          data-testid="dashboards-list"
          bordered
          dataSource={list}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Popconfirm
                  key="delete"
                  title={t('dashboards.deleteConfirm', { name: d.name })}
                  okText={t('dashboards.delete')}
                  cancelText={t('formModal.cancel')}
                  onConfirm={() => setList(removeDashboard(d.id))}
                >
                  <Button danger size="small" icon={<DeleteOutlined />}>
                    {t('dashboards.delete')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={<Link to={`/analysis/dashboards?d=${encodeDashboard(d)}`}>{d.name}</Link>}
                description={t('dashboards.itemCount', { count: d.items.length })}
              />
            </List.Item>
          )}
        />
      )}
    </>
  );
}

const SPAN: Record<DashboardItem['kind'], { xs: number; xl: number }> = {
  figure: { xs: 24, xl: 8 },
  chart: { xs: 24, xl: 12 },
  pivot: { xs: 24, xl: 24 },
};

function DashboardView({ encoded }: { encoded: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [, setParams] = useSearchParams();
  const board = useMemo(() => decodeDashboard(encoded), [encoded]);
  const [stored, setStored] = useState<Dashboard[]>(() => loadDashboards());
  if (!board) {
    return (
      <Result
        status="warning"
        title={t('dashboards.unreadable')}
        extra={<Link to="/analysis/dashboards">{t('dashboards.backToList')}</Link>}
      />
    );
  }
  const own = stored.some((d) => d.id === board.id);
  const change = (next: Dashboard) => {
    if (own) setStored(upsertDashboard(next));
    setParams({ d: encodeDashboard(next) }, { replace: true });
  };
  const move = (i: number, by: -1 | 1) => {
    const items = [...board.items];
    const j = i + by;
    if (j < 0 || j >= items.length) return;
    [items[i], items[j]] = [items[j] as DashboardItem, items[i] as DashboardItem];
    change({ ...board, items });
  };
  const shareLink = `${window.location.origin}/analysis/dashboards?d=${encoded}`;

  return (
    <div data-testid="dashboard" data-items={board.items.length}>
      <PageTitle
        title={board.name}
        intro={own ? t('dashboards.ownHint') : t('dashboards.sharedHint')}
        extra={
          <Space wrap>
            {own ? null : (
              <Tag color="gold" data-testid="dashboard-shared">
                {t('dashboards.shared')}
              </Tag>
            )}
            <Button
              icon={<LinkOutlined />}
              data-testid="dashboard-copy-link"
              onClick={() =>
                void navigator.clipboard
                  ?.writeText(shareLink)
                  .then(() => message.success(t('dashboards.linkCopied')))
                  .catch(() => message.info(shareLink))
              }
            >
              {t('dashboards.copyLink')}
            </Button>
            {own ? null : (
              <Button
                icon={<SaveOutlined />}
                onClick={() => {
                  setStored(upsertDashboard(board));
                  void message.success(t('dashboards.saved'));
                }}
              >
                {t('dashboards.save')}
              </Button>
            )}
            <Link to="/analysis/dashboards">{t('dashboards.backToList')}</Link>
          </Space>
        }
      />
      {own ? (
        <Typography.Paragraph>
          <Typography.Text type="secondary">{t('dashboards.nameLabel')}</Typography.Text>
          <Typography.Text
            editable={{
              onChange: (name) => name.trim() && change({ ...board, name: name.trim() }),
              triggerType: ['icon', 'text'],
              tooltip: t('dashboards.rename'),
            }}
          >
            {board.name}
          </Typography.Text>
        </Typography.Paragraph>
      ) : null}
      {board.items.length === 0 ? (
        <Empty
          description={
            <span>
              {t('dashboards.noItems')} <Link to="/analysis">{t('dashboards.openPivot')}</Link>
            </span>
          }
        />
      ) : (
        <Row gutter={[16, 16]}>
          {board.items.map((item, i) => (
            <Col key={item.id} {...SPAN[item.kind]}>
              <Card
                title={item.title}
                size="small"
                data-testid={`dashboard-item-${i}`}
                data-kind={item.kind}
                extra={
                  <Space size={0}>
                    <Link to={`/analysis?${item.query}`}>{t('dashboards.openInPivot')}</Link>
                    {own ? (
                      <>
                        <Button
                          type="text"
                          size="small"
                          icon={<ArrowUpOutlined />}
                          disabled={i === 0}
                          aria-label={t('dashboards.earlier', { title: item.title })}
                          onClick={() => move(i, -1)}
                        />
                        <Button
                          type="text"
                          size="small"
                          icon={<ArrowDownOutlined />}
                          disabled={i === board.items.length - 1}
                          aria-label={t('dashboards.later', { title: item.title })}
                          onClick={() => move(i, 1)}
                        />
                        <Button
                          type="text"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('dashboards.removeItem', { title: item.title })}
                          onClick={() =>
                            change({ ...board, items: board.items.filter((x) => x.id !== item.id) })
                          }
                        />
                      </>
                    ) : null}
                  </Space>
                }
              >
                <PivotResult
                  state={itemPivot(item)}
                  show={item.kind === 'pivot' ? 'table' : item.kind}
                  chartHeight={300}
                  testId={`dashboard-item-${i}-pivot`}
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
