import { App as AntApp, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Mentoring } from '../../api/people';
import { type MentoringChanges, useUpdateMentoring } from '../../api/peopleWrites';
import { FormModal } from '../../components/FormModal';
import { PeriodFields, PublicationField } from './formFields';

interface Values {
  menteeName: string;
  menteeOrgName?: string;
  startsOn: Dayjs | null;
  endsOn?: Dayjs | null;
  note?: string;
  published: boolean;
}

function valuesOf(m: Mentoring): Values {
  return {
    menteeName: m.mentee.name,
    menteeOrgName: m.mentee.org.name,
    startsOn: dayjs(m.startsOn),
    endsOn: m.endsOn ? dayjs(m.endsOn) : null,
    note: m.note ?? '',
    published: m.publishedAt !== null,
  };
}

/** Only what changed; the mentee's organisation by name only when it is not a known one. */
function changes(m: Mentoring, v: Values): MentoringChanges {
  const body: MentoringChanges = {};
  const name = v.menteeName.trim();
  if (name && name !== m.mentee.name) body.menteeName = name;
  const org = v.menteeOrgName?.trim();
  if (m.mentee.org.code === null && org && org !== m.mentee.org.name) body.menteeOrgName = org;
  const start = v.startsOn?.format('YYYY-MM-DD');
  if (start && start !== m.startsOn) body.startsOn = start;
  const end = v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null;
  if (end !== m.endsOn) body.endsOn = end;
  const note = v.note?.trim() ? v.note.trim() : null;
  if (note !== m.note) body.note = note;
  if (v.published !== (m.publishedAt !== null)) body.published = v.published;
  return body;
}

/**
 * Changes a mentoring (传帮带): the mentee's name (and organisation when named, not known),
 * dates, note and publication; PATCH with If-Match, only what changed. The years of its
 * assessments must stay within the dates (refused on the field). A 409 says so, reloads the list
 * and shows the latest values.
 */
export function MentoringEditModal({
  mentoring,
  onClose,
  onReload,
}: {
  mentoring: Mentoring;
  onClose: () => void;
  onReload: () => Promise<{ data?: { items: Mentoring[] } | undefined }>;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const update = useUpdateMentoring();
  const [form] = Form.useForm<Values>();
  const f = (key: string) => t(`peopleForms.mentoring.${key}`);
  const required = (field: string) => [
    { required: true, message: t('peopleForms.required', { field }) },
  ];
  return (
    <FormModal<Values>
      form={form}
      title={t('peopleEdits.mentoring.title', {
        mentor: mentoring.mentor.name,
        mentee: mentoring.mentee.name,
      })}
      width={600}
      onClose={onClose}
      conflictText={t('peopleForms.conflict')}
      conflictTestId="mentoring-edit-conflict"
      onConflict={async () => {
        const latest = (await onReload()).data?.items.find((x) => x.id === mentoring.id);
        if (latest) form.setFieldsValue(valuesOf(latest));
      }}
      initialValues={valuesOf(mentoring)}
      onSubmit={async (v) => {
        const body = changes(mentoring, v);
        if (Object.keys(body).length === 0) return;
        await update.mutateAsync({ id: mentoring.id, version: mentoring.version, body });
        void message.success(t('peopleEdits.mentoring.done'));
      }}
    >
      <Form.Item name="menteeName" label={f('mentee')} rules={required(f('mentee'))}>
        <Input maxLength={100} />
      </Form.Item>
      {mentoring.mentee.org.code === null ? (
        <Form.Item name="menteeOrgName" label={f('menteeOrg')} rules={required(f('menteeOrg'))}>
          <Input maxLength={200} />
        </Form.Item>
      ) : null}
      <PeriodFields from="startsOn" to="endsOn" fromLabel={f('startsOn')} toLabel={f('endsOn')} />
      <Form.Item name="note" label={t('peopleForms.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <PublicationField />
    </FormModal>
  );
}
