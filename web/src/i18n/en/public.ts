import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/public.js';

/** The public pages (decision 0055): no login, published projects only. */
export const messages: Widen<typeof zh> = {
  publicView: {
    brand: 'Shanhai · Xinjiang counterpart assistance open data',
    nav: { overview: 'National overview', map: 'Map' },
    login: 'Staff login',
    fromLogin: 'No login needed: the programme’s open data (national overview, map)',
    language: 'Language',
    published:
      'Only published projects are counted here; no figure includes an unpublished project. Money in 10,000 yuan.',
    overviewTitle: 'National overview',
    mapTitle: 'Map by county',
    donorTitle: '{{name}}: open data',
    areaTitle: '{{name}}: open data',
    figures: {
      projects: 'Projects',
      committed_fen: 'Committed',
      disbursed_fen: 'Disbursed',
      spent_fen: 'Spent',
      jobs_created: 'Jobs created',
    },
    byYear: 'Disbursed by year',
    byYearTable: 'By year',
    byDonor: 'By donor',
    byArea: 'By area',
    byPrefecture: 'By prefecture',
    byCounty: 'By county',
    year: 'Year',
    donor: 'Donor',
    area: 'Area',
    downloads: 'Open data',
    csv: 'Download this page’s figures (CSV)',
    iati: 'Download the IATI activity file (XML)',
    iatiOrganisations: 'Download the IATI donor organisations file (XML)',
    measure: 'Measure',
    allYears: 'All years',
    empty: 'No published figures yet',
    notFound: 'No such page',
    parent: 'Part of {{name}}',
    back: 'Back to the national overview',
    mapHint: 'Click a county to open its open data.',
  },
};
