import { DownloadOutlined, LoginOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { publicIatiUrl } from '../../api/public';
import { currentLanguage, type Language, setLanguage } from '../../i18n';
import { usePhone } from '../../lib/usePhone';

/**
 * The frame of the public pages (decision 0055): the open-data title, the overview and the map,
 * the language and a link to the staff login; no menu of the signed-in app, no session needed.
 */
export function PublicFrame({
  title,
  extra,
  children,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const selected = location.pathname.startsWith('/public/map') ? 'map' : 'overview';
  // on a phone (decision 0063) the header wraps: the name, language and login on one line,
  // the two pages under them
  const phone = usePhone();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: phone ? 8 : 16,
          background: '#fff',
          paddingInline: phone ? 12 : 24,
          ...(phone ? { flexWrap: 'wrap', height: 'auto', lineHeight: '44px' } : {}),
        }}
      >
        <Link
          to="/public"
          style={{
            fontWeight: 600,
            fontSize: 16,
            whiteSpace: phone ? 'normal' : 'nowrap',
            ...(phone ? { flex: '1 1 0', minWidth: 0, lineHeight: 1.4, paddingBlock: 8 } : {}),
          }}
        >
          {t('publicView.brand')}
        </Link>
        <Menu
          mode="horizontal"
          selectedKeys={[selected]}
          style={{
            flex: 1,
            minWidth: 0,
            borderBottom: 'none',
            ...(phone ? { order: 9, flexBasis: '100%' } : {}),
          }}
          items={[
            { key: 'overview', label: <Link to="/public">{t('publicView.nav.overview')}</Link> },
            { key: 'map', label: <Link to="/public/map">{t('publicView.nav.map')}</Link> },
          ]}
        />
        <Select<Language>
          size={phone ? 'middle' : 'small'}
          aria-label={t('publicView.language')}
          value={currentLanguage()}
          onChange={(value) => void setLanguage(value)}
          options={[
            { label: '中文', value: 'zh-CN' },
            { label: 'English', value: 'en' },
            { label: <span lang="ug">ئۇيغۇرچە</span>, value: 'ug' },
          ]}
        />
        <Link
          to="/login"
          style={
            phone
              ? { minHeight: 44, display: 'inline-flex', alignItems: 'center', gap: 4 }
              : undefined
          }
        >
          <LoginOutlined /> {t('publicView.login')}
        </Link>
      </Layout.Header>
      <Layout.Content
        style={{ padding: phone ? 12 : 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}
      >
        <Space align="baseline" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="public-title">
            {title}
          </Typography.Title>
          {extra}
        </Space>
        <Typography.Paragraph type="secondary">{t('publicView.published')}</Typography.Paragraph>
        {children}
      </Layout.Content>
    </Layout>
  );
}

/** The open-data links of a page: its CSV (in the interface language) and the IATI files. */
export function Downloads({ csv }: { csv: (lang: 'zh' | 'en') => string }) {
  const { t } = useTranslation();
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';
  // on a phone a long label (Uyghur) wraps inside its full-width button (decision 0063)
  const phone = usePhone();
  const wrapping = phone
    ? { whiteSpace: 'normal', height: 'auto', minHeight: 44, width: '100%' }
    : undefined;
  return (
    <Space
      wrap
      orientation={phone ? 'vertical' : 'horizontal'}
      style={phone ? { width: '100%' } : undefined}
      aria-label={t('publicView.downloads')}
    >
      <Button
        style={wrapping}
        icon={<DownloadOutlined />}
        href={csv(lang)}
        data-testid="public-csv"
      >
        {t('publicView.csv')}
      </Button>
      <Button
        style={wrapping}
        icon={<DownloadOutlined />}
        href={publicIatiUrl()}
        data-testid="public-iati"
      >
        {t('publicView.iati')}
      </Button>
      <Button
        style={wrapping}
        icon={<DownloadOutlined />}
        href={publicIatiUrl('iati-organisations')}
        data-testid="public-iati-organisations"
      >
        {t('publicView.iatiOrganisations')}
      </Button>
    </Space>
  );
}
