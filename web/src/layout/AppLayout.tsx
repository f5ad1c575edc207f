import {
  AppstoreOutlined,
  LoginOutlined,
  LogoutOutlined,
  MenuOutlined,
  UserOutlined,
} from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Drawer,
  Layout,
  Menu,
  type MenuProps,
  Segmented,
  Space,
  Typography,
} from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatches, useNavigate } from 'react-router';
import { useCan, useLogout, useSession } from '../api/hooks';
import type { Capability, SessionUser } from '../api/types';
import { AreaSearch } from '../components/AreaSearch';
import { currentLanguage, type Language, setLanguage } from '../i18n';
import { joinList } from '../lib/format';
import { usePhone } from '../lib/usePhone';
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
        (!r.can || (typeof r.can === 'string' ? may(r.can) : r.can.some(may))) &&
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

function UserBox({ user, stacked = false }: { user: SessionUser; stacked?: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const logout = useLogout();
  const roles = [...new Set(user.roles.map((r) => t(`roles.${r.role}`, { defaultValue: r.role })))];
  return (
    <Space size="middle" orientation={stacked ? 'vertical' : 'horizontal'} wrap={stacked}>
      <Space size={6} data-testid="current-user" wrap={stacked}>
        <UserOutlined aria-hidden="true" />
        <Typography.Text strong style={stacked ? undefined : { whiteSpace: 'nowrap' }}>
          {user.displayName || user.username}
        </Typography.Text>
        {roles.length ? (
          // in the header the roles give way (cut short, whole in their tooltip) before the
          // log-out button is pushed out of the bar (decision 0073: longer in Uyghur)
          <Typography.Text
            type="secondary"
            ellipsis={stacked ? false : { tooltip: joinList(roles, i18n.language) }}
            style={stacked ? undefined : { maxWidth: 180 }}
          >
            {joinList(roles, i18n.language)}
          </Typography.Text>
        ) : null}
      </Space>
      <Button
        icon={<LogoutOutlined />}
        block={stacked}
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

function LanguageSwitch({ block = false }: { block?: boolean }) {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('header.language')}
      block={block}
      size={block ? 'large' : 'middle'}
      value={currentLanguage()}
      onChange={(value) => void setLanguage(value)}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
        { label: <span lang="ug">ئۇيغۇرچە</span>, value: 'ug' },
      ]}
    />
  );
}

