import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/entry.js';

/** Entry help: the area picker, suggested project codes, bulk warning actions, area filters. */
export const messages: Widen<typeof zh> = {
  codeSuggestion: {
    hint: 'Suggested code {{code}} (programme-year-donor-sequence); you may change it',
    use: 'Use the suggestion',
  },
  areaPicker: {
    placeholder: 'Type a name, pinyin or initials, or browse',
    searching: 'Searching…',
    none: 'No matching area',
    more: '{{count}} more match; type more to narrow',
    loadFailed: 'Could not load the areas',
  },
};
