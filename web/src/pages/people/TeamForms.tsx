import { App as AntApp, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWritableDonorOptions } from '../../api/names';
import { type Team, usePersons } from '../../api/people';
import { useAddTeamMember, useCreateTeam, useUpdateTeamMember } from '../../api/peopleWrites';
import { AreaPicker } from '../../components/AreaPicker';
import { FormModal } from '../../components/FormModal';
import { PeriodFields, PublicationField } from './formFields';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

interface NewTeamValues {
  kind: 'medical' | 'education' | 'other';
  name: string;
  donor: string;
  hostOrgName: string;
  area: string;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  published: boolean;
}

/** Records a group-style team (组团式): kind, name, donor, the host it takes over, area, dates. */
export function NewTeamModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const donors = useWritableDonorOptions();
  const create = useCreateTeam();
  const [form] = Form.useForm<NewTeamValues>();
  const f = (key: string) => t(`peopleForms.team.${key}`);
  const required = (field: string) => [
    { required: true, message: t('peopleForms.required', { field }) },
  ];
  return (
    <FormModal<NewTeamValues>
      form={form}
      title={f('title')}
      onClose={onClose}
      width={600}
      initialValues={{
        kind: 'medical',
        donor: donors.options.length === 1 ? donors.options[0]?.value : undefined,
        published: false,
      }}
      aliases={{ donorCode: 'donor', hostOrgCode: 'hostOrgName', areaCode: 'area' }}
      onSubmit={async (v) => {
        const team = await create.mutateAsync({
          kind: v.kind,
          name: v.name.trim(),
          donorCode: v.donor,
          hostOrgName: v.hostOrgName.trim(),
          areaCode: v.area,
          startsOn: day(v.startsOn) ?? '',
          endsOn: day(v.endsOn) ?? null,
          published: v.published,
        });
        void message.success(t('peopleForms.team.done', { name: team.name }));
      }}
    >
      <Form.Item name="kind" label={f('kind')} rules={required(f('kind'))}>
        <Radio.Group
          options={(['medical', 'education', 'other'] as const).map((k) => ({
            value: k,
            label: t(`people.teams.kinds.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="name" label={f('name')} rules={required(f('name'))}>
        <Input maxLength={200} placeholder={f('namePlaceholder')} />
      </Form.Item>
      <Form.Item name="donor" label={f('donor')} rules={required(f('donor'))}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={donors.options} />
      </Form.Item>
      <Form.Item name="area" label={f('area')} rules={required(f('area'))}>
        <AreaPicker placeholder={t('people.form.areaPlaceholder')} aria-label={f('area')} />
      </Form.Item>
      <Form.Item name="hostOrgName" label={f('host')} rules={required(f('host'))}>
        <Input maxLength={200} placeholder={f('hostPlaceholder')} />
      </Form.Item>
      <PeriodFields from="startsOn" to="endsOn" fromLabel={f('startsOn')} toLabel={f('endsOn')} />
      <PublicationField />
    </FormModal>
  );
}

interface MemberValues {
  personId: number;
  role: 'leader' | 'member';
  startsOn: Dayjs;
}

/** Adds a leader or a member to a team from the donor's people (If-Match: the team's version). */
export function AddMemberModal({ team, onClose }: { team: Team; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [query, setQuery] = useState('');
  const persons = usePersons({ donor: team.donor.code, q: query.trim() || undefined, limit: 50 });
  const add = useAddTeamMember();
  const [form] = Form.useForm<MemberValues>();
  const f = (key: string) => t(`peopleForms.member.${key}`);
  const required = (field: string) => [
    { required: true, message: t('peopleForms.required', { field }) },
  ];
  const start = dayjs(team.startsOn);
  return (
    <FormModal<MemberValues>
      form={form}
      title={t('peopleForms.member.title', { team: team.name })}
      onClose={onClose}
      conflictText={t('peopleForms.conflict')}
      initialValues={{
        role: 'member',
        startsOn: dayjs().isBefore(start) ? start : dayjs().startOf('day'),
      }}
      onSubmit={async (v) => {
        await add.mutateAsync({
          id: team.id,
          version: team.version,
          body: { personId: v.personId, role: v.role, startsOn: day(v.startsOn) ?? '' },
        });
        void message.success(t('peopleForms.member.done'));
      }}
    >
      <Form.Item name="personId" label={f('person')} rules={required(f('person'))}>
        <Select
          showSearch={{ filterOption: false, onSearch: setQuery }}
          loading={persons.isFetching}
          placeholder={f('personPlaceholder')}
          notFoundContent={persons.isFetching ? null : f('noPerson')}
          options={(persons.data?.items ?? []).map((p) => ({ value: p.id, label: p.nameZh }))}
        />
      </Form.Item>
      <Form.Item name="role" label={f('role')}>
        <Radio.Group
          options={(['member', 'leader'] as const).map((r) => ({
            value: r,
            label: t(`people.teams.roles.${r}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="startsOn" label={f('startsOn')} rules={required(f('startsOn'))}>
        <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} />
      </Form.Item>
    </FormModal>
  );
}

/** Ends a member's time on a team on a date (If-Match: the team's version). */
export function EndMemberModal({
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
  const [form] = Form.useForm<{ endsOn: Dayjs }>();
  const member = team.members.find((m) => m.id === memberId);
  if (!member) return null;
  const label = t('peopleForms.end.date');
  return (
    <FormModal<{ endsOn: Dayjs }>
      form={form}
      title={t('peopleForms.end.title', { name: member.person.name, team: team.name })}
      okText={t('peopleForms.end.submit')}
      onClose={onClose}
      conflictText={t('peopleForms.conflict')}
      initialValues={{ endsOn: dayjs().startOf('day') }}
      onSubmit={async (v) => {
        await update.mutateAsync({
          id: team.id,
          memberId,
          version: team.version,
          body: { endsOn: day(v.endsOn) ?? null },
        });
        void message.success(t('peopleForms.end.done'));
      }}
    >
      <Form.Item
        name="endsOn"
        label={label}
        rules={[
          { required: true, message: t('peopleForms.required', { field: label }) },
          {
            validator: (_, value: Dayjs | null | undefined) =>
              !value?.isBefore(dayjs(member.startsOn), 'day')
                ? Promise.resolve()
                : Promise.reject(new Error(t('peopleForms.endBeforeStart'))),
          },
        ]}
      >
        <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} />
      </Form.Item>
    </FormModal>
  );
}
