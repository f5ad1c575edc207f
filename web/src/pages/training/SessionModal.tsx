import { App as AntApp, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWritableDonorOptions } from '../../api/names';
import { changedFields } from '../../api/recordEdits';
import {
  type NewSession,
  type SessionChange,
  type SessionSummary,
  useCreateSession,
  useTrainingProgrammes,
  useUpdateSession,
} from '../../api/training';
import { AreaPicker } from '../../components/AreaPicker';
import { FormModal } from '../../components/FormModal';
import { useEditBase } from '../../lib/useEditBase';
import {
  ParticipantListField,
  type ParticipantValue,
  ProjectField,
  participantBody,
  participantValues,
  useSessionDetail,
} from './SessionExtras';

interface SessionForm {
  organiser: string;
  trainingProgramme?: string;
  area: string;
  dates: [Dayjs, Dayjs];
  place: 'xinjiang' | 'donor';
  topic: string;
  participants: number;
  personTimes: number;
  jobsFound?: number;
  certificates?: number;
  note?: string;
  published: boolean;
  project?: string;
  participantList?: ParticipantValue[];
}

/** What the form sets of a session (also the PATCH fields, compared to send what changed). */
type SessionFields = Omit<NewSession, 'programme' | 'organiser' | 'published' | 'participantList'>;

/** A stored session as the form shows it. */
function valuesOf(s: SessionSummary): SessionForm {
  return {
    organiser: s.organiser.code,
    trainingProgramme: s.trainingProgramme?.code,
    project: s.project ?? undefined,
    area: s.area.code,
    dates: [dayjs(s.startDate), dayjs(s.endDate)],
    place: s.place,
    topic: s.topic,
    participants: s.participants,
    personTimes: s.personTimes,
    jobsFound: s.jobsFound,
    certificates: s.certificates,
    note: s.note ?? '',
    published: s.published,
  };
}

/** The fields a change may send (the organiser is fixed once recorded; publishing has its button). */
function changeOf(v: SessionForm): SessionFields {
  return {
    trainingProgramme: v.trainingProgramme ?? null,
    project: v.project ?? null,
    area: v.area,
    startDate: v.dates[0].format('YYYY-MM-DD'),
    endDate: v.dates[1].format('YYYY-MM-DD'),
    place: v.place,
    topic: v.topic.trim(),
    participants: v.participants,
    personTimes: v.personTimes,
    jobsFound: v.jobsFound ?? 0,
    certificates: v.certificates ?? 0,
    note: v.note?.trim() || null,
  };
}

const DATE_ALIASES = { startDate: 'dates', endDate: 'dates' };

/**
 * The dialog that records a training session (distinct participants, person-times, outcomes), or
 * with `session` changes one: its values shown, only what changed sent (PATCH, If-Match); a
 * change made meanwhile by someone else (409) is reloaded into the form and said.
 */
