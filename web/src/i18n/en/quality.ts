import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/quality.js';

/** Programme-wide data-quality findings. */
export const messages: Widen<typeof zh> = {
  qualityPage: {
    title: 'Data quality',
    intro:
      'Project records checked against the rules: “critical” means the money cannot be attributed, an “error” must be fixed before the record is complete, a “warning” is worth a look. Counted over the projects you may see in the chosen programme, year and donor; the filters are kept in the address.',
    filters: 'Data-quality filters',
    programme: 'Programme',
    year: 'Year',
    allYears: 'All years',
    donor: 'Donor',
    allDonors: 'All donors',
    severity: 'Severity',
    allSeverities: 'All',
    rule: 'Rule',
    allRules: 'All rules',
    clearFilters: 'Clear filters',
    severities: {
      critical: 'Critical',
      error: 'Error',
      warning: 'Warning',
    },
    projectsChecked: 'Projects checked: {{count}}',
    bySeverity: 'By severity',
    byRule: 'By rule',
    filterBySeverity: 'Only “{{severity}}”: findings: {{count}}',
    filterByRule: 'Only the rule “{{rule}}”, findings: {{count}}',
    colCount: 'Findings',
    colProject: 'Project',
    colSeverity: 'Severity',
    colRule: 'Rule',
    colField: 'Field',
    colMessage: 'Finding',
    empty: 'No data-quality findings on the projects in this scope.',
    noMatch: 'No finding matches the filters.',
  },
};
