/**
 * The screens of the app, in one table read by both the router (App.tsx) and the left menu
 * (layout/AppLayout.tsx): a new screen is one entry here.
 */
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FundOutlined,
  LineChartOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShopOutlined,
  ShoppingCartOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import { matchRoutes } from 'react-router';
import { IMPORT_CAPABILITIES } from './api/transfer';
import type { Capability } from './api/types';
import { complianceData } from './pages/compliance/complianceData';
import { homeData } from './pages/home/homeData';
import { pairingsData } from './pages/pairings/pairingsData';
import { projectData } from './pages/project/projectData';
import { registryData } from './pages/projectsQuery';

/**
 * A group of the left menu, in menu order. A section shows only with a screen the user may open:
 * the later modules' sections (people, training …) appear with their first screen.
 */
export interface MenuSection {
  key: string;
  /** The i18n key of its label. */
  label: string;
  icon: ReactNode;
}

export const MENU_SECTIONS: readonly MenuSection[] = [
  { key: 'overview', label: 'nav.overview', icon: <DashboardOutlined /> },
  { key: 'pairings-group', label: 'nav.pairingsGroup', icon: <ApartmentOutlined /> },
  { key: 'projects', label: 'nav.projects', icon: <ProjectOutlined /> },
  { key: 'funds-group', label: 'nav.funds', icon: <FundOutlined /> },
  { key: 'compliance-group', label: 'nav.compliance', icon: <SafetyCertificateOutlined /> },
  { key: 'warnings', label: 'nav.warnings', icon: <WarningOutlined /> },
  { key: 'people', label: 'nav.people', icon: <TeamOutlined /> },
  { key: 'training', label: 'nav.training', icon: <AuditOutlined /> },
  { key: 'companies', label: 'nav.companies', icon: <ShopOutlined /> },
  { key: 'consumption', label: 'nav.consumption', icon: <ShoppingCartOutlined /> },
  { key: 'indicators', label: 'nav.indicators', icon: <LineChartOutlined /> },
  { key: 'analysis', label: 'nav.analysis', icon: <BarChartOutlined /> },
  { key: 'data', label: 'nav.data', icon: <DatabaseOutlined /> },
  { key: 'admin', label: 'nav.admin', icon: <SettingOutlined /> },
];

/** Where a screen sits in the left menu. */
export type MenuPlace =
  /** The section itself links to the screen (a section with one screen). */
  | { section: string }
  /** An entry of the section, with its own label (an i18n key). */
  | { section: string; label: string }
  /** Not in the menu; the entry of the screen at `path` is highlighted while it shows. */
  | { highlight: string };

export interface AppRoute {
  /** The router path below `/` ('' for the home page). */
  path: string;
  /** The screen, loaded on first use (one chunk per screen); `page.preload()` fetches it early. */
  page: Screen;
  menu?: MenuPlace;
  /**
   * The session's `can` that puts the screen in the menu (who may ever open it); several: any
   * one of them.
   */
  can?: Capability | readonly Capability[];
  /** In the menu only for a signed-in user (a screen over endpoints that need a session). */
  signedIn?: boolean;
  /** Drawn without the frame (header, menu): the big screen. */
  frameless?: boolean;
  /**
   * The screen's first requests for its URL's parameters: main.tsx starts them with the screen's
   * chunk when the app opens on this screen, so the answers are not waiting for its code.
   * `path` holds the path's parameters (`projects/:code` → `{ code }`).
   */
  data?: (params: URLSearchParams, client: QueryClient, path: RouteParams) => void;
}

/** The parameters of a route's path, as the router decodes them. */
export type RouteParams = Readonly<Record<string, string | undefined>>;

/** A lazily loaded screen that can be fetched before it renders. */
export type Screen = LazyExoticComponent<ComponentType> & {
  /** Starts loading the screen's chunk (once; later calls share the load). */
  preload: () => Promise<unknown>;
};

