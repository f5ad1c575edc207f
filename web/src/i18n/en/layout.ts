import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/layout.js';

/** The frame: the app's name, the left menu and the header. */
export const messages: Widen<typeof zh> = {
  app: {
    name: 'Shanhai',
    title: '山海 Shanhai',
    subtitle: 'Counterpart assistance platform',
  },
  nav: {
    main: 'Main navigation',
    overview: 'Overview',
    pairingsGroup: 'Pairings',
    pairings: 'Pairings and map',
    organisations: 'Organisations',
    projects: 'Projects',
    funds: 'Funds',
    compliance: 'Compliance',
    complianceRules: 'Two 80% rules',
    quality: 'Data quality',
    warnings: 'Warnings',
    people: 'People',
    training: 'Training & exchange',
    companies: 'Companies',
    consumption: 'Consumption aid',
    indicators: 'Indicators',
    analysis: 'Analysis',
    data: 'Data',
    admin: 'Admin',
  },
  header: {
    language: 'Language',
    login: 'Log in',
    logout: 'Log out',
    logoutFailed: 'Could not log out: {{detail}}',
    findArea: 'Find an area: code, name or initials',
    findAreaNone: 'No matching area',
    anonymous: 'Not logged in (public access)',
    openMenu: 'Open the menu',
    menuTitle: 'Menu',
  },
};
