import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/layout.js';

/** The frame: the app's name, the left menu and the header. */
export const messages: Widen<typeof zh> = {
  app: {
    name: 'شەنخەي',
    title: 'شەنخەي Shanhai',
    subtitle: 'جۈپلىشىپ ياردەم بېرىش ئۇچۇر سۇپىسى',
  },
  nav: {
    main: 'ئاساسلىق يېتەكچى',
    overview: 'ئومۇمىي كۆرۈنۈش',
    pairingsGroup: 'جۈپلىشىش',
    pairings: 'جۈپلىشىش مۇناسىۋىتى ۋە خەرىتە',
    organisations: 'ئورۇنلار مۇندەرىجىسى',
    projects: 'تۈرلەر',
    funds: 'مەبلەغ',
    compliance: 'قائىدىگە ئۇيغۇنلۇق',
    complianceRules: 'ئىككى 80%',
    quality: 'سانلىق مەلۇمات سۈپىتى',
    warnings: 'ئاگاھلاندۇرۇش',
    people: 'ئىختىساسلىقلار',
    training: 'تەربىيەلەش ۋە ئالماشتۇرۇش',
    companies: 'كارخانىلار',
    consumption: 'ئىستېمال ئارقىلىق ياردەم',
    indicators: 'كۆرسەتكۈچلەر',
    analysis: 'تەھلىل',
    data: 'سانلىق مەلۇمات',
    admin: 'سىستېما',
  },
  header: {
    language: 'كۆرۈنمە يۈز تىلى',
    login: 'كىرىش',
    logout: 'چېكىنىش',
    logoutFailed: 'چېكىنىش مەغلۇپ بولدى: {{detail}}',
    findArea: 'رايون ئىزدەش: كود، نامى ياكى پىنيىن باش ھەرپلىرى',
    findAreaNone: 'ماس كېلىدىغان رايون يوق',
    anonymous: 'كىرمىگەن (ئاممىۋى زىيارەت)',
    openMenu: 'تىزىملىكنى ئېچىش',
    menuTitle: 'تىزىملىك',
  },
};
