import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/ug-cn';
import 'dayjs/locale/zh-cn';
import { StrictMode, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from './api/client';
import { sessionQuery } from './api/hooks';
import { ugCN } from './i18n/antd-ug';
import { AppLayout } from './layout/AppLayout';
import { RouteError } from './layout/RouteError';
import { ScreenLoading } from './layout/ScreenLoading';
import { usePhone } from './lib/usePhone';
import { useReducedMotion } from './lib/useReducedMotion';
import { type AppRoute, ROUTES, type RouteParams } from './routes';

/**
 * A data router (needed by `useBlocker`, the unsaved-changes guard). The screens are React.lazy
 * components rendered under the layout's Suspense, not `lazy` routes: a navigation never waits
 * for a chunk before the URL changes.
 */
const router = createBrowserRouter([
  // Frameless screens (the big screen) first: drawn without the header and menu.
  ...ROUTES.filter((route) => route.frameless).map((route) => ({
    path: route.path,
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<ScreenLoading />}>
        <route.page />
      </Suspense>
    ),
    handle: route,
  })),
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: ROUTES.filter((route) => !route.frameless).map((route) =>
          route.path === ''
            ? { index: true, Component: route.page, handle: route }
            : { path: route.path, Component: route.page, handle: route },
        ),
      },
    ],
  },
]);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      // Client errors (4xx) will not change on retry.
      retry: (count, err) =>
        !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
    },
  },
});

/** Starts the session's request before the first render (the header waits for it). */
export function prefetchSession(): void {
  void queryClient.prefetchQuery(sessionQuery);
}

/** Starts the first requests of the screen the app opens on (its route's `data`). */
export function prefetchScreen(
  match: { route: AppRoute; params: RouteParams } | undefined,
  params: URLSearchParams,
): void {
  match?.route.data?.(params, queryClient, match.params);
}

const fontFamily =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif";

/**
 * Colours that reach WCAG AA contrast (4.5:1 for text) on white and on the light greys of table
 * headers and cards (decision 0062). Ant Design's defaults do not: the primary blue #1677ff
 * (links, 4.1:1), secondary text #8c8c8c (3.4:1), placeholders #bfbfbf (1.8:1), the success
 * green #52c41a (2.2:1). Tags' and progress figures' text colours are darkened in accessibility.css.
 */
const ACCESSIBLE_COLOURS = {
  colorPrimary: '#0958d9',
  colorLink: '#0958d9',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
} as const;

/**
 * Ant Design's locale (unwrapped from its CommonJS module, see antd-ug.ts) without the calendar's
 * labels for its year and month buttons ("选择年份"): the buttons show the year and the month
 * and are named by what they show (axe: label-content-name-mismatch, decision 0062).
 */
function withNamedPickerButtons(locale: Locale): Locale {
  const unwrapped = (locale as Locale & { default?: Locale }).default ?? locale;
  const picker = unwrapped.DatePicker;
  if (!picker) return unwrapped;
  const { yearSelect: _y, monthSelect: _m, decadeSelect: _d, ...lang } = picker.lang;
  return { ...unwrapped, DatePicker: { ...picker, lang: lang as typeof picker.lang } };
}
const LOCALES = {
  'zh-CN': withNamedPickerButtons(zhCN),
  en: withNamedPickerButtons(enUS),
  ug: withNamedPickerButtons(ugCN),
} as const;

function Localised() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const ug = language === 'ug';
  const phone = usePhone();
  const reducedMotion = useReducedMotion();
  useEffect(() => {
    dayjs.locale(language === 'en' ? 'en' : ug ? 'ug-cn' : 'zh-cn');
  }, [language, ug]);
  return (
    <ConfigProvider
      locale={language === 'en' ? LOCALES.en : ug ? LOCALES.ug : LOCALES['zh-CN']}
      direction={ug ? 'rtl' : 'ltr'}
      theme={{
        zeroRuntime: true,
        token: {
          ...ACCESSIBLE_COLOURS,
          fontFamily: ug
            ? `'UKIJ Tuz Tom', 'Microsoft Uighur', 'Noto Sans Arabic', ${fontFamily}`
            : fontFamily,
          // on a phone every control is a 44 px touch target (decision 0063)
          ...(phone ? { controlHeight: 44, controlHeightSM: 44 } : {}),
          // no zooming or sliding for those who asked for less motion (decision 0076)
          motion: !reducedMotion,
        },
      }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Localised />
      </QueryClientProvider>
    </StrictMode>
  );
}
