/**
 * The main screens of issue 13 (login, the three homes, the registry, a project page, the
 * data-entry form, compliance, the public pages), as the accessibility tests open them at
 * desktop (test/browser/accessibility.test.ts) and phone size (test/browser/reach.test.ts).
 */
export const ENTRY = '/indicators/entry?set=revolutionary-areas-annual&reporter=150125&period=2025';

export interface MainScreen {
  name: string;
  /** null: without a session */
  who: string | null;
  /** 'PROJECT': a project page the test picks */
  path: string;
  /** what shows once the screen has its data */
  ready: string;
}

export const MAIN_SCREENS: readonly MainScreen[] = [
  { name: 'login', who: null, path: '/login', ready: 'input[type="password"]' },
  {
    name: 'home-coordinator',
    who: 'demo-coordinator',
    path: '/',
    ready: '[data-testid="home-rules-chart"]',
  },
  { name: 'home-donor', who: 'demo-beijing', path: '/', ready: '[data-testid="home-figures"]' },
  { name: 'home-recipient', who: 'demo-hotan', path: '/', ready: '[data-testid="home-figures"]' },
  {
    name: 'registry',
    who: 'demo-coordinator',
    path: '/projects',
    ready: '.ant-table [data-fen], [data-layout="cards"] [data-fen]',
  },
  {
    name: 'project',
    who: 'demo-coordinator',
    path: 'PROJECT',
    ready: '[data-testid="project-code"]',
  },
  { name: 'entry', who: 'demo-coordinator', path: ENTRY, ready: '[data-testid="entry-form"]' },
  {
    name: 'compliance',
    who: 'demo-coordinator',
    path: '/compliance',
    ready: '[data-testid="compliance-county-all"]',
  },
  { name: 'public', who: null, path: '/public', ready: '[data-testid="public-figures"]' },
  { name: 'public-map', who: null, path: '/public/map', ready: '[data-rendered="true"]' },
  {
    name: 'public-donor',
    who: null,
    path: '/public/donors/310000',
    ready: '.ant-table-row, [data-layout="cards"] [role="listitem"]',
  },
  {
    name: 'public-area',
    who: null,
    path: '/public/areas/653200',
    ready: '.ant-table-row, [data-layout="cards"] [role="listitem"]',
  },
];
