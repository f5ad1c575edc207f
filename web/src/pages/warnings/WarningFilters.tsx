import { Button, Checkbox, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDonorOptions } from '../../api/options';
import { WARNING_KINDS, type WarningKind } from '../../api/vocabulary';
import { AreaPicker } from '../../components/AreaPicker';
import { FilterBar, FilterSelect } from '../../components/FilterBar';

/**
 * The work queue's filters (kind, donor, area, project, only mine), kept in the URL by the page.
 * A donor editor's queue opens on its own donor, a recipient editor's on its own area; the
 * checkbox lifts that default (`donor=all`, `area=all`).
 */
export function WarningFilters({
  kind,
  donor,
  ownDonor,
  area,
  ownArea,
  allVisible,
  project,
  mine,
  setFilter,
}: {
  kind: WarningKind | undefined;
  donor: string | undefined;
  /** A donor editor's own donor: the queue's default (`donor=all` lifts it). */
  ownDonor?: string | undefined;
  area?: string | undefined;
  /** A recipient editor's own area: the queue's default (`area=all` lifts it). */
  ownArea?: string | undefined;
  allVisible?: boolean;
  project: string | undefined;
  mine: boolean;
  setFilter: (changes: Record<string, string | undefined>) => void;
}) {
  const { t } = useTranslation();
  const donorChoices = useDonorOptions();
  const [projectText, setProjectText] = useState(project ?? '');
  useEffect(() => setProjectText(project ?? ''), [project]);
  const filtered = !!(
    kind ||
    (donor && donor !== ownDonor) ||
    (area && area !== ownArea) ||
    project ||
    mine
  );
  return (
    <FilterBar label={t('warningsPage.filters')}>
      <FilterSelect
        id="wf-kind"
        label={t('warningsPage.kind')}
        width={150}
        placeholder={t('warningsPage.allKinds')}
        value={kind}
        options={WARNING_KINDS.map((k) => ({ value: k, label: t(`warningsPage.kinds.${k}`) }))}
        onChange={(value) => setFilter({ kind: value })}
      />
      <FilterSelect
        id="wf-donor"
        label={t('warningsPage.donor')}
        width={150}
        searchable
        placeholder={t('warningsPage.allDonors')}
        value={donor}
        {...donorChoices}
        onChange={(value) => setFilter({ donor: value ?? (ownDonor ? 'all' : undefined) })}
      />
      <Space size={6}>
        <label htmlFor="wf-area">{t('warningsPage.area')}</label>
        <AreaPicker
          id="wf-area"
          style={{ width: 200 }}
          placeholder={t('warningsPage.allAreas')}
          value={area}
          onChange={(code) => setFilter({ area: code ?? (ownArea ? 'all' : undefined) })}
        />
      </Space>
      {ownDonor || ownArea ? (
        <Checkbox
          checked={allVisible}
          data-testid="warnings-all-visible"
          onChange={(e) =>
            setFilter(
              ownArea
                ? { area: e.target.checked ? 'all' : undefined }
                : { donor: e.target.checked ? 'all' : undefined },
            )
          }
        >
          {t('warningsPage.allVisible')}
        </Checkbox>
      ) : null}
      <Space size={6}>
        <label htmlFor="wf-project">{t('warningsPage.project')}</label>
        <Input.Search
          id="wf-project"
          style={{ width: 220 }}
          allowClear
          placeholder={t('warningsPage.projectPlaceholder')}
          value={projectText}
          onChange={(e) => {
            setProjectText(e.target.value);
            if (!e.target.value) setFilter({ project: undefined });
          }}
          onSearch={(value) => setFilter({ project: value.trim() || undefined })}
        />
      </Space>
      <Checkbox
        checked={mine}
        data-testid="warnings-mine"
        onChange={(e) => setFilter({ mine: e.target.checked ? '1' : undefined })}
      >
        {t('warningsPage.mine')}
      </Checkbox>
      {filtered ? (
        <Button
          onClick={() =>
            setFilter({
              kind: undefined,
              donor: undefined,
              area: undefined,
              project: undefined,
              mine: undefined,
            })
          }
        >
          {t('warningsPage.clearFilters')}
        </Button>
      ) : null}
    </FilterBar>
  );
}
