// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Ant Design's own ${label} placeholders, filled by its form
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';

/**
 * Ant Design's strings in Uyghur (Arabic script). Ant Design ships no ug_CN locale (checked in
 * node_modules/antd/locale, version 6), so this one is built on en_US with the strings the app's
 * components show translated: tables, pagination, dialogs, confirmations, empty states, form
 * messages and the date picker's buttons. What is not overridden (tour, QR code, colour picker,
 * the calendar's month names) stays in English (decision 0060).
 */
/**
 * en_US itself. antd/locale/en_US is CommonJS: in the Vite build its default import is the module
 * object with the locale under `default` (what ConfigProvider unwraps, ant-design#57295). Spread
 * as it was, that copy kept `default` pointing at en_US, ConfigProvider unwrapped it and every
 * string below was ignored (seen: "20 / page" and "Start date" on Uyghur screens).
 */
const base: Locale = (enUS as Locale & { default?: Locale }).default ?? enUS;

const typeTemplate = '${label} توغرا ${type} ئەمەس';

export const ugCN: Locale = {
  ...base,
  locale: 'ug-cn',
  Pagination: {
    ...base.Pagination,
    items_per_page: '/ بەت',
    jump_to: 'ئاتلاش',
    jump_to_confirm: 'جەزملەش',
    page: 'بەت',
    prev_page: 'ئالدىنقى بەت',
    next_page: 'كېيىنكى بەت',
    prev_5: 'ئالدىغا 5 بەت',
    next_5: 'كەينىگە 5 بەت',
    prev_3: 'ئالدىغا 3 بەت',
    next_3: 'كەينىگە 3 بەت',
    page_size: 'بەت چوڭلۇقى',
  },
  DatePicker: base.DatePicker && {
    ...base.DatePicker,
    lang: {
      ...base.DatePicker.lang,
      locale: 'ug-cn',
      placeholder: 'چېسلا تاللاڭ',
      rangePlaceholder: ['باشلىنىش چېسلاسى', 'ئاخىرلىشىش چېسلاسى'],
      yearPlaceholder: 'يىل تاللاڭ',
      quarterPlaceholder: 'پەسىل تاللاڭ',
      monthPlaceholder: 'ئاي تاللاڭ',
      weekPlaceholder: 'ھەپتە تاللاڭ',
      rangeYearPlaceholder: ['باشلىنىش يىلى', 'ئاخىرلىشىش يىلى'],
      rangeQuarterPlaceholder: ['باشلىنىش پەسلى', 'ئاخىرلىشىش پەسلى'],
      rangeMonthPlaceholder: ['باشلىنىش ئېيى', 'ئاخىرلىشىش ئېيى'],
      rangeWeekPlaceholder: ['باشلىنىش ھەپتىسى', 'ئاخىرلىشىش ھەپتىسى'],
      today: 'بۈگۈن',
      now: 'ھازىر',
      backToToday: 'بۈگۈنگە قايتىش',
      ok: 'جەزملەش',
      clear: 'تازىلاش',
      month: 'ئاي',
      year: 'يىل',
      previousMonth: 'ئالدىنقى ئاي',
      nextMonth: 'كېيىنكى ئاي',
      previousYear: 'ئالدىنقى يىل',
      nextYear: 'كېيىنكى يىل',
    },
  },
  global: {
    ...base.global,
    placeholder: 'تاللاڭ',
    close: 'تاقاش',
    sortable: 'رەتلىگىلى بولىدۇ',
    show: 'كۆرسىتىش',
    hide: 'يوشۇرۇش',
  },
  Table: {
    ...base.Table,
    filterTitle: 'سۈزگۈچ',
    filterConfirm: 'جەزملەش',
    filterReset: 'قايتا بېكىتىش',
    filterEmptyText: 'سۈزگۈچ يوق',
    filterCheckAll: 'ھەممىنى تاللاش',
    filterSearchPlaceholder: 'سۈزگۈچتىن ئىزدەش',
    emptyText: 'سانلىق مەلۇمات يوق',
    selectAll: 'بۇ بەتنى تاللاش',
    selectInvert: 'بۇ بەتنى تەتۈر تاللاش',
    selectNone: 'ھەممىنى بىكار قىلىش',
    selectionAll: 'ھەممىنى تاللاش',
    sortTitle: 'رەتلەش',
    expand: 'قۇرنى يېيىش',
    collapse: 'قۇرنى يىغىش',
    triggerDesc: 'كېمىيىش تەرتىپىدە رەتلەش',
    triggerAsc: 'ئۆسۈش تەرتىپىدە رەتلەش',
    cancelSort: 'رەتلەشنى بىكار قىلىش',
  },
  Modal: { okText: 'جەزملەش', cancelText: 'بىكار قىلىش', justOkText: 'بولىدۇ' },
  Popconfirm: { okText: 'جەزملەش', cancelText: 'بىكار قىلىش' },
  Upload: {
    ...base.Upload,
    uploading: 'يۈكلەۋاتىدۇ…',
    removeFile: 'ھۆججەتنى ئۆچۈرۈش',
    uploadError: 'يۈكلەش مەغلۇپ بولدى',
    previewFile: 'ھۆججەتنى ئالدىن كۆرۈش',
    downloadFile: 'ھۆججەتنى چۈشۈرۈش',
  },
  Empty: { description: 'سانلىق مەلۇمات يوق' },
  Text: {
    ...base.Text,
    edit: 'تەھرىرلەش',
    copy: 'كۆچۈرۈش',
    copied: 'كۆچۈرۈلدى',
    expand: 'يېيىش',
    collapse: 'يىغىش',
  },
  Form: {
    optional: '(تاللاشچان)',
    defaultValidateMessages: {
      default: '${label} تەكشۈرۈشتىن ئۆتمىدى',
      required: '${label} نى كىرگۈزۈڭ',
      enum: '${label} چوقۇم [${enum}] نىڭ بىرى بولۇشى كېرەك',
      whitespace: '${label} بوش بولسا بولمايدۇ',
      date: {
        format: '${label} چېسلا شەكلى توغرا ئەمەس',
        parse: '${label} نى چېسلاغا ئايلاندۇرغىلى بولمىدى',
        invalid: '${label} توغرا چېسلا ئەمەس',
      },
      types: {
        string: typeTemplate,
        method: typeTemplate,
        array: typeTemplate,
        object: typeTemplate,
        number: typeTemplate,
        date: typeTemplate,
        boolean: typeTemplate,
        integer: typeTemplate,
        float: typeTemplate,
        regexp: typeTemplate,
        email: typeTemplate,
        url: typeTemplate,
        hex: typeTemplate,
      },
      string: {
        len: '${label} ${len} ھەرپ بولۇشى كېرەك',
        min: '${label} كەم دېگەندە ${min} ھەرپ بولۇشى كېرەك',
        max: '${label} كۆپ دېگەندە ${max} ھەرپ بولۇشى كېرەك',
        range: '${label} ${min}-${max} ھەرپ ئارىلىقىدا بولۇشى كېرەك',
      },
      number: {
        len: '${label} ${len} گە تەڭ بولۇشى كېرەك',
        min: '${label} كەم دېگەندە ${min} بولۇشى كېرەك',
        max: '${label} كۆپ دېگەندە ${max} بولۇشى كېرەك',
        range: '${label} ${min}-${max} ئارىلىقىدا بولۇشى كېرەك',
      },
      array: {
        len: '${len} ${label} بولۇشى كېرەك',
        min: 'كەم دېگەندە ${min} ${label}',
        max: 'كۆپ دېگەندە ${max} ${label}',
        range: '${label} سانى ${min}-${max} ئارىلىقىدا بولۇشى كېرەك',
      },
      pattern: { mismatch: '${label} ${pattern} ئەندىزىسىگە ماس كەلمىدى' },
    },
  },
};
