import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Input, Select, Skeleton, Space, Spin, Table } from 'antd';
import { lazy, type ReactNode, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePairings, useProgrammes } from '../api/hooks';
import { programmeOptions } from '../api/options';
import type { Donor, Pairing } from '../api/types';
import { donorName } from '../components/DonorTag';
import { ErrorResult } from '../components/ErrorResult';
import { DateFilter, FilterBar, FilterSelect } from '../components/FilterBar';
import { PageTitle } from '../components/PageTitle';
import { donorColors } from '../lib/donorColors';
import { searchKey, today } from '../lib/format';
import { useUrlState } from '../lib/urlState';
import { pairingColumns, recipientName } from './pairings/pairingColumns';
import {
  loadPairingsMap,
  MAP_PROGRAMME,
  mapCountiesQuery,
  pairingsFilters,
} from './pairings/pairingsData';

const PairingsMap = lazy(loadPairingsMap);

/** Filters live in the URL (programme, donor, q, date) so that a view can be shared. */
function useFilters() {
  const { params, update } = useUrlState();
  return { ...pairingsFilters(params), update };
}

export function PairingsPage() {
  const { t, i18n } = useTranslation();
  const { programme, donor, q, date, update } = useFilters();
  const programmes = useProgrammes();
  const pairings = usePairings(programme, date);
  const isXinjiang = programme === MAP_PROGRAMME;
  const counties = useQuery({ ...mapCountiesQuery(date), enabled: isXinjiang });
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);

  const all = pairings.data?.items ?? [];
  const donors = useMemo(() => {
    const byCode = new Map<string, Donor>();
    for (const p of pairings.data?.items ?? []) byCode.set(p.donor.code, p.donor);
    return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  }, [pairings.data]);
  const colors = useMemo(() => donorColors(donors.map((d) => d.code)), [donors]);
  const rows = useMemo(() => {
    const key = searchKey(q);
    return (pairings.data?.items ?? []).filter(
      (p) =>
        (!donor || p.donor.code === donor) &&
        (!key ||
          searchKey(recipientName(p)).includes(key) ||
          searchKey(p.recipient?.namePinyin ?? '').includes(key) ||
          searchKey(p.recipient?.nameEn ?? '').includes(key) ||
          (p.recipient ?? p.recipientOrg)?.code.startsWith(key)),
    );
  }, [pairings.data, donor, q]);

  const language = i18n.language;
  const columns = pairingColumns(t, colors, language);

  const programmeChoices = programmeOptions(programmes.data?.items ?? [], language);
  if (!programmeChoices.some((o) => o.value === programme))
    programmeChoices.unshift({ value: programme, label: programme });

  const filtered = !!donor || !!q || date !== today();
  const filterBar = (
    <FilterBar label={t('pairings.filters')}>
      <Space size={6}>
        <label htmlFor="filter-programme">{t('pairings.programme')}</label>
        <Select
          id="filter-programme"
          style={{ width: 220 }}
          popupMatchSelectWidth={false}
          value={programme}
          loading={programmes.isPending}
          options={programmeChoices}
          onChange={(value) =>
            update({
              programme: value === MAP_PROGRAMME ? undefined : value,
              donor: undefined,
            })
          }
        />
      </Space>
      <FilterSelect
        id="filter-donor"
        label={t('pairings.donor')}
        width={200}
        searchable
        placeholder={t('pairings.allDonors')}
        value={donor}
        options={donors.map((d) => ({ value: d.code, label: donorName(d, language) }))}
        onChange={(value) => update({ donor: value })}
      />
      <Space size={6}>
        <label htmlFor="filter-q">{t('pairings.search')}</label>
        <Input.Search
          id="filter-q"
          style={{ width: 240 }}
          allowClear
          placeholder={t('pairings.searchPlaceholder')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            update({ q: e.target.value.trim() || undefined });
          }}
          onSearch={(value) => update({ q: value.trim() || undefined })}
        />
      </Space>
      <DateFilter
        id="filter-date"
        label={t('pairings.date')}
        date={date}
        onChange={(iso) => update({ date: iso })}
      />
      {filtered ? (
        <Button onClick={() => update({ donor: undefined, q: undefined, date: undefined })}>
          {t('pairings.clearFilters')}
        </Button>
      ) : null}
    </FilterBar>
  );

  let body: ReactNode;
  if (pairings.isPending) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  } else if (pairings.isError) {
    body = <ErrorResult error={pairings.error} onRetry={() => void pairings.refetch()} />;
  } else if (all.length === 0) {
    body = (
      <Card>
        <Empty description={t('pairings.empty')} />
      </Card>
    );
  } else {
    body = (
      <>
        {isXinjiang ? (
          <Card title={t('pairings.mapTitle')} style={{ marginBottom: 16 }}>
            {counties.isError ? (
              <ErrorResult error={counties.error} onRetry={() => void counties.refetch()} />
            ) : counties.isPending ? (
              <div style={{ height: 560, display: 'grid', placeItems: 'center' }}>
                <Spin description={t('pairings.mapLoading')}>
                  <div style={{ width: 200, height: 80 }} />
                </Spin>
              </div>
            ) : (
              <Suspense
                fallback={
                  <div style={{ height: 560, display: 'grid', placeItems: 'center' }}>
                    <Spin description={t('pairings.mapLoading')}>
                      <div style={{ width: 200, height: 80 }} />
                    </Spin>
                  </div>
                }
              >
                <PairingsMap
                  pairings={rows}
                  donors={donors}
                  counties={counties.data.items}
                  colors={colors}
                  selectedDonor={donor}
                  onSelectDonor={(code) => update({ donor: code })}
                />
              </Suspense>
            )}
          </Card>
        ) : null}
        <Card data-testid="pairings-table">
          <Table<Pairing>
            rowKey={(p) => String(p.id)}
            columns={columns}
            dataSource={rows}
            size="middle"
            locale={{ emptyText: <Empty description={t('pairings.noMatch')} /> }}
            pagination={{
              defaultPageSize: 20,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total) => t('common.total', { count: total }),
            }}
          />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageTitle title={t('pairings.title')} intro={t('pairings.intro')} />
      {filterBar}
      {body}
    </>
  );
}
