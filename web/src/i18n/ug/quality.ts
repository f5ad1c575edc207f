import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/quality.js';

/** Programme-wide data-quality findings. */
export const messages: Widen<typeof zh> = {
  qualityPage: {
    title: 'سانلىق مەلۇمات سۈپىتى',
    intro:
      'تۈر سانلىق مەلۇماتى قائىدە بويىچە تەكشۈرۈلىدۇ: «ئېغىر» مەبلەغنى تەۋە قىلغىلى بولمايدۇ، «خاتالىق» تۈزىتىلگەندىن كېيىنلا خاتىرە تولۇق ھېسابلىنىدۇ، «ئاگاھلاندۇرۇش» تەكشۈرۈشكە ئەرزىيدۇ. ستاتىستىكا دائىرىسى تاللانغان ياردەم پىلانى، يىل ۋە ياردەم بەرگۈچى تەرەپ ئاستىدىكى سىز كۆرەلەيدىغان تۈرلەر؛ سۈزۈش شەرتلىرى تور ئادرېسىدا ساقلىنىدۇ.',
    filters: 'سانلىق مەلۇمات سۈپىتى سۈزگۈچى',
    programme: 'ياردەم پىلانى',
    year: 'يىل',
    allYears: 'بارلىق يىللار',
    donor: 'ياردەم بەرگۈچى تەرەپ',
    allDonors: 'بارلىق ياردەم بەرگۈچى تەرەپلەر',
    severity: 'ئېغىرلىق دەرىجىسى',
    allSeverities: 'ھەممىسى',
    rule: 'قائىدە',
    allRules: 'بارلىق قائىدىلەر',
    clearFilters: 'سۈزگۈچنى تازىلاش',
    severities: {
      critical: 'ئېغىر',
      error: 'خاتالىق',
      warning: 'ئاگاھلاندۇرۇش',
    },
    projectsChecked: '{{count}} تۈر تەكشۈرۈلدى',
    bySeverity: 'ئېغىرلىق دەرىجىسى بويىچە',
    byRule: 'قائىدە بويىچە',
    filterBySeverity: 'پەقەت «{{severity}}» نىلا كۆرۈش: {{count}}',
    filterByRule: 'پەقەت «{{rule}}» قائىدىسىنىلا كۆرۈش: {{count}}',
    colCount: 'مەسىلە سانى',
    colProject: 'تۈر',
    colSeverity: 'ئېغىرلىق دەرىجىسى',
    colRule: 'قائىدە',
    colField: 'بۆلەك',
    colMessage: 'مەسىلە',
    empty: 'تاللانغان دائىرىدىكى تۈرلەردە سانلىق مەلۇمات سۈپىتى مەسىلىسى بايقالمىدى.',
    noMatch: 'شەرتكە ماس كېلىدىغان مەسىلە يوق.',
  },
};
