import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDonorOptions, yearOptions } from '../../api/options';
import { useTrainingProgrammes } from '../../api/training';
import { AreaPicker } from '../../components/AreaPicker';
import { FilterBar, FilterSelect } from '../../components/FilterBar';
import { useUrlState } from '../../lib/urlState';

/** The training filters kept in the URL, and the API query they make. */
export function useTrainingFilters() {
  const { params, update } = useUrlState();
  const trainingProgramme = params.get('tp') ?? '';
  const donor = params.get('donor') ?? '';
  const area = params.get('area') ?? '';
  const year = params.get('year') ?? '';
  const query = {
    trainingProgramme: trainingProgramme || undefined,
    donor: donor || undefined,
    area: area || undefined,
    from: year ? `${year}-01-01` : undefined,
    to: year ? `${year}-12-31` : undefined,
  };
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });
  return {
    trainingProgramme,
    donor,
    area,
    year,
    query,
    filtered: !!(trainingProgramme || donor || area || year),
    setFilter,
  };
}

export function TrainingFilters({
  filters,
  programmeFixed = false,
}: {
  filters: ReturnType<typeof useTrainingFilters>;
  programmeFixed?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const programmes = useTrainingProgrammes(!programmeFixed);
  const donors = useDonorOptions();
  const { setFilter } = filters;
  return (
    <FilterBar label={t('training.filters')}>
      {programmeFixed ? null : (
        <FilterSelect
          id="tf-programme"
          label={t('training.trainingProgramme')}
          width={180}
          placeholder={t('training.allProgrammes')}
          value={filters.trainingProgramme}
          loading={programmes.isPending}
          options={(programmes.data?.items ?? []).map((p) => ({
            value: p.code,
            label: i18n.language === 'en' ? p.nameEn : p.name,
          }))}
          onChange={(value) => setFilter({ tp: value })}
        />
      )}
      <FilterSelect
        id="tf-donor"
        label={t('training.donor')}
        width={150}
        searchable
        placeholder={t('training.allDonors')}
        value={filters.donor}
        {...donors}
        onChange={(value) => setFilter({ donor: value })}
      />
      <Space size={6}>
        <label htmlFor="tf-area">{t('training.area')}</label>
        <AreaPicker
          id="tf-area"
          within="65"
          style={{ width: 200 }}
          placeholder={t('training.areaPlaceholder')}
          value={filters.area || undefined}
          onChange={(code) => setFilter({ area: code })}
        />
      </Space>
      <FilterSelect
        id="tf-year"
        label={t('training.year')}
        width={110}
        placeholder={t('training.allYears')}
        value={filters.year}
        options={yearOptions()}
        onChange={(value) => setFilter({ year: value })}
      />
      {filters.filtered ? (
        <Button
          onClick={() =>
            setFilter({
              tp: programmeFixed ? filters.trainingProgramme || undefined : undefined,
              donor: undefined,
              area: undefined,
              year: undefined,
            })
          }
        >
          {t('training.clearFilters')}
        </Button>
      ) : null}
    </FilterBar>
  );
}
