import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/overview.js';

/** The overview (landing) screen. */
export const messages: Widen<typeof zh> = {
  overview: {
    title: 'Overview',
    intro:
      'Counterpart assistance to Xinjiang: {{donors}} donor provinces and cities paired with Xinjiang prefectures, counties and XPCC divisions.',
    donors: 'Donors',
    pairings: 'Pairings',
    prefectures: 'Recipient prefectures',
    counties: 'Recipient counties',
    xpccCities: 'XPCC cities',
    empty:
      'No pairings yet. Once pairing data is imported, the number of donors, pairings and recipient areas appears here.',
    openPairings: 'Open pairings and map',
    openOrganisations: 'Open organisations',
  },
};
