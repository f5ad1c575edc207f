import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWritableDonorOptions } from '../../api/names';
import { useCreateSession, useTrainingProgrammes } from '../../api/training';
import { AreaPicker } from '../../components/AreaPicker';
import { setServerErrors } from '../../lib/formErrors';

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
  published: boolean;
}

/** The dialog that records a training session (distinct participants, person-times, outcomes). */
export function SessionModal({
  open,
  onClose,
  trainingProgramme,
}: {
  open: boolean;
  onClose: () => void;
  /** The training programme to start with (on a programme's page). */
  trainingProgramme?: string;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<SessionForm>();
  const donors = useWritableDonorOptions();
  const programmes = useTrainingProgrammes(open);
  const create = useCreateSession();
  const [failure, setFailure] = useState<string | null>(null);
  const f = (key: string) => t(`training.form.${key}`);
  const required = { required: true, message: f('required') };

  const submit = (v: SessionForm) => {
    setFailure(null);
    create.mutate(
      {
        programme: 'xinjiang',
        organiser: v.organiser,
        trainingProgramme: v.trainingProgramme ?? null,
        area: v.area,
        startDate: v.dates[0].format('YYYY-MM-DD'),
        endDate: v.dates[1].format('YYYY-MM-DD'),
        place: v.place,
        topic: v.topic,
        participants: v.participants,
        personTimes: v.personTimes,
        jobsFound: v.jobsFound ?? 0,
        certificates: v.certificates ?? 0,
        published: v.published,
      },
      {
        onSuccess: () => {
          form.resetFields();
          onClose();
        },
        onError: (err) => {
          const { placed, rest } = setServerErrors(form, err, {
            startDate: 'dates',
            endDate: 'dates',
          });
          if (!placed || rest.length)
            setFailure(t('training.form.failed', { detail: rest.join('；') }));
        },
      },
    );
  };

  const atMostParticipants = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: (_: unknown, value: number | null | undefined) =>
      value == null || value <= Number(getFieldValue('participants') ?? 0)
        ? Promise.resolve()
        : Promise.reject(new Error(f('outcomeAbove'))),
  });

  return (
    <Modal
      open={open}
      title={f('title')}
      okText={f('ok')}
      cancelText={f('cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {failure ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={failure} />
      ) : null}
      <Form<SessionForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          organiser: donors.options.length === 1 ? donors.options[0]?.value : undefined,
          trainingProgramme,
          place: 'xinjiang',
          published: false,
        }}
        onFinish={submit}
      >
        <Form.Item name="organiser" label={f('organiser')} rules={[required]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={donors.options} />
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
        <Form.Item name="published" valuePropName="checked">
          <Checkbox>{f('published')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