/**
 * A screen exported by name from its module, loaded lazily. `preload` and React share one load:
 * main.tsx starts the current URL's screen together with the app's own code (no waterfall of
 * app code → first render → screen chunk), and the menu starts a screen on hover or focus.
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): Screen {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const get = () => {
    loading ??= load().then((m) => ({ default: m[name] }));
    return loading;
  };
  return Object.assign(lazy(get), { preload: get });
}

export const ROUTES: readonly AppRoute[] = [
  {
    path: '',
    page: screen(() => import('./pages/OverviewPage'), 'OverviewPage'),
    menu: { section: 'overview' },
    data: homeData,
  },
  { path: 'login', page: screen(() => import('./pages/LoginPage'), 'LoginPage') },
  // The public pages (decision 0055): no login, their own frame.
  {
    path: 'public',
    page: screen(() => import('./pages/public/PublicPages'), 'PublicOverviewPage'),
    frameless: true,
  },
  {
    path: 'public/map',
    page: screen(() => import('./pages/public/PublicPages'), 'PublicMapPage'),
    frameless: true,
  },
  {
    path: 'public/donors/:code',
    page: screen(() => import('./pages/public/PublicPages'), 'PublicDonorPage'),
    frameless: true,
  },
  {
    path: 'public/areas/:code',
    page: screen(() => import('./pages/public/PublicPages'), 'PublicAreaPage'),
    frameless: true,
  },
  {
    path: 'pairings',
    page: screen(() => import('./pages/PairingsPage'), 'PairingsPage'),
    menu: { section: 'pairings-group', label: 'nav.pairings' },
    data: pairingsData,
  },
  {
    path: 'areas/:code',
    page: screen(() => import('./pages/AreaPage'), 'AreaPage'),
    menu: { highlight: 'pairings' },
  },
  {
    path: 'organisations',
    page: screen(() => import('./pages/OrganisationsPage'), 'OrganisationsPage'),
    menu: { section: 'pairings-group', label: 'nav.organisations' },
  },
  {
    path: 'projects',
    page: screen(() => import('./pages/ProjectsPage'), 'ProjectsPage'),
    menu: { section: 'projects' },
    data: registryData,
  },
  {
    path: 'projects/new',
    page: screen(() => import('./pages/ProjectNewPage'), 'ProjectNewPage'),
    menu: { highlight: 'projects' },
  },
  {
    path: 'projects/:code',
    page: screen(() => import('./pages/ProjectPage'), 'ProjectPage'),
    menu: { highlight: 'projects' },
    data: projectData,
  },
  {
    path: 'projects/:code/edit',
    page: screen(() => import('./pages/ProjectEditPage'), 'ProjectEditPage'),
    menu: { highlight: 'projects' },
  },
  {
    path: 'plans',
    page: screen(() => import('./pages/PlansPage'), 'PlansPage'),
    menu: { section: 'funds-group', label: 'plans.nav' },
    can: 'plans.read',
  },
  {
    path: 'plans/:id',
    page: screen(() => import('./pages/PlanPage'), 'PlanPage'),
    menu: { highlight: 'plans' },
  },
  {
    path: 'compliance',
    page: screen(() => import('./pages/CompliancePage'), 'CompliancePage'),
    menu: { section: 'compliance-group', label: 'nav.complianceRules' },
    can: 'compliance.read',
    data: complianceData,
  },
  {
    path: 'quality',
    page: screen(() => import('./pages/QualityPage'), 'QualityPage'),
    menu: { section: 'compliance-group', label: 'nav.quality' },
  },
  {
    path: 'people',
    page: screen(() => import('./pages/PeoplePage'), 'PeoplePage'),
    menu: { section: 'people', label: 'people.nav.roster' },
    can: 'people.read',
  },
  {
    path: 'people/new',
    page: screen(() => import('./pages/PersonNewPage'), 'PersonNewPage'),
    menu: { highlight: 'people' },
  },
  {
    path: 'people/batches/:id',
    page: screen(() => import('./pages/BatchPage'), 'BatchPage'),
    menu: { highlight: 'people' },
  },
  {
    path: 'people/:id',
    page: screen(() => import('./pages/PersonPage'), 'PersonPage'),
    menu: { highlight: 'people' },
  },
  {
    path: 'teams',
    page: screen(() => import('./pages/TeamsPage'), 'TeamsPage'),
    menu: { section: 'people', label: 'people.nav.teams' },
    can: 'teams.read',
  },
  {
    path: 'mentoring',
    page: screen(() => import('./pages/MentoringPage'), 'MentoringPage'),
    menu: { section: 'people', label: 'people.nav.mentoring' },
    can: 'mentoring.read',
  },
  {
    path: 'institution-pairings',
    page: screen(() => import('./pages/InstitutionPairingsPage'), 'InstitutionPairingsPage'),
    menu: { section: 'pairings-group', label: 'people.nav.institutionPairings' },
    can: 'institutionPairings.read',
  },
  {
    path: 'warnings',
    page: screen(() => import('./pages/WarningsPage'), 'WarningsPage'),
    menu: { section: 'warnings' },
  },
  {
    path: 'training',
    page: screen(() => import('./pages/TrainingPage'), 'TrainingPage'),
    menu: { section: 'training', label: 'training.nav' },
    can: 'training.read',
  },
  {
    path: 'training/programmes/:code',
    page: screen(() => import('./pages/TrainingProgrammePage'), 'TrainingProgrammePage'),
    menu: { highlight: 'training' },
  },
  {
    path: 'exchanges',
    page: screen(() => import('./pages/ExchangesPage'), 'ExchangesPage'),
    menu: { section: 'training', label: 'exchanges.nav' },
    can: 'training.read',
  },
  {
    path: 'companies',
    page: screen(() => import('./pages/CompaniesPage'), 'CompaniesPage'),
    menu: { section: 'companies', label: 'companies.nav' },
    can: 'companies.read',
  },
  {
    path: 'companies/:id',
    page: screen(() => import('./pages/CompanyPage'), 'CompanyPage'),
    menu: { highlight: 'companies' },
  },
  {
    path: 'company-cases',
    page: screen(() => import('./pages/CompanyCasesPage'), 'CompanyCasesPage'),
    menu: { section: 'companies', label: 'cases.nav' },
    can: 'companies.read',
  },
  {
    path: 'consumption',
    page: screen(() => import('./pages/ConsumptionPage'), 'ConsumptionPage'),
    menu: { section: 'consumption' },
    can: 'consumption.read',
  },
  {
    path: 'consumption/bulk',
    page: screen(() => import('./pages/ConsumptionBulkPage'), 'ConsumptionBulkPage'),
    menu: { highlight: 'consumption' },
  },
  {
    path: 'indicators/entry',
    page: screen(() => import('./pages/IndicatorEntryPage'), 'IndicatorEntryPage'),
    menu: { section: 'indicators', label: 'dataEntry.nav' },
    can: 'indicators.read',
  },
  {
    path: 'indicators/completeness',
    page: screen(() => import('./pages/CompletenessPage'), 'CompletenessPage'),
    menu: { section: 'indicators', label: 'completeness.nav' },
    can: 'indicators.read',
  },
  {
    path: 'analysis',
    page: screen(() => import('./pages/AnalysisPage'), 'AnalysisPage'),
    menu: { section: 'analysis', label: 'analysis.nav.pivot' },
    signedIn: true,
  },
  {
    path: 'analysis/dashboards',
    page: screen(() => import('./pages/DashboardsPage'), 'DashboardsPage'),
    menu: { section: 'analysis', label: 'analysis.nav.dashboards' },
    signedIn: true,
  },
  {
    path: 'big-screen',
    page: screen(() => import('./pages/BigScreenPage'), 'BigScreenPage'),
    menu: { section: 'analysis', label: 'analysis.nav.bigScreen' },
    signedIn: true,
    frameless: true,
  },
  {
    path: 'imports',
    page: screen(() => import('./pages/ImportPage'), 'ImportPage'),
    menu: { section: 'data', label: 'imports.nav' },
    // Whoever may import some kind: each kind's own write policy (a people editor alone too).
    can: IMPORT_CAPABILITIES,
  },
  {
    path: 'reports/donor/:code',
    page: screen(() => import('./pages/ReportPage'), 'ReportPage'),
    frameless: true,
  },
  {
    path: 'reports/area/:code',
    page: screen(() => import('./pages/ReportPage'), 'ReportPage'),
    frameless: true,
  },
  { path: '*', page: screen(() => import('./pages/NotFoundPage'), 'NotFoundPage') },
];

/**
 * The route a browser path shows, ranked as the router ranks them (`projects/new` before
 * `projects/:code`), or undefined.
 */
export function routeOf(pathname: string): AppRoute | undefined {
  return matchOf(pathname)?.route;
}

/** `routeOf` with the path's parameters (`/projects/XJ-1` → `{ code: 'XJ-1' }`). */
export function matchOf(pathname: string): { route: AppRoute; params: RouteParams } | undefined {
  const match = matchRoutes(
    ROUTES.map((route) => ({ path: route.path === '' ? '/' : `/${route.path}`, route })),
    pathname,
  )?.at(-1);
  if (!match) return undefined;
  return { route: (match.route as { route: AppRoute }).route, params: match.params };
}

/** The URL of a route without parameters (`plans` → `/plans`); also its menu entry's key. */
export function hrefOf(path: string): string {
  return `/${path}`;
}

/** The menu entry to highlight while a route shows: its own, or the one it names. */
export function menuKeyOf(route: AppRoute | undefined): string | undefined {
  if (!route?.menu) return undefined;
  return hrefOf('highlight' in route.menu ? route.menu.highlight : route.path);
}