export function SessionModal({
  open,
  onClose,
  trainingProgramme,
  session,
}: {
  open: boolean;
  onClose: () => void;
  /** The training programme to start with (on a programme's page). */
  trainingProgramme?: string;
  /** The session to change (the dialog then edits it). */
  session?: SessionSummary;
}) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<SessionForm>();
  const donors = useWritableDonorOptions();
  const programmes = useTrainingProgrammes(open);
  const create = useCreateSession();
  const update = useUpdateSession();
  const edit = useEditBase(session, session && `/api/training/sessions/${session.id}`);
  // The participant list is read with the session itself (the list's rows have none).
  const detail = useSessionDetail(open ? session?.id : undefined);
  const organiser = Form.useWatch('organiser', form);
  useEffect(() => {
    if (open && detail.data) form.setFieldValue('participantList', participantValues(detail.data));
  }, [open, detail.data, form]);
  const f = (key: string) => t(`training.form.${key}`);
  const required = { required: true, message: f('required') };

  const submit = async (v: SessionForm) => {
    const base = edit.base;
    if (base) {
      const body: SessionChange = changedFields(changeOf(valuesOf(base)), changeOf(v));
      if (detail.data && v.participantList !== undefined) {
        const list = participantBody(v.participantList);
        const stored = participantBody(participantValues(detail.data));
        if (JSON.stringify(list) !== JSON.stringify(stored)) body.participantList = list;
      }
      if (Object.keys(body).length === 0) return;
      await update.mutateAsync({
        url: `/api/training/sessions/${base.id}`,
        version: base.version,
        body,
      });
      void message.success(t('training.editing.saved'));
      return;
    }
    await create.mutateAsync({
      programme: 'xinjiang',
      organiser: v.organiser,
      ...changeOf(v),
      participantList: participantBody(v.participantList),
      published: v.published,
    });
  };

  const atMostParticipants = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: (_: unknown, value: number | null | undefined) =>
      value == null || value <= Number(getFieldValue('participants') ?? 0)
        ? Promise.resolve()
        : Promise.reject(new Error(f('outcomeAbove'))),
  });

  return (
    <FormModal<SessionForm>
      form={form}
      open={open}
      title={session ? f('editTitle') : f('title')}
      onClose={onClose}
      width={640}
      aliases={DATE_ALIASES}
      conflictText={t('training.editing.conflict')}
      conflictTestId="edit-conflict"
      onConflict={async () => {
        await edit.reload((latest) => form.setFieldsValue(valuesOf(latest)));
        const latest = await detail.refetch();
        if (latest.data) form.setFieldValue('participantList', participantValues(latest.data));
      }}
      initialValues={
        session
          ? valuesOf(session)
          : {
              organiser: donors.options.length === 1 ? donors.options[0]?.value : undefined,
              trainingProgramme,
              place: 'xinjiang',
              published: false,
            }
      }
      onSubmit={submit}
    >
      <Form.Item
        name="organiser"
        label={f('organiser')}
        rules={[required]}
        extra={session ? f('organiserFixed') : undefined}
      >
        {session ? (
          <Select
            disabled
            options={[
              {
                value: session.organiser.code,
                label:
                  i18n.language === 'en' && session.organiser.nameEn
                    ? session.organiser.nameEn
                    : session.organiser.name,
              },
            ]}
          />
        ) : (
          <Select showSearch={{ optionFilterProp: 'label' }} options={donors.options} />
        )}
      </Form.Item>
      <Form.Item name="trainingProgramme" label={f('trainingProgramme')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={f('trainingProgrammeNone')}
          loading={programmes.isPending}
          options={(programmes.data?.items ?? []).map((p) => ({
            value: p.code,
            label: i18n.language === 'en' ? p.nameEn : p.name,
          }))}
        />
      </Form.Item>
      <ProjectField organiser={session?.organiser.code ?? organiser} label={f('project')} />
      <Form.Item name="area" label={f('area')} rules={[required]}>
        <AreaPicker within="65" aria-label={f('area')} id="session-area" />
      </Form.Item>
      <Form.Item name="dates" label={f('dates')} rules={[required]}>
        <DatePicker.RangePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="place" label={f('place')} rules={[required]}>
        <Radio.Group
          options={[
            { value: 'xinjiang', label: t('training.places.xinjiang') },
            { value: 'donor', label: t('training.places.donor') },
          ]}
        />
      </Form.Item>
      <Form.Item name="topic" label={f('topic')} rules={[required, { max: 300 }]}>
        <Input />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item name="participants" label={f('participants')} rules={[required]}>
          <InputNumber min={0} precision={0} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="personTimes"
          label={f('personTimes')}
          extra={f('personTimesHint')}
          dependencies={['participants']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, value: number | null | undefined) =>
                value == null || value >= Number(getFieldValue('participants') ?? 0)
                  ? Promise.resolve()
                  : Promise.reject(new Error(f('personTimesBelow'))),
            }),
          ]}
        >
          <InputNumber min={0} precision={0} style={{ width: 180 }} />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item
          name="jobsFound"
          label={f('jobsFound')}
          dependencies={['participants']}
          rules={[atMostParticipants]}
        >
          <InputNumber min={0} precision={0} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="certificates"
          label={f('certificates')}
          dependencies={['participants']}
          rules={[atMostParticipants]}
        >
          <InputNumber min={0} precision={0} style={{ width: 180 }} />
        </Form.Item>
      </div>
      {session && !detail.data ? null : <ParticipantListField />}
      <Form.Item name="note" label={f('note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {session ? null : (
        <Form.Item name="published" valuePropName="checked">
          <Checkbox>{f('published')}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
