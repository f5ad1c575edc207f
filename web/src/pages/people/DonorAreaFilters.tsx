import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDonorOptions } from '../../api/options';
import { AreaPicker } from '../../components/AreaPicker';
import { FilterBar, FilterSelect } from '../../components/FilterBar';

/** The donor and area filters of the issue-9 lists (teams, mentoring, institution pairings). */
export function DonorAreaFilters({
  label,
  idPrefix,
  donor,
  area,
  onChange,
  children,
  extraFiltered = false,
  onClear,
}: {
  label: string;
  idPrefix: string;
  donor: string;
  area: string;
  onChange: (changes: Record<string, string | undefined>) => void;
  children?: ReactNode;
  extraFiltered?: boolean;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const donors = useDonorOptions();
  return (
    <FilterBar label={label}>
      {children}
      <FilterSelect
        id={`${idPrefix}-donor`}
        label={t('people.donor')}
        width={150}
        searchable
        placeholder={t('people.allDonors')}
        value={donor}
        {...donors}
        onChange={(value) => onChange({ donor: value })}
      />
      <Space size={6}>
        <label htmlFor={`${idPrefix}-area`}>{t('people.area')}</label>
        <AreaPicker
          id={`${idPrefix}-area`}
          within="650000"
          style={{ width: 220 }}
          placeholder={t('people.areaPlaceholder')}
          value={area || undefined}
          onChange={(code) => onChange({ area: code })}
        />
      </Space>
      {donor || area || extraFiltered ? (
        <Button onClick={onClear}>{t('people.clearFilters')}</Button>
      ) : null}
    </FilterBar>
  );
}
