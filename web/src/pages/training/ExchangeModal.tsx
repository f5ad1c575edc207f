import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useWritableDonorOptions } from '../../api/names';
import { changedFields } from '../../api/recordEdits';
import {
  type Exchange,
  type NewExchange,
  useCreateExchange,
  useUpdateExchange,
} from '../../api/training';
import { AreaPicker } from '../../components/AreaPicker';
import { FormModal } from '../../components/FormModal';
import { useEditBase } from '../../lib/useEditBase';

export const EXCHANGE_KINDS = [
  'study-tour',
  'camp',
  'performance',
  'reading-room',
  'school-pairing',
  'township-pairing',
  'other',
] as const satisfies readonly Exchange['kind'][];

interface ExchangeForm {
  kind: Exchange['kind'];
  title: string;
  dates: [Dayjs, Dayjs];
  place?: string;
  organisers: string[];
  areas: (string | undefined)[];
  participantsLocal: number;
  participantsDonor: number;
  note?: string;
  published: boolean;
}

function valuesOf(x: Exchange): ExchangeForm {
  return {
    kind: x.kind,
    title: x.title,
    dates: [dayjs(x.startDate), dayjs(x.endDate)],
    place: x.place ?? '',
    organisers: x.organisers.map((o) => o.code),
    areas: x.areas.map((a) => a.code),
    participantsLocal: x.participantsLocal,
    participantsDonor: x.participantsDonor,
    note: x.note ?? '',
    published: x.published,
  };
}

/** The fields a change may send (publishing has its own button). */
function changeOf(v: ExchangeForm): Omit<NewExchange, 'programme' | 'published'> {
  return {
    kind: v.kind,
    title: v.title.trim(),
    startDate: v.dates[0].format('YYYY-MM-DD'),
    endDate: v.dates[1].format('YYYY-MM-DD'),
    place: v.place?.trim() || null,
    organisers: v.organisers,
    areas: v.areas.filter((a): a is string => !!a),
    participantsLocal: v.participantsLocal,
    participantsDonor: v.participantsDonor,
    note: v.note?.trim() || null,
  };
}

/**
 * The dialog that records an exchange activity (several organisers and areas possible), or with
 * `exchange` changes one: its values shown, only what changed sent (PATCH, If-Match); a change
 * made meanwhile by someone else (409) is reloaded into the form and said.
 */
export function ExchangeModal({
  open,
  onClose,
  exchange,
}: {
  open: boolean;
  onClose: () => void;
  exchange?: Exchange;
}) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ExchangeForm>();
  const writable = useWritableDonorOptions();
  const create = useCreateExchange();
  const update = useUpdateExchange();
  const edit = useEditBase(exchange, exchange && `/api/exchanges/${exchange.id}`);
  const f = (key: string) => t(`exchanges.form.${key}`);
  const required = { required: true, message: t('training.form.required') };
  // An organiser the editor may not write for (a cross-pair partner) stays a choice, by name.
  const known = new Set(writable.options.map((o) => o.value));
  const donorOptions = [
    ...writable.options,
    ...(exchange?.organisers ?? [])
      .filter((o) => !known.has(o.code))
      .map((o) => ({
        value: o.code,
        label: i18n.language === 'en' && o.nameEn ? o.nameEn : o.name,
      })),
  ];

  const title = exchange ? f('editTitle') : f('title');
  const submit = async (v: ExchangeForm) => {
    const base = edit.base;
    if (base) {
      const body = changedFields(changeOf(valuesOf(base)), changeOf(v));
      if (Object.keys(body).length === 0) return;
      await update.mutateAsync({ url: `/api/exchanges/${base.id}`, version: base.version, body });
      void message.success(t('training.editing.saved'));
      return;
    }
    await create.mutateAsync({ programme: 'xinjiang', ...changeOf(v), published: v.published });
  };

  return (
    <FormModal<ExchangeForm>
      form={form}
      open={open}
      title={title}
      onClose={onClose}
      width={640}
      aliases={{ startDate: 'dates', endDate: 'dates' }}
      onConflict={() => edit.reload((latest) => form.setFieldsValue(valuesOf(latest)))}
      conflictText={t('training.editing.conflict')}
      conflictTestId="edit-conflict"
      initialValues={
        exchange
          ? valuesOf(exchange)
          : {
              organisers: writable.options.length === 1 ? writable.options.map((o) => o.value) : [],
              areas: [undefined],
              published: false,
            }
      }
      onSubmit={submit}
    >
      <Form.Item name="kind" label={f('kind')} rules={[required]}>
        <Select
          options={EXCHANGE_KINDS.map((k) => ({ value: k, label: t(`exchanges.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="title" label={f('titleField')} rules={[required, { max: 300 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="dates" label={f('dates')} rules={[required]}>
        <DatePicker.RangePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="place" label={f('place')}>
        <Input />
      </Form.Item>
      <Form.Item name="organisers" label={f('organisers')} rules={[required]}>
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={donorOptions} />
      </Form.Item>
      <Form.List name="areas">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Form.Item
                key={field.key}
                label={i === 0 ? f('areas') : undefined}
                required={i === 0}
                style={{ marginBottom: 8 }}
              >
                <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item name={field.name} rules={[required]} noStyle>
                    <AreaPicker
                      within="65"
                      aria-label={i === 0 ? f('areas') : t('exchanges.form.areaN', { n: i + 1 })}
                    />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('exchanges.form.removeArea', { n: i + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  ) : null}
                </div>
              </Form.Item>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(undefined)}>
                {f('addArea')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item name="participantsLocal" label={f('participantsLocal')} rules={[required]}>
          <InputNumber min={0} precision={0} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="participantsDonor" label={f('participantsDonor')} rules={[required]}>
          <InputNumber min={0} precision={0} style={{ width: 180 }} />
        </Form.Item>
      </div>
      <Form.Item name="note" label={t('training.form.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {exchange ? null : (
        <Form.Item name="published" valuePropName="checked">
          <Checkbox>{f('published')}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
