import { isolate } from './projectName.js';

/** An area as the API names it: Chinese, English (decision 0034) and Uyghur (decision 0079). */
export type NamedArea = { name: string; nameEn?: string | null; nameUg?: string | null };

/**
 * An area's name in the interface language as plain text (chart labels, tooltips, joined
 * lists): the English name in English (和田地区 → Hotan Prefecture; decision 0034), the Uyghur
 * name in Uyghur (خوتەن ۋىلايىتى; decision 0079), else the Chinese name — on a Uyghur screen as
 * an isolated run so that it keeps its order inside right-to-left text. Where markup is
 * possible, `<AreaName>` also marks that fallback as Chinese.
 */
export function areaName(area: NamedArea, language: string): string {
  if (language === 'en' && area.nameEn) return area.nameEn;
  if (language === 'ug') return area.nameUg || isolate(area.name);
  return area.name;
}
