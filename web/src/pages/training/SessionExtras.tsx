import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useProjects } from '../../api/hooks';
import type { ApiResponse } from '../../api/schema';
import type { Project } from '../../api/types';

export type SessionDetail = ApiResponse<'/api/training/sessions/{id}', 'get'>;
export interface ParticipantValue {
  name: string;
  organisation?: string;
  personId?: number | null;
}

/** One session with its participant list (the list screen's rows have no list). */
export function useSessionDetail(id: number | undefined) {
  return useQuery({
    queryKey: ['training', 'session', id] as const,
    queryFn: ({ signal }) => api<SessionDetail>(`/api/training/sessions/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

/** The participant list as the form holds it, and back as the PATCH sends it. */
export function participantValues(s: SessionDetail): ParticipantValue[] {
  return s.participantList.map((p) => ({
    name: p.name,
    organisation: p.organisation ?? '',
    personId: p.personId,
  }));
}
export function participantBody(list: readonly ParticipantValue[] | undefined) {
  return (list ?? [])
    .filter((p) => p.name?.trim())
    .map((p) => ({
      name: p.name.trim(),
      organisation: p.organisation?.trim() || null,
      personId: p.personId ?? null,
    }));
}

/**
 * The funding project (optional): searched by name or code among the organiser's projects,
 * shown by name first and code second.
 */
export function ProjectField({ organiser, label }: { organiser?: string; label: string }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const form = Form.useFormInstance();
  const current = Form.useWatch('project', form) as string | undefined;
  const projects = useProjects({ donor: organiser, q: query.trim() || undefined, limit: 20 });
  const chosen = useQuery({
    queryKey: ['projects', 'one', current] as const,
    queryFn: ({ signal }) =>
      api<Project>(`/api/projects/${encodeURIComponent(current ?? '')}`, { signal }),
    enabled: !!current,
  });
  const name = (n: { zh: string; en: string | null }) =>
    i18n.language === 'en' && n.en ? n.en : n.zh;
  const options = (projects.data?.items ?? []).map((p) => ({
    value: p.code,
    label: `${name(p.name)} · ${p.code}`,
  }));
  if (current && !options.some((o) => o.value === current) && chosen.data) {
    options.unshift({ value: current, label: `${name(chosen.data.name)} · ${current}` });
  }
  return (
    <Form.Item name="project" label={label}>
      <Select
        allowClear
        showSearch={{ filterOption: false, onSearch: setQuery }}
        placeholder={t('training.form.projectNone')}
        loading={projects.isFetching}
        options={options}
        aria-label={label}
      />
    </Form.Item>
  );
}

/** The participants known by name: name and organisation per row; rows added and removed. */
export function ParticipantListField() {
  const { t } = useTranslation();
  const f = (key: string) => t(`training.form.${key}`);
  return (
    <Form.Item label={f('participantList')} extra={f('participantListHint')}>
      <Form.List name="participantList">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline" wrap style={{ display: 'flex' }}>
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[
                    { required: true, whitespace: true, message: f('participantNameRequired') },
                  ]}
                >
                  <Input
                    maxLength={100}
                    placeholder={f('participantName')}
                    aria-label={t('training.form.participantNameN', { n: i + 1 })}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'organisation']}>
                  <Input
                    maxLength={200}
                    placeholder={f('participantOrg')}
                    aria-label={t('training.form.participantOrgN', { n: i + 1 })}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('training.form.participantRemoveN', { n: i + 1 })}
                />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ name: '', organisation: '' })}>
              {f('participantAdd')}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
