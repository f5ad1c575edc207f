import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FundOutlined,
  LineChartOutlined,
  LoginOutlined,
  LogoutOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShopOutlined,
  ShoppingCartOutlined,
  TeamOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Layout,
  Menu,
  type MenuProps,
  Segmented,
  Skeleton,
  Space,
  Tooltip,
  Typography,
} from 'antd';
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout, useSession } from '../api/hooks';
import type { SessionUser } from '../api/types';
import { AreaSearch } from '../components/AreaSearch';
import { currentLanguage, type Language, setLanguage } from '../i18n';

/** Menu groups not built yet: shown disabled with a "coming soon" tooltip. */
const COMING_SOON: { key: string; icon: ReactNode }[] = [
  { key: 'people', icon: <TeamOutlined /> },
  { key: 'training', icon: <AuditOutlined /> },
  { key: 'companies', icon: <ShopOutlined /> },
  { key: 'consumption', icon: <ShoppingCartOutlined /> },
  { key: 'indicators', icon: <LineChartOutlined /> },
  { key: 'analysis', icon: <BarChartOutlined /> },
  { key: 'data', icon: <DatabaseOutlined /> },
  { key: 'admin', icon: <SettingOutlined /> },
];

function selectedKey(pathname: string): string {
  if (pathname.startsWith('/pairings') || pathname.startsWith('/areas')) return 'pairings';
  if (pathname.startsWith('/organisations')) return 'organisations';
  if (pathname.startsWith('/projects')) return 'projects';
  if (pathname.startsWith('/plans')) return 'plans';
  if (pathname.startsWith('/compliance')) return 'compliance';
  if (pathname.startsWith('/quality')) return 'quality';
  if (pathname.startsWith('/warnings')) return 'warnings';
  if (pathname === '/') return 'overview';
  return '';
}

function UserBox({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const logout = useLogout();
  const roles = [...new Set(user.roles.map((r) => t(`roles.${r.role}`, { defaultValue: r.role })))];
  return (
    <Space size="middle">
      <Space size={6} data-testid="current-user">
        <UserOutlined aria-hidden="true" />
        <Typography.Text strong>{user.displayName || user.username}</Typography.Text>
        {roles.length ? (
          <Typography.Text type="secondary">{roles.join('、')}</Typography.Text>
        ) : null}
      </Space>
      <Button
        icon={<LogoutOutlined />}
        loading={logout.isPending}
        onClick={() =>
          logout.mutate(undefined, {
            onError: (err) => void message.error(t('header.logoutFailed', { detail: err.message })),
          })
        }
      >
        {t('header.logout')}
      </Button>
    </Space>
  );
}

/** The frame of every screen: header (name, language, user) and the left menu. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const language = currentLanguage();

  const items: MenuProps['items'] = [
    {
      key: 'overview',
      icon: <DashboardOutlined />,
      label: <Link to="/">{t('nav.overview')}</Link>,
    },
    {
      key: 'pairings-group',
      icon: <ApartmentOutlined />,
      label: t('nav.pairingsGroup'),
      children: [
        { key: 'pairings', label: <Link to="/pairings">{t('nav.pairings')}</Link> },
        { key: 'organisations', label: <Link to="/organisations">{t('nav.organisations')}</Link> },
      ],
    },
    {
      key: 'projects',
      icon: <ProjectOutlined />,
      label: <Link to="/projects">{t('nav.projects')}</Link>,
    },
    {
      key: 'funds-group',
      icon: <FundOutlined />,
      label: t('nav.funds'),
      children: [{ key: 'plans', label: <Link to="/plans">{t('plans.nav')}</Link> }],
    },
    {
      key: 'compliance-group',
      icon: <SafetyCertificateOutlined />,
      label: t('nav.compliance'),
      children: [
        { key: 'compliance', label: <Link to="/compliance">{t('nav.complianceRules')}</Link> },
        { key: 'quality', label: <Link to="/quality">{t('nav.quality')}</Link> },
      ],
    },
    {
      key: 'warnings',
      icon: <WarningOutlined />,
      label: <Link to="/warnings">{t('nav.warnings')}</Link>,
    },
    ...COMING_SOON.map(({ key, icon }) => ({
      key,
      icon,
      disabled: true,
      label: (
        <Tooltip title={t('nav.comingSoon')} placement="right">
          <span>{t(`nav.${key}`)}</span>
        </Tooltip>
      ),
    })),
  ];

  const loginTarget = { pathname: location.pathname, search: location.search };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
          paddingInline: 24,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Link to="/" style={{ display: 'flex', alignItems: 'baseline', gap: 10, color: 'inherit' }}>
          <AppstoreOutlined style={{ color: '#1677ff', fontSize: 20 }} aria-hidden="true" />
          <span style={{ fontSize: 20, fontWeight: 600 }}>{t('app.title')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('app.subtitle')}
          </Typography.Text>
        </Link>
        <div style={{ flex: 1 }} />
        <AreaSearch />
        <Segmented<Language>
          aria-label={t('header.language')}
          value={language}
          onChange={(value) => void setLanguage(value)}
          options={[
            { label: '中文', value: 'zh-CN' },
            { label: 'English', value: 'en' },
          ]}
        />
        {session.data ? (
          <UserBox user={session.data} />
        ) : session.isLoading ? null : (
          <Space>
            <Typography.Text type="secondary">{t('header.anonymous')}</Typography.Text>
            {location.pathname === '/login' ? null : (
              <Button
                type="primary"
                icon={<LoginOutlined />}
                onClick={() => void navigate('/login', { state: { from: loginTarget } })}
              >
                {t('header.login')}
              </Button>
            )}
          </Space>
        )}
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={220}
          theme="light"
          breakpoint="lg"
          collapsedWidth={64}
          style={{ borderRight: '1px solid #f0f0f0' }}
        >
          <nav aria-label={t('nav.main')}>
            <Menu
              mode="inline"
              selectedKeys={[selectedKey(location.pathname)]}
              defaultOpenKeys={['pairings-group', 'funds-group', 'compliance-group']}
              items={items}
              style={{ borderInlineEnd: 'none' }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
