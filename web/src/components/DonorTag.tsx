import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Donor } from '../api/types';

/** Donor name in the interface language (the Chinese one where there is no English name). */
export function donorName(
  donor: { name: string; nameEn?: string | null },
  language: string,
): string {
  return language === 'en' && donor.nameEn ? donor.nameEn : donor.name;
}

/** A donor with its colour swatch (the same colour as on the map). */
export function DonorTag({ donor, color }: { donor: Donor; color: string | undefined }) {
  const { i18n } = useTranslation();
  return (
    <Tag
      title={`${donor.name} · ${donor.nameEn} · ${donor.code}`}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}
    >
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          width: 10,
          height: 10,
          borderRadius: 2,
          background: color ?? '#ccc',
          border: '1px solid rgba(0,0,0,0.25)',
        }}
      />
      {donorName(donor, i18n.language)}
    </Tag>
  );
}
