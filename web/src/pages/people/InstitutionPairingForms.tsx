import { useQuery } from '@tanstack/react-query';
import { App as AntApp, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useWritableDonorOptions } from '../../api/names';
import type { InstitutionPairing } from '../../api/people';
import {
  type InstitutionPairingChanges,
  useCreateInstitutionPairing,
  useUpdateInstitutionPairing,
} from '../../api/peopleWrites';
import type { ApiResponse } from '../../api/schema';
import { AreaPicker } from '../../components/AreaPicker';
import { donorName } from '../../components/DonorTag';
import { FormModal } from '../../components/FormModal';
import { areaName } from '../../lib/areaName';
import { PeriodFields, PublicationField } from './formFields';

const KINDS = ['hospital-department', 'school-school', 'township', 'other'] as const;
type Kind = (typeof KINDS)[number];
type OrganisationList = ApiResponse<'/api/organisations', 'get'>;
type PairingList = ApiResponse<'/api/pairings', 'get'>;

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** The organisation kind a pairing of this kind names on both sides (none: any kind). */
const ORG_KIND: Partial<Record<Kind, 'hospital' | 'school'>> = {
  'hospital-department': 'hospital',
  'school-school': 'school',
};

/** Organisations matching what is typed (and of a kind), for a searchable select. */
function useOrganisationSearch(q: string, kind: 'hospital' | 'school' | undefined) {
  return useQuery({
    queryKey: ['organisations', 'search', q, kind ?? ''],
    queryFn: ({ signal }) =>
      api<OrganisationList>('/api/organisations', {
        query: { q: q || undefined, kind, limit: 50 },
        signal,
      }),
    staleTime: 60_000,
  });
}

/** The donor's area pairings in force today: the parents an institution pairing may sit under. */
function useDonorAreaPairings(donor: string | undefined) {
  return useQuery({
    queryKey: ['pairings', 'donor', donor ?? ''],
    queryFn: ({ signal }) =>
      api<PairingList>('/api/pairings', {
        query: { donor, date: dayjs().format('YYYY-MM-DD') },
        signal,
      }),
    enabled: !!donor,
    staleTime: 60_000,
  });
}

function OrganisationSelect({
  kind,
  placeholder,
  value,
  onChange,
  id,
}: {
  kind: 'hospital' | 'school' | undefined;
  placeholder: string;
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const orgs = useOrganisationSearch(query.trim(), kind);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      loading={orgs.isFetching}
      placeholder={placeholder}
      notFoundContent={orgs.isFetching ? null : t('peopleForms.institution.noOrg')}
      options={(orgs.data?.items ?? []).map((o) => ({
        value: o.code,
        label: donorName(o, i18n.language),
      }))}
    />
  );
}

interface NewValues {
  kind: Kind;
  donor: string;
  parentId: number;
  donorOrg: string;
  recipientOrg?: string;
  recipientDepartment?: string;
  township?: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  note?: string;
  noteEn?: string;
  published: boolean;
}

/**
 * Records an institution pairing (以院包科, 校校结对, 乡镇结对) under one of the donor's area
 * pairings: the donor-side organisation, the recipient organisation (and department) or
 * township, the dates. The server checks that both sides lie within the parent pairing.
 */
