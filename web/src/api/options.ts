import { useTranslation } from 'react-i18next';
import { useOrganisations, useProgrammes } from './hooks';
import type { Organisation, Programme } from './types';

/** One option of a select: a value and its label in the interface language. */
export interface SelectOption<V extends string | number = string> {
  value: V;
  label: string;
}

/** The first year a year filter offers. */
export const FIRST_YEAR = 2010;

/** The years a year filter offers, newest first: next year down to {@link FIRST_YEAR}. */
export function filterYears(thisYear = new Date().getFullYear()): number[] {
  return Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => thisYear + 1 - i);
}

/** Years as options whose values are strings, as the URL keeps them. */
export function yearOptions(years: readonly number[] = filterYears()): SelectOption[] {
  return years.map((y) => ({ value: String(y), label: String(y) }));
}

/** Programmes as options: the code, labelled in the interface language. */
export function programmeOptions(items: readonly Programme[], language: string): SelectOption[] {
  return items.map((p) => ({ value: p.code, label: language === 'en' ? p.nameEn : p.name }));
}

/** Organisations (donors) as options: the code, labelled in the interface language. */
export function organisationOptions(
  items: readonly Pick<Organisation, 'code' | 'name' | 'nameEn'>[],
  language: string,
): SelectOption[] {
  return items.map((o) => ({
    value: o.code,
    label: language === 'en' && o.nameEn ? o.nameEn : o.name,
  }));
}

/** The programmes as select options, and whether they are still loading. */
export function useProgrammeOptions(): { options: SelectOption[]; loading: boolean } {
  const { i18n } = useTranslation();
  const programmes = useProgrammes();
  return {
    options: programmeOptions(programmes.data?.items ?? [], i18n.language),
    loading: programmes.isPending,
  };
}

/** The donor provinces as select options, and whether they are still loading. */
export function useDonorOptions(): { options: SelectOption[]; loading: boolean } {
  const { i18n } = useTranslation();
  const donors = useOrganisations('donor-province');
  return {
    options: organisationOptions(donors.data?.items ?? [], i18n.language),
    loading: donors.isPending,
  };
}
