import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/common.js';

/** Words every screen uses: states, roles, area levels, money units. */
export const messages: Widen<typeof zh> = {
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    errorTitle: 'Could not load the data',
    networkError: 'Cannot reach the server. Check the connection and try again.',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at this address.',
    backHome: 'Back to the overview',
    all: 'All',
    none: '—',
    openEnded: 'open-ended',
    total: '{{count}} in total',
    /** beside a name shown in Chinese because the record has none in the interface language */
    chineseName: 'Chinese',
    unsaved: {
      title: 'Leave this page?',
      text: 'You have changes that are not saved; they will be lost if you leave.',
      leave: 'Leave',
      stay: 'Stay',
    },
  },
  cards: {
    sortBy: 'Sort by',
    ascending: 'Ascending',
    descending: 'Descending',
    noSort: 'Default order',
    showDetail: 'Show details',
    hideDetail: 'Hide details',
  },
  a11y: {
    donor: 'Donor',
    year: 'Year',
    county: 'County',
    mapTable: '{{measure}} by county (highest first)',
    share: 'Share',
    threshold: 'Threshold',
    verdict: 'Result',
    savedShare: 'Share in the saved plan',
    skipToContent: 'Skip to content',
  },
  formModal: {
    save: 'Save',
    cancel: 'Cancel',
    conflict:
      'Someone else changed this record just now; it has been reloaded. Check it and save again.',
  },
  roles: {
    coordinator: 'Coordinator',
    'donor-editor': 'Donor editor',
    'recipient-editor': 'Recipient editor',
    auditor: 'Auditor',
    viewer: 'Viewer',
  },
  levels: {
    province: 'Province',
    prefecture: 'Prefecture',
    county: 'County',
    township: 'Township',
    village: 'Village',
    xpccCity: 'XPCC city',
    xpccCityDivision: 'XPCC city · {{division}}',
  },
  money: {
    wan: '10k yuan',
    exact: 'Exact amount: {{yuan}} yuan',
    withUnit: '{{label}} (10k yuan)',
    inputHint:
      'In units of 10,000 yuan, at most six decimals (one fen), e.g. 12.5 for 125,000 yuan',
    invalid: 'Enter an amount in 10k yuan with at most six decimals, e.g. 12.5',
    required: 'Enter an amount',
    preview: '= {{yuan}} yuan',
  },
};
