/** Names of donors in the interface language, and the donors a form may offer. */
import { useTranslation } from 'react-i18next';
import { grantOrganisations } from '../lib/grants';
import { useOrganisations, useSession } from './hooks';
import { useDonorOptions } from './options';

/**
 * A donor's name in the interface language: the English name of a donor province or city when
 * the interface is English and the organisation list has it, else the name the record carries.
 */
export function useDonorName(): (donor: {
  code: string;
  name: string;
  nameEn?: string | null;
}) => string {
  const { i18n } = useTranslation();
  const donors = useOrganisations('donor-province');
  return (donor) => {
    if (i18n.language !== 'en') return donor.name;
    if (donor.nameEn) return donor.nameEn;
    const org = donors.data?.items.find((o) => o.code === donor.code);
    return org?.nameEn || donor.name;
  };
}

/**
 * The donors a new record may be for: those of the caller's grants when they name any (a donor
 * editor), else every donor province (the programme office). The server still checks.
 */
export function useWritableDonorOptions(): { options: { value: string; label: string }[] } {
  const session = useSession();
  const all = useDonorOptions();
  const name = useDonorName();
  const own = grantOrganisations(session.data?.user);
  if (own.length > 0) return { options: own.map((o) => ({ value: o.code, label: name(o) })) };
  return { options: all.options };
}