/** Who is signed in and the log-out button, or the log-in button. */
function SessionBox({ stacked = false }: { stacked?: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const loginTarget = { pathname: location.pathname, search: location.search };
  if (session.data) return <UserBox user={session.data.user} stacked={stacked} />;
  if (session.isLoading) return null;
  return (
    <Space
      orientation={stacked ? 'vertical' : 'horizontal'}
      style={stacked ? { width: '100%' } : {}}
    >
      <Typography.Text type="secondary">{t('header.anonymous')}</Typography.Text>
      {location.pathname === '/login' ? null : (
        <Button
          type="primary"
          icon={<LoginOutlined />}
          block={stacked}
          onClick={() => void navigate('/login', { state: { from: loginTarget } })}
        >
          {t('header.login')}
        </Button>
      )}
    </Space>
  );
}

const HEADER_STYLE = {
  display: 'flex',
  alignItems: 'center',
  gap: 16,
  background: '#fff',
  borderBottom: '1px solid #f0f0f0',
  paddingInline: 24,
  position: 'sticky',
  top: 0,
  zIndex: 10,
  // Ant Design's 64 px line box set the cut-short roles (an inline block) on the bar's floor
  lineHeight: 'normal',
} as const;

/**
 * The frame of every screen: header (name, language, user) and the left menu. On a phone
 * (decision 0063) the header holds only a menu button and the name; the button opens a drawer,
 * from the reading side (left, or right in Uyghur), with the area search, the language, the
 * user and the menu.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const may = useCan();
  const phone = usePhone();
  const rtl = currentLanguage() === 'ug';
  const [drawer, setDrawer] = useState(false);

  const route = useMatches().at(-1)?.handle as AppRoute | undefined;
  const selected = menuKeyOf(route);
  // a link followed in the drawer closes it
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every navigation
  useEffect(() => setDrawer(false), [location.pathname, location.search]);

  const menu = (
    <nav aria-label={t('nav.main')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        defaultOpenKeys={OPEN_SECTIONS}
        items={menuItems(t, may, !!session.data)}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
  const skipLink = (
    <a className="sh-skip-link" href="#main-content">
      {t('a11y.skipToContent')}
    </a>
  );
  const content = (
    <Layout.Content
      id="main-content"
      tabIndex={-1}
      style={{ padding: phone ? 12 : 24, minWidth: 0 }}
    >
      <Suspense fallback={<ScreenLoading />}>
        <Outlet />
      </Suspense>
    </Layout.Content>
  );

  // One tree for both layouts, the content always at the same place in it: a width crossing
  // the phone breakpoint (a turned tablet, a resized window) must not remount the screen and
  // lose what is typed in it.
  return (
    <Layout style={{ minHeight: '100vh' }} data-layout={phone ? 'phone' : 'desktop'}>
      {skipLink}
      {phone ? (
        <Layout.Header
          style={{ ...HEADER_STYLE, gap: 8, paddingInline: 8, height: 56, lineHeight: 'normal' }}
        >
          <Button
            type="text"
            icon={<MenuOutlined style={{ fontSize: 20 }} />}
            aria-label={t('header.openMenu')}
            aria-expanded={drawer}
            aria-controls="phone-menu"
            data-testid="phone-menu-button"
            style={{ width: 44, height: 44 }}
            onClick={() => setDrawer(true)}
          />
          <Link
            to="/"
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 8,
              color: 'inherit',
              minWidth: 0,
              minHeight: 44,
            }}
          >
            <AppstoreOutlined style={{ color: '#1677ff', fontSize: 20 }} aria-hidden="true" />
            <span style={{ fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
              {t('app.title')}
            </span>
          </Link>
        </Layout.Header>
      ) : (
        <Layout.Header style={HEADER_STYLE}>
          <Link
            to="/"
            style={{
              display: 'flex',
              alignItems: 'baseline',
              gap: 10,
              color: 'inherit',
              minWidth: 0,
              flex: '0 1 auto',
            }}
          >
            <AppstoreOutlined style={{ color: '#1677ff', fontSize: 20 }} aria-hidden="true" />
            <span style={{ fontSize: 20, fontWeight: 600, whiteSpace: 'nowrap' }}>
              {t('app.title')}
            </span>
            {/* one line whatever the language: cut short (whole in its tooltip) when the bar is
                full, never wrapped out of the 64 px bar (decision 0073) */}
            <Typography.Text
              type="secondary"
              ellipsis={{ tooltip: t('app.subtitle') }}
              style={{ fontSize: 13, minWidth: 0 }}
            >
              {t('app.subtitle')}
            </Typography.Text>
          </Link>
          <div style={{ flex: 1 }} />
          <AreaSearch />
          <LanguageSwitch />
          <SessionBox />
        </Layout.Header>
      )}
      {phone ? (
        <Drawer
          id="phone-menu"
          open={drawer}
          onClose={() => setDrawer(false)}
          placement={rtl ? 'right' : 'left'}
          size={Math.min(320, typeof window === 'undefined' ? 320 : window.innerWidth - 40)}
          title={t('header.menuTitle')}
          // clipped: sliding in from the right (Uyghur) it must not widen the page, or a phone
          // zooms out to show it
          styles={{ root: { overflow: 'hidden' }, body: { padding: 12 } }}
          data-testid="phone-menu"
        >
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <SessionBox stacked />
            <LanguageSwitch block />
            <AreaSearch block />
          </Space>
          <div style={{ marginTop: 12, marginInline: -12 }}>{menu}</div>
        </Drawer>
      ) : null}
      <Layout>
        {phone ? null : (
          <Layout.Sider
            width={220}
            theme="light"
            breakpoint="lg"
            collapsedWidth={64}
            style={{ borderRight: '1px solid #f0f0f0' }}
          >
            {menu}
          </Layout.Sider>
        )}
        {content}
      </Layout>
    </Layout>
  );
}
