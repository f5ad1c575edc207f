import { AppstoreOutlined, LoginOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Layout,
  Menu,
  type MenuProps,
  Segmented,
  Space,
  Typography,
} from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatches, useNavigate } from 'react-router';
import { useCan, useLogout, useSession } from '../api/hooks';
import type { Capability, SessionUser } from '../api/types';
import { AreaSearch } from '../components/AreaSearch';
import { currentLanguage, type Language, setLanguage } from '../i18n';
import { joinList } from '../lib/format';
import { type AppRoute, hrefOf, MENU_SECTIONS, menuKeyOf, ROUTES } from '../routes';
import { ScreenLoading } from './ScreenLoading';

/** A menu link starts loading its screen when pointed at or focused, before the click. */
function preloadOn(route: AppRoute) {
  const preload = () => void route.page.preload();
  return { onMouseEnter: preload, onFocus: preload };
}

/**
 * The left menu from the route table: a section links to its one screen or opens its entries;
 * only the screens the session may open (their `can`), and only sections with such a screen.
 */
function menuItems(
  t: (key: string) => string,
  may: (action: Capability) => boolean,
  signedIn: boolean,
) {
  const items: NonNullable<MenuProps['items']> = [];
  for (const { key, label, icon } of MENU_SECTIONS) {
    const routes = ROUTES.filter(
      (r) =>
        r.menu &&
        'section' in r.menu &&
        r.menu.section === key &&
        (!r.can || may(r.can)) &&
        (!r.signedIn || signedIn),
    );
    const own = routes.find((r) => r.menu && !('label' in r.menu));
    if (own) {
      items.push({
        key: hrefOf(own.path),
        icon,
        label: (
          <Link to={hrefOf(own.path)} {...preloadOn(own)}>
            {t(label)}
          </Link>
        ),
      });
    } else if (routes.length > 0) {
      items.push({
        key,
        icon,
        label: t(label),
        children: routes.map((r) => ({
          key: hrefOf(r.path),
          label: (
            <Link to={hrefOf(r.path)} {...preloadOn(r)}>
              {t(r.menu && 'label' in r.menu ? r.menu.label : label)}
            </Link>
          ),
        })),
      });
    }
  }
  return items;
}

/** The sections that open into entries, open from the start. */
const OPEN_SECTIONS = MENU_SECTIONS.filter((s) =>
  ROUTES.some((r) => r.menu && 'label' in r.menu && r.menu.section === s.key),
).map((s) => s.key);

function UserBox({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const logout = useLogout();
  const roles = [...new Set(user.roles.map((r) => t(`roles.${r.role}`, { defaultValue: r.role })))];
  return (
    <Space size="middle">
      <Space size={6} data-testid="current-user">
        <UserOutlined aria-hidden="true" />
        <Typography.Text strong>{user.displayName || user.username}</Typography.Text>
        {roles.length ? (
          <Typography.Text type="secondary">{joinList(roles, i18n.language)}</Typography.Text>
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
  const may = useCan();
  const language = currentLanguage();

  const route = useMatches().at(-1)?.handle as AppRoute | undefined;
  const selected = menuKeyOf(route);

  const loginTarget = { pathname: location.pathname, search: location.search };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="sh-skip-link" href="#main-content">
        {t('a11y.skipToContent')}
      </a>
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
            { label: <span lang="ug">ئۇيغۇرچە</span>, value: 'ug' },
          ]}
        />
        {session.data ? (
          <UserBox user={session.data.user} />
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
              selectedKeys={selected ? [selected] : []}
              defaultOpenKeys={OPEN_SECTIONS}
              items={menuItems(t, may, !!session.data)}
              style={{ borderInlineEnd: 'none' }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content id="main-content" tabIndex={-1} style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<ScreenLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
