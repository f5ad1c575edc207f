import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/common.js';

/** Words every screen uses: states, roles, area levels, money units. */
export const messages: Widen<typeof zh> = {
  common: {
    loading: 'يۈكلەۋاتىدۇ…',
    retry: 'قايتا سىناش',
    errorTitle: 'سانلىق مەلۇماتنى يۈكلەش مەغلۇپ بولدى',
    networkError: 'مۇلازىمېتىرغا ئۇلانغىلى بولمىدى، تورنى تەكشۈرۈپ قايتا سىناڭ.',
    notFoundTitle: 'بەت تېپىلمىدى',
    notFoundText: 'سىز زىيارەت قىلغان ئادرېسقا ماس كېلىدىغان بەت يوق.',
    backHome: 'ئومۇمىي كۆرۈنۈشكە قايتىش',
    all: 'ھەممىسى',
    none: '—',
    openEnded: 'ھازىرغىچە',
    chineseName: 'خەنزۇچە',
    total: 'جەمئىي {{count}} خاتىرە',
    unsaved: {
      title: 'بۇ بەتتىن ئايرىلامسىز؟',
      text: 'ساقلانمىغان ئۆزگەرتىشلەر بار، ئايرىلسىڭىز بۇ ئۆزگەرتىشلەر يوقىلىدۇ.',
      leave: 'ئايرىلىش',
      stay: 'بۇ بەتتە قېلىش',
    },
  },
  cards: {
    sortBy: 'تەرتىپلەش ئۇسۇلى',
    ascending: 'ئۆرلەش تەرتىپى',
    descending: 'چۈشۈش تەرتىپى',
    noSort: 'سۈكۈتتىكى تەرتىپ',
    showDetail: 'تەپسىلاتىنى ئېچىش',
    hideDetail: 'تەپسىلاتىنى يىغىش',
  },
  a11y: {
    donor: 'ياردەم بەرگۈچى تەرەپ',
    year: 'يىل',
    county: 'ناھىيە-شەھەر',
    mapTable: 'ھەر قايسى ناھىيە-شەھەرلەرنىڭ {{measure}} (سان قىممىتى بويىچە يۇقىرىدىن تۆۋەنگە)',
    skipToContent: 'ئاساسىي مەزمۇنغا ئاتلاش',
    share: 'نىسبەت',
    threshold: 'ئۆلچەم سىزىقى',
    verdict: 'ئۆلچەمگە يەتتىمۇ',
    savedShare: 'ساقلانغان پىلاندىكى نىسبىتى',
  },
  formModal: {
    save: 'ساقلاش',
    cancel: 'بىكار قىلىش',
    conflict:
      'بۇ خاتىرىنى باشقىلار ھازىرلا ئۆزگەرتتى، ئەڭ يېڭى مەزمۇن قايتا يۈكلەندى. تەكشۈرۈپ بولۇپ ئاندىن ساقلاڭ.',
  },
  roles: {
    coordinator: 'ماسلاشتۇرغۇچى',
    'donor-editor': 'ياردەم بەرگۈچى تەرەپ تولدۇرغۇچىسى',
    'recipient-editor': 'ياردەم قوبۇل قىلغۇچى تەرەپ تولدۇرغۇچىسى',
    auditor: 'تەپتىشچى',
    viewer: 'كۆرگۈچى',
  },
  levels: {
    province: 'ئۆلكە دەرىجىلىك',
    prefecture: 'ۋىلايەت دەرىجىلىك',
    county: 'ناھىيە دەرىجىلىك',
    township: 'يېزا دەرىجىلىك',
    village: 'كەنت دەرىجىلىك',
    xpccCity: 'بىڭتۇەن شەھىرى',
    xpccCityDivision: 'بىڭتۇەن شەھىرى · {{division}}',
  },
  money: {
    wan: 'تۈمەن يۈەن',
    exact: 'ئېنىق سومما: {{yuan}} يۈەن',
    /** a label or column header with the unit: every amount under it is in 万元 */
    withUnit: '{{label}} (تۈمەن يۈەن)',
    inputHint:
      'تۈمەن يۈەن بىرلىكىدە، ئەڭ كۆپ ئالتە خانە ئونلۇق (فېنگىچە ئېنىق)، مەسىلەن 12.5 يەنى 125,000 يۈەن',
    invalid: 'تۈمەن يۈەن بىرلىكىدە سومما كىرگۈزۈڭ، ئەڭ كۆپ ئالتە خانە ئونلۇق، مەسىلەن 12.5',
    required: 'سوممىنى كىرگۈزۈڭ',
    preview: 'يەنى {{yuan}} يۈەن',
  },
};
