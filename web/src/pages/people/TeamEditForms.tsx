import { App as AntApp, DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../api/people';
import { type TeamChanges, useUpdateTeam, useUpdateTeamMember } from '../../api/peopleWrites';
import { FormModal } from '../../components/FormModal';
import { notBeforeField } from '../../lib/dateRules';
import { formatDate } from '../../lib/format';
import { PublicationField } from './formFields';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

interface TeamValues {
  name: string;
  hostOrgName: string;
  endsOn: Dayjs | null;
  note?: string;
  published: boolean;
}

/**
 * Changes a team: its name, the host it takes over (by name), its end, note and publication
 * (PATCH, If-Match: the team's version; only what changed is sent).
 */
export function EditTeamModal({ team, onClose }: { team: Team; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const update = useUpdateTeam();
  const [form] = Form.useForm<TeamValues>();
  const f = (key: string) => t(`peopleForms.team.${key}`);
  const title = t('peopleForms.teamEdit.title', { name: team.name });
  const start = dayjs(team.startsOn);
  return (
    <FormModal<TeamValues>
      form={form}
      title={title}
      width={600}
      onClose={onClose}
      conflictText={t('peopleForms.conflict')}
      aliases={{ hostOrg: 'hostOrgName' }}
      initialValues={{
        name: team.name,
        hostOrgName: team.host.name,
        endsOn: team.endsOn ? dayjs(team.endsOn) : null,
        note: team.note ?? '',
        published: team.publishedAt !== null,
      }}
      onSubmit={async (v) => {
        const body: TeamChanges = {};
        if (v.name.trim() !== team.name) body.name = v.name.trim();
        if (v.hostOrgName.trim() !== team.host.name) body.hostOrgName = v.hostOrgName.trim();
        if (day(v.endsOn) !== team.endsOn) body.endsOn = day(v.endsOn);
        if (orNull(v.note) !== team.note) body.note = orNull(v.note);
        if (v.published !== (team.publishedAt !== null)) body.published = v.published;
        if (Object.keys(body).length === 0) return;
        await update.mutateAsync({ id: team.id, version: team.version, body });
        void message.success(t('peopleForms.teamEdit.done'));
      }}
    >
      <Form.Item
        name="name"
        label={f('name')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('peopleForms.required', { field: f('name') }),
          },
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="hostOrgName"
        label={f('host')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('peopleForms.required', { field: f('host') }),
          },
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="endsOn"
        label={f('endsOn')}
        extra={t('peopleForms.teamEdit.startsOn', { date: formatDate(team.startsOn) })}
        rules={[
          {
            validator: (_, value: Dayjs | null | undefined) =>
              !value?.isBefore(start, 'day')
                ? Promise.resolve()
                : Promise.reject(new Error(t('peopleForms.endBeforeStart'))),
          },
        ]}
      >
        <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="note" label={t('peopleForms.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <PublicationField alreadyPublic />
    </FormModal>
  );
}

interface MemberValues {
  role: 'leader' | 'member';
  startsOn: Dayjs;
  endsOn: Dayjs | null;
}

/**
 * Changes a member's role (leader or member) and dates (If-Match: the team's version). A team
 * has one leader a day: to change the leader, end the leader's time, then make another the
 * leader from the next day; a clash is refused on the role.
 */
export function EditMemberModal({
  team,
  memberId,
  onClose,
}: {
  team: Team;
  memberId: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const update = useUpdateTeamMember();
  const [form] = Form.useForm<MemberValues>();
  const member = team.members.find((m) => m.id === memberId);
  if (!member) return null;
  const f = (key: string) => t(`peopleForms.memberEdit.${key}`);
  return (
    <FormModal<MemberValues>
      form={form}
      title={t('peopleForms.memberEdit.title', { name: member.person.name, team: team.name })}
      onClose={onClose}
      conflictText={t('peopleForms.conflict')}
      intro={<Typography.Paragraph type="secondary">{f('intro')}</Typography.Paragraph>}
      initialValues={{
        role: member.role,
        startsOn: dayjs(member.startsOn),
        endsOn: member.endsOn ? dayjs(member.endsOn) : null,
      }}
      onSubmit={async (v) => {
        const body: { role?: 'leader' | 'member'; startsOn?: string; endsOn?: string | null } = {};
        if (v.role !== member.role) body.role = v.role;
        if (day(v.startsOn) !== member.startsOn) body.startsOn = day(v.startsOn) ?? undefined;
        if (day(v.endsOn) !== member.endsOn) body.endsOn = day(v.endsOn);
        if (Object.keys(body).length === 0) return;
        await update.mutateAsync({ id: team.id, memberId, version: team.version, body });
        void message.success(f('done'));
      }}
    >
      <Form.Item name="role" label={t('peopleForms.member.role')}>
        <Radio.Group
          options={(['member', 'leader'] as const).map((r) => ({
            value: r,
            label: t(`people.teams.roles.${r}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="startsOn"
        label={t('peopleForms.member.startsOn')}
        rules={[
          {
            required: true,
            message: t('peopleForms.required', { field: t('peopleForms.member.startsOn') }),
          },
        ]}
      >
        <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="endsOn"
        label={f('endsOn')}
        dependencies={['startsOn']}
        rules={[notBeforeField('startsOn', t('peopleForms.endBeforeStart'))]}
      >
        <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} />
      </Form.Item>
    </FormModal>
  );
}
