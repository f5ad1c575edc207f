/**
 * An area's name in the interface language: the English name in English (和田地区 → Hotan
 * Prefecture; decision 0034), the Chinese name otherwise or when no English one came.
 */
export function areaName(area: { name: string; nameEn?: string | null }, language: string): string {
  return language === 'en' && area.nameEn ? area.nameEn : area.name;
}
