import { App as AntApp, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWritableDonorOptions } from '../../api/names';
import { type Mentoring, usePersons } from '../../api/people';
import { useCreateMentoring, usePutAssessment } from '../../api/peopleWrites';
import { AreaPicker } from '../../components/AreaPicker';
import { FormModal } from '../../components/FormModal';
import { joinList } from '../../lib/format';
import { PeriodFields, PublicationField } from './formFields';

const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
type Grade = (typeof GRADES)[number];

interface NewMentoringValues {
  donor: string;
  mentorPersonId: number;
  area: string;
  menteeName: string;
  menteeOrgName: string;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  published: boolean;
}

/** Records a mentoring (传帮带): a donor's aid professional and a local mentee, with dates. */
export function NewMentoringModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const donors = useWritableDonorOptions();
  const create = useCreateMentoring();
  const [form] = Form.useForm<NewMentoringValues>();
  const donor = Form.useWatch('donor', form);
  const [query, setQuery] = useState('');
  const persons = usePersons(
    { donor: donor || undefined, q: query.trim() || undefined, limit: 50 },
    !!donor,
  );
  const f = (key: string) => t(`peopleForms.mentoring.${key}`);
  const required = (field: string) => [
    { required: true, message: t('peopleForms.required', { field }) },
  ];
  return (
    <FormModal<NewMentoringValues>
      form={form}
      title={f('title')}
      onClose={onClose}
      width={600}
      initialValues={{
        donor: donors.options.length === 1 ? donors.options[0]?.value : undefined,
        published: false,
      }}
      onValuesChange={(changed) => {
        if ('donor' in changed) form.setFieldValue('mentorPersonId', undefined);
      }}
      aliases={{ areaCode: 'area', menteeOrgCode: 'menteeOrgName' }}
      onSubmit={async (v) => {
        const m = await create.mutateAsync({
          mentorPersonId: v.mentorPersonId,
          areaCode: v.area,
          menteeName: v.menteeName.trim(),
          menteeOrgName: v.menteeOrgName.trim(),
          startsOn: v.startsOn.format('YYYY-MM-DD'),
          endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null,
          published: v.published,
        });
        void message.success(t('peopleForms.mentoring.done', { name: m.mentee.name }));
      }}
    >
      <Form.Item name="donor" label={f('donor')} rules={required(f('donor'))}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={donors.options} />
      </Form.Item>
      <Form.Item name="mentorPersonId" label={f('mentor')} rules={required(f('mentor'))}>
        <Select
          showSearch={{ filterOption: false, onSearch: setQuery }}
          disabled={!donor}
          loading={persons.isFetching}
          placeholder={f('mentorPlaceholder')}
          notFoundContent={persons.isFetching ? null : t('peopleForms.member.noPerson')}
          options={(persons.data?.items ?? []).map((p) => ({ value: p.id, label: p.nameZh }))}
        />
      </Form.Item>
      <Form.Item name="menteeName" label={f('mentee')} rules={required(f('mentee'))}>
        <Input maxLength={100} placeholder={f('menteePlaceholder')} />
      </Form.Item>
      <Form.Item name="area" label={f('area')} rules={required(f('area'))}>
        <AreaPicker placeholder={t('people.form.areaPlaceholder')} aria-label={f('area')} />
      </Form.Item>
      <Form.Item name="menteeOrgName" label={f('menteeOrg')} rules={required(f('menteeOrg'))}>
        <Input maxLength={200} placeholder={f('menteeOrgPlaceholder')} />
      </Form.Item>
      <PeriodFields from="startsOn" to="endsOn" fromLabel={f('startsOn')} toLabel={f('endsOn')} />
      <PublicationField />
    </FormModal>
  );
}

interface AssessmentValues {
  year: number;
  grade: Grade;
  note?: string;
}

/**
 * Records (or replaces) one year's assessment of a mentoring: grade and note (If-Match: the
 * mentoring's version; a change made meanwhile is said and the list reloaded).
 */
export function AssessmentModal({
  mentoring,
  year,
  onClose,
}: {
  mentoring: Mentoring;
  /** The year whose assessment is changed; a new one's otherwise. */
  year?: number | undefined;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const put = usePutAssessment();
  const [form] = Form.useForm<AssessmentValues>();
  const f = (key: string) => t(`peopleForms.assessment.${key}`);
  const title = t('peopleForms.assessment.title', {
    mentor: mentoring.mentor.name,
    mentee: mentoring.mentee.name,
  });
  const lastYear = dayjs().year() - 1;
  const firstYear = Number(mentoring.startsOn.slice(0, 4));
  const known = mentoring.assessments.find((a) => a.year === year);
  return (
    <FormModal<AssessmentValues>
      form={form}
      title={title}
      onClose={onClose}
      conflictText={t('peopleForms.conflict')}
      initialValues={
        known
          ? { year: known.year, grade: known.grade, note: known.note ?? '' }
          : { year: Math.max(firstYear, lastYear), grade: 'good' }
      }
      onSubmit={async (v) => {
        await put.mutateAsync({
          id: mentoring.id,
          year: v.year,
          version: mentoring.version,
          body: { grade: v.grade, note: v.note?.trim() ? v.note.trim() : null },
        });
        void message.success(t('peopleForms.assessment.done', { year: v.year }));
      }}
    >
      <Form.Item
        name="year"
        label={f('year')}
        extra={
          mentoring.assessments.length
            ? t('peopleForms.assessment.replaces', {
                years: joinList(
                  mentoring.assessments.map((a) => String(a.year)),
                  i18n.language,
                ),
              })
            : undefined
        }
        rules={[
          { required: true, message: t('peopleForms.required', { field: f('year') }) },
          { type: 'number', min: 1990, max: 2100, message: f('yearInvalid') },
        ]}
      >
        <InputNumber precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="grade" label={f('grade')}>
        <Radio.Group
          options={GRADES.map((g) => ({
            value: g,
            label: t(`people.mentoring.grades.${g}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={f('note')}>
        <Input maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
