import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/entry.js';

/** Entry help: the area picker, suggested project codes, bulk warning actions, area filters. */
export const messages: Widen<typeof zh> = {
  codeSuggestion: {
    hint: 'تەۋسىيە قىلىنغان كود {{code}} (ياردەم پىلانى-يىل-ياردەم بەرگۈچى-تەرتىپ نومۇرى)، ئۆزگەرتكىلى بولىدۇ',
    use: 'تەۋسىيەنى ئىشلىتىش',
  },
  areaPicker: {
    placeholder: 'نامى، پىنيىنى ياكى باش ھەرپلىرىنى كىرگۈزۈڭ، ياكى يېيىپ تاللاڭ',
    searching: 'ئىزدەۋاتىدۇ…',
    none: 'ماس كېلىدىغان رايون يوق',
    more: 'يەنە {{count}} ماس كېلىدىغىنى بار، تېخىمۇ كۆپ ھەرپ كىرگۈزۈڭ',
    loadFailed: 'رايونلارنى يۈكلەش مەغلۇپ بولدى',
  },
};