export function NewInstitutionPairingModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const donors = useWritableDonorOptions();
  const create = useCreateInstitutionPairing();
  const [form] = Form.useForm<NewValues>();
  const kind = Form.useWatch('kind', form) ?? 'hospital-department';
  const donor = Form.useWatch('donor', form);
  const parents = useDonorAreaPairings(donor);
  const f = (key: string) => t(`peopleForms.institution.${key}`);
  const required = (field: string) => [
    { required: true, message: t('peopleForms.required', { field }) },
  ];
  const parentOptions = (parents.data?.items ?? [])
    .filter((p) => p.recipient !== null)
    .map((p) => ({
      value: p.id,
      label: t('peopleForms.institution.parentOption', {
        area: p.recipient ? areaName(p.recipient, i18n.language) : '',
        from: p.validFrom,
      }),
    }));
  return (
    <FormModal<NewValues>
      form={form}
      title={f('title')}
      onClose={onClose}
      width={640}
      initialValues={{
        kind: 'hospital-department',
        donor: donors.options.length === 1 ? donors.options[0]?.value : undefined,
        validFrom: dayjs().startOf('day'),
        published: false,
      }}
      aliases={{
        donorCode: 'donorOrg',
        recipientOrgCode: 'recipientOrg',
        recipientAreaCode: 'township',
      }}
      onSubmit={async (v) => {
        await create.mutateAsync({
          kind: v.kind,
          parentId: v.parentId,
          donorCode: v.donorOrg,
          ...(v.kind === 'township'
            ? { recipientAreaCode: v.township }
            : { recipientOrgCode: v.recipientOrg }),
          ...(v.kind === 'hospital-department' && v.recipientDepartment?.trim()
            ? { recipientDepartment: v.recipientDepartment.trim() }
            : {}),
          validFrom: day(v.validFrom) ?? '',
          validTo: day(v.validTo) ?? null,
          note: v.note?.trim() ? v.note.trim() : null,
          noteEn: v.noteEn?.trim() ? v.noteEn.trim() : null,
          published: v.published,
        });
        void message.success(f('done'));
      }}
    >
      <Form.Item name="kind" label={f('kind')} rules={required(f('kind'))}>
        <Radio.Group
          options={KINDS.map((k) => ({ value: k, label: t(`people.institutions.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="donor" label={f('donor')} rules={required(f('donor'))}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={donors.options}
          onChange={() => form.setFieldValue('parentId', undefined)}
        />
      </Form.Item>
      <Form.Item name="parentId" label={f('parent')} rules={required(f('parent'))}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          disabled={!donor}
          loading={parents.isFetching}
          placeholder={f('parentPlaceholder')}
          notFoundContent={parents.isFetching ? null : f('noParent')}
          options={parentOptions}
        />
      </Form.Item>
      <Form.Item name="donorOrg" label={f('donorOrg')} rules={required(f('donorOrg'))}>
        <OrganisationSelect kind={ORG_KIND[kind]} placeholder={f('donorOrgPlaceholder')} />
      </Form.Item>
      {kind === 'township' ? (
        <Form.Item name="township" label={f('township')} rules={required(f('township'))}>
          <AreaPicker placeholder={t('people.form.areaPlaceholder')} aria-label={f('township')} />
        </Form.Item>
      ) : (
        <Form.Item
          name="recipientOrg"
          label={f('recipientOrg')}
          rules={required(f('recipientOrg'))}
        >
          <OrganisationSelect kind={ORG_KIND[kind]} placeholder={f('recipientOrgPlaceholder')} />
        </Form.Item>
      )}
      {kind === 'hospital-department' ? (
        <Form.Item name="recipientDepartment" label={f('department')}>
          <Input maxLength={100} placeholder={f('departmentPlaceholder')} />
        </Form.Item>
      ) : null}
      <DateFields />
      <NoteFields />
      <PublicationField />
    </FormModal>
  );
}

/** The start (when asked for) and the optional end, the end not before the start. */
/** The pairing's start (unless fixed) and end. */
function DateFields({ withStart = true }: { withStart?: boolean }) {
  const { t } = useTranslation();
  return (
    <PeriodFields
      from="validFrom"
      to="validTo"
      fromLabel={t('peopleForms.institution.validFrom')}
      toLabel={t('peopleForms.institution.validTo')}
      withStart={withStart}
    />
  );
}

interface EditValues {
  recipientDepartment?: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  note?: string;
  noteEn?: string;
  published: boolean;
}

/**
 * Changes what an institution pairing may change (PATCH, If-Match): the department, the end, the
 * note, publication. Only what changed is sent; a 409 reloads the list.
 */
export function EditInstitutionPairingModal({
  pairing,
  name,
  onClose,
}: {
  pairing: InstitutionPairing;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const update = useUpdateInstitutionPairing();
  const [form] = Form.useForm<EditValues>();
  const f = (key: string) => t(`peopleForms.institution.${key}`);
  return (
    <FormModal<EditValues>
      form={form}
      title={t('peopleForms.institution.editTitle', { name })}
      onClose={onClose}
      width={600}
      conflictText={t('peopleForms.conflict')}
      initialValues={{
        recipientDepartment: pairing.recipientDepartment ?? '',
        validFrom: dayjs(pairing.validFrom),
        validTo: pairing.validTo ? dayjs(pairing.validTo) : null,
        note: pairing.note ?? '',
        noteEn: pairing.noteEn ?? '',
        published: pairing.publishedAt !== null,
      }}
      onSubmit={async (v) => {
        const body: InstitutionPairingChanges = {};
        const department = v.recipientDepartment?.trim() || null;
        if (pairing.kind === 'hospital-department' && department !== pairing.recipientDepartment)
          body.recipientDepartment = department;
        const validTo = day(v.validTo) ?? null;
        if (validTo !== pairing.validTo) body.validTo = validTo;
        const note = v.note?.trim() || null;
        if (note !== pairing.note) body.note = note;
        const noteEn = v.noteEn?.trim() || null;
        if (noteEn !== pairing.noteEn) body.noteEn = noteEn;
        if (v.published !== (pairing.publishedAt !== null)) body.published = v.published;
        if (Object.keys(body).length > 0) {
          await update.mutateAsync({ id: pairing.id, version: pairing.version, body });
        }
        void message.success(f('editDone'));
      }}
    >
      {pairing.kind === 'hospital-department' ? (
        <Form.Item name="recipientDepartment" label={f('department')}>
          <Input maxLength={100} placeholder={f('departmentPlaceholder')} />
        </Form.Item>
      ) : null}
      <Form.Item name="validFrom" hidden>
        <DatePicker />
      </Form.Item>
      <DateFields withStart={false} />
      <NoteFields />
      <PublicationField />
    </FormModal>
  );
}

/** The note in Chinese and, for English readers, in English (shown in English when written). */
function NoteFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="note" label={t('peopleForms.note')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item name="noteEn" label={t('peopleForms.noteEn')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </>
  );
}
