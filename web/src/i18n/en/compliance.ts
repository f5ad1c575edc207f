import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/compliance.js';

/** The two 80% rules table and its drill-down. */
export const messages: Widen<typeof zh> = {
  compliance: {
    title: 'Compliance: the two 80% rules',
    intro:
      'For each donor, the share of the year’s funds spent at county level and below, and on livelihood. The selection is kept in the address.',
    programme: 'Programme',
    year: 'Year',
    basis: 'Basis',
    basisPlan: 'Plan',
    basisActual: 'Actual disbursements',
    thresholds: 'Thresholds: county and below ≥ {{county}}, livelihood ≥ {{livelihood}}',
    noThresholds: 'No thresholds apply in this year.',
    colDonor: 'Donor',
    colTotal: 'Total',
    colCounty: 'County and below',
    colLivelihood: 'Livelihood',
    colMarginCounty: 'County margin',
    colMarginLivelihood: 'Livelihood margin',
    colCrossPair: 'Cross-pair funds',
    pass: 'Pass',
    fail: 'Fail',
    notApplicable: 'n/a',
    marginHint: 'Positive: above the threshold; negative: the shortfall',
    culpritsCounty: 'Projects pulling the county-and-below share down',
    culpritsLivelihood: 'Projects pulling the livelihood share down',
    culpritsShown: 'The {{shown}} largest of {{total}}; open the donor’s details for all',
    colProject: 'Project',
    colOffending: 'Amount at issue',
    colFixesAlone: 'Moving it alone fixes the rule',
    fixesYes: 'Yes',
    fixesNo: 'No',
    empty: 'No donor funds recorded for this year.',
    loginTitle: 'Please sign in',
    loginText:
      'Compliance figures are open to coordinators, auditors and donor editors. Sign in to see them.',
    forbiddenTitle: 'Not allowed',
    forbiddenText:
      'Your role may not see compliance figures (not yet open to recipient editors and viewers).',
    openDetail: 'Open the project breakdown of {{donor}}',
    detailTitle: '{{donor}} · {{year}} · {{basis}}',
    colAmount: 'Amount counted',
    colAboveCounty: 'Above county',
    colUnlocated: 'Unlocated',
    colLivelihoodShare: 'Livelihood share',
    detailEmpty: 'No project of this donor counts on this basis.',
    sortLabel: 'Sort',
    sorts: {
      code: 'By code',
      county: 'By county-rule shortfall',
      livelihood: 'By livelihood-rule shortfall',
    },
    culpritsInAll: '{{title}}: {{total}} in all; the compliance table lists the {{shown}} largest.',
    sortByThis: 'Sort by this shortfall to see them all',
  },
};
