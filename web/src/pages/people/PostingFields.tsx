import { Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type NewPosting, useBatches, usePersonnelKinds } from '../../api/people';
import { AreaPicker } from '../../components/AreaPicker';
import type { FieldPath } from '../../lib/formErrors';
import { kindLabel } from './bits';

/** The posting part of a form, as the fields hold it. */
export interface PostingValues {
  kind?: string;
  batch?: number | null;
  area?: string;
  hostOrgName?: string;
  role?: string;
  mode?: 'long-term' | 'flexible';
  crossPair?: boolean;
  termStart?: Dayjs | null;
  plannedEnd?: Dayjs | null;
}

export const NEW_POSTING: PostingValues = { mode: 'long-term', crossPair: false, batch: null };

/** The request body of a posting from the fields. */
export function postingBody(v: PostingValues): NewPosting {
  return {
    programme: 'xinjiang',
    kind: v.kind ?? '',
    batch: v.batch ?? null,
    area: v.area ?? '',
    hostOrgName: v.hostOrgName?.trim() || null,
    role: v.role?.trim() ?? '',
    mode: v.mode ?? 'long-term',
    crossPair: v.crossPair ?? false,
    termStart: v.termStart?.format('YYYY-MM-DD') ?? '',
    ...(v.plannedEnd ? { plannedEnd: v.plannedEnd.format('YYYY-MM-DD') } : {}),
  };
}

/**
 * A posting's fields: kind, batch (the donor's), area (the picker the project forms use), host
 * organisation, role, mode, cross-pair, term start and planned end. `prefix` nests them.
 * `editing`: a stored posting's, whose planned end is required (no default is applied then).
 */
export function PostingFields({
  prefix,
  donor,
  editing = false,
}: {
  prefix: FieldPath;
  donor?: string;
  editing?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const kinds = usePersonnelKinds();
  const batches = useBatches(donor);
  const name = (field: string) => [...prefix, field];
  const required = (label: string) => [
    { required: true, message: t('people.form.required', { field: label }) },
  ];
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name={name('kind')}
            label={t('people.form.kind')}
            rules={required(t('people.form.kind'))}
          >
            <Select
              loading={kinds.isPending}
              options={(kinds.data ?? []).map((k) => ({
                value: k.code,
                label: kindLabel(k, i18n),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={name('batch')} label={t('people.form.batch')}>
            <Select
              loading={batches.isFetching}
              options={[
                { value: null as unknown as number, label: t('people.form.noBatch') },
                ...(batches.data ?? []).map((b) => ({
                  value: b.id,
                  label: b.name ?? t('people.person.batchLabel', { number: b.number }),
                })),
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={name('mode')} label={t('people.form.mode')}>
            <Radio.Group
              options={(['long-term', 'flexible'] as const).map((m) => ({
                value: m,
                label: t(`people.modes.${m}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name={name('area')}
            label={t('people.form.area')}
            rules={required(t('people.form.area'))}
          >
            <AreaPicker
              within="650000"
              placeholder={t('people.form.areaPlaceholder')}
              data-testid="posting-area"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={name('hostOrgName')}
            label={t('people.form.hostOrgName')}
            rules={required(t('people.form.hostOrgName'))}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={name('role')}
            label={t('people.form.role')}
            rules={required(t('people.form.role'))}
          >
            <Input maxLength={200} placeholder={t('people.form.rolePlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name={name('termStart')}
            label={t('people.form.termStart')}
            rules={required(t('people.form.termStart'))}
          >
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={name('plannedEnd')}
            label={t('people.form.plannedEnd')}
            extra={editing ? undefined : t('people.form.plannedEndHelp')}
            rules={editing ? required(t('people.form.plannedEnd')) : undefined}
          >
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={name('crossPair')} valuePropName="checked" label=" ">
            <Checkbox>{t('people.form.crossPair')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
