import { Button, Empty, Segmented, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../api/hooks';
import { type InstitutionPairing, useInstitutionPairings } from '../api/people';
import { AreaName } from '../components/AreaName';
import { donorName } from '../components/DonorTag';
import { ErrorResult } from '../components/ErrorResult';
import { PageTitle } from '../components/PageTitle';
import { RecordHistoryButton } from '../components/RecordHistoryButton';
import { areaName } from '../lib/areaName';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import { Dates } from './people/bits';
import { DonorAreaFilters } from './people/DonorAreaFilters';
import {
  EditInstitutionPairingModal,
  NewInstitutionPairingModal,
} from './people/InstitutionPairingForms';

const KINDS = ['hospital-department', 'school-school', 'township', 'other'] as const;
type Kind = (typeof KINDS)[number];

/** Institution pairings (以院包科, 校校结对, 乡镇结对) by kind; filters in the URL. */
export function InstitutionPairingsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const { params, update } = useUrlState();
  const paging = useUrlPaging();
  const donor = params.get('donor') ?? '';
  const area = params.get('area') ?? '';
  const kindParam = params.get('kind') ?? '';
  const kind = (KINDS as readonly string[]).includes(kindParam) ? (kindParam as Kind) : undefined;
  const pairings = useInstitutionPairings({
    donor: donor || undefined,
    area: area || undefined,
    kind,
    limit: paging.pageSize,
    offset: paging.offset,
  });
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });
  const filtered = !!(donor || area || kind);

  const recipient = (x: InstitutionPairing) =>
    x.recipientOrg
      ? x.recipientDepartment
        ? t('people.institutions.department', {
            org: donorName(x.recipientOrg, i18n.language),
            department: x.recipientDepartment,
          })
        : donorName(x.recipientOrg, i18n.language)
      : areaName(x.recipientArea, i18n.language);

  const columns: ColumnsType<InstitutionPairing> = [
    {
      title: t('people.institutions.colKind'),
      key: 'kind',
      render: (_, x) => (
        <Space size={4}>
          <Tag color="blue">{t(`people.institutions.kinds.${x.kind}`)}</Tag>
          {x.publishedAt ? null : <Tag>{t('people.unpublished')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('people.institutions.colDonor'),
      key: 'donor',
      render: (_, x) => donorName(x.donor, i18n.language),
    },
    {
      title: t('people.institutions.colRecipient'),
      key: 'recipient',
      render: (_, x) => recipient(x),
    },
    {
      title: t('people.institutions.colArea'),
      key: 'area',
      render: (_, x) => (
        <Link to={`/areas/${x.recipientArea.code}`}>
          <AreaName area={x.recipientArea} />
        </Link>
      ),
    },
    {
      title: t('people.institutions.colDates'),
      key: 'dates',
      render: (_, x) => <Dates from={x.validFrom} to={x.validTo} />,
    },
    {
      title: t('people.institutions.colNote'),
      key: 'note',
      render: (_, x) => (i18n.language.startsWith('en') && x.noteEn ? x.noteEn : x.note) ?? '',
    },
  ];
  // Edit and the change history, only when a row on the page allows them.
  if ((pairings.data?.items ?? []).some((r) => r.can.write || r.can.readHistory))
    columns.push({
      title: t('peopleForms.actions'),
      key: 'actions',
      render: (_, x) => (
        <Space size={4}>
          {x.can.write ? (
            <Button
              size="small"
              onClick={() => setEditing(x.id)}
              data-testid={`institution-pairing-edit-${x.id}`}
            >
              {t('peopleForms.institution.editAction')}
            </Button>
          ) : null}
          {x.can.readHistory ? (
            <RecordHistoryButton
              url={`/api/institution-pairings/${x.id}/history`}
              version={x.version}
              name={recipient(x)}
              testId={`history-pairing-${x.id}`}
            />
          ) : null}
        </Space>
      ),
    });
  const editingPairing = (pairings.data?.items ?? []).find((x) => x.id === editing);

  return (
    <>
      <PageTitle
        title={t('people.institutions.title')}
        intro={t('people.institutions.intro')}
        extra={
          can('pairings.write') ? (
            <Button
              type="primary"
              onClick={() => setCreating(true)}
              data-testid="institution-pairing-new"
            >
              {t('peopleForms.institution.action')}
            </Button>
          ) : null
        }
      />
      {creating ? <NewInstitutionPairingModal onClose={() => setCreating(false)} /> : null}
      {editingPairing ? (
        <EditInstitutionPairingModal
          pairing={editingPairing}
          name={recipient(editingPairing)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <DonorAreaFilters
        label={t('people.institutions.filters')}
        idPrefix="if"
        donor={donor}
        area={area}
        onChange={setFilter}
        extraFiltered={!!kind}
        onClear={() => setFilter({ donor: undefined, area: undefined, kind: undefined })}
      >
        <Space size={6}>
          <span id="if-kind-label">{t('people.institutions.kindLabel')}</span>
          <Segmented<string>
            aria-labelledby="if-kind-label"
            value={kind ?? ''}
            onChange={(value) => setFilter({ kind: value || undefined })}
            options={[
              { value: '', label: t('people.institutions.allKinds') },
              ...KINDS.map((k) => ({ value: k, label: t(`people.institutions.kinds.${k}`) })),
            ]}
          />
        </Space>
      </DonorAreaFilters>
      {pairings.isError && !pairings.data ? (
        <ErrorResult error={pairings.error} onRetry={() => void pairings.refetch()} />
      ) : (
        <Table<InstitutionPairing>
          data-testid="institution-pairings-table"
          rowKey="id"
          size="middle"
          loading={pairings.isFetching}
          columns={columns}
          dataSource={pairings.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: pairings.isPending ? (
              ' '
            ) : (
              <Empty
                description={
                  filtered ? t('people.institutions.noMatch') : t('people.institutions.empty')
                }
                image={Empty.PRESENTED_IMAGE_SIMPLE}
              />
            ),
          }}
          pagination={{
            ...paging.pagination(pairings.data?.total ?? 0),
            showTotal: (count) => t('people.institutions.total', { count }),
          }}
          onChange={(pagination) => update(paging.pageParams(pagination))}
        />
      )}
    </>
  );
}
