import { App as AntApp, Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  type Company,
  type NewCompany,
  useCreateCompany,
  useUpdateCompany,
} from '../../api/companies';
import { useDonorName, useWritableDonorOptions } from '../../api/names';
import { changedFields } from '../../api/recordEdits';
import { AreaPicker } from '../../components/AreaPicker';
import { FormModal } from '../../components/FormModal';
import { MoneyInput, moneyRule, withUnit } from '../../components/MoneyInput';
import { creditCodeError } from '../../lib/creditCode';
import { fenToWanInput, parseWanToFen } from '../../lib/money';
import { useEditBase } from '../../lib/useEditBase';

interface CompanyForm {
  name: string;
  creditCode: string;
  industry: string;
  donor: string;
  area: string;
  signedOn: Dayjs;
  investmentPlanned: string;
  investmentArrived: string;
  jobsPlanned: number;
  jobsActual: number;
  localHires: number;
  note?: string;
  published: boolean;
}

function valuesOf(c: Company): CompanyForm {
  return {
    name: c.name,
    creditCode: c.creditCode,
    industry: c.industry,
    donor: c.donor.code,
    area: c.area.code,
    signedOn: dayjs(c.signedOn),
    investmentPlanned: fenToWanInput(c.investmentPlannedFen),
    investmentArrived: fenToWanInput(c.investmentArrivedFen),
    jobsPlanned: c.jobsPlanned,
    jobsActual: c.jobsActual,
    localHires: c.localHires,
    note: c.note ?? '',
    published: !!c.publishedAt,
  };
}

/** The fields a change may send (publishing has its own button); null when money is unreadable. */
function changeOf(v: CompanyForm): Omit<NewCompany, 'programme' | 'published'> | null {
  const planned = parseWanToFen(v.investmentPlanned);
  const arrived = parseWanToFen(v.investmentArrived);
  if (planned === null || arrived === null) return null;
  return {
    name: v.name.trim(),
    creditCode: v.creditCode.trim().toUpperCase(),
    industry: v.industry.trim(),
    donor: v.donor,
    area: v.area,
    signedOn: v.signedOn.format('YYYY-MM-DD'),
    investmentPlannedFen: planned,
    investmentArrivedFen: arrived,
    jobsPlanned: v.jobsPlanned,
    jobsActual: v.jobsActual,
    localHires: v.localHires,
    note: v.note?.trim() || null,
  };
}

const ALIASES = {
  investmentPlannedFen: 'investmentPlanned',
  investmentArrivedFen: 'investmentArrived',
};

/**
 * The dialog that records a company brought in, its credit code checked as it is typed; with
 * `company` it changes that company's details: its values shown, only what changed sent (PATCH,
 * If-Match); a change made meanwhile by someone else (409) is reloaded into the form and said.
 */
export function CompanyModal({
  open,
  onClose,
  company,
}: {
  open: boolean;
  onClose: () => void;
  company?: Company;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CompanyForm>();
  const writable = useWritableDonorOptions();
  const donorName = useDonorName();
  const create = useCreateCompany();
  const update = useUpdateCompany();
  const edit = useEditBase(company, company && `/api/companies/${company.id}`);
  const f = (key: string, params?: Record<string, unknown>) =>
    t(`companies.form.${key}`, params ?? {});
  const required = { required: true, message: t('training.form.required') };
  const donorOptions =
    company && !writable.options.some((o) => o.value === company.donor.code)
      ? [...writable.options, { value: company.donor.code, label: donorName(company.donor) }]
      : writable.options;
  const title = company ? f('editTitle') : f('title');

  const submit = async (v: CompanyForm) => {
    const change = changeOf(v);
    // The money rules accept only amounts that parse: this is a guard, never met.
    if (change === null) throw new Error(t('money.invalid'));
    const base = edit.base;
    if (base) {
      const before = changeOf(valuesOf(base));
      const body = before ? changedFields(before, change) : change;
      if (Object.keys(body).length === 0) return;
      await update.mutateAsync({ url: `/api/companies/${base.id}`, version: base.version, body });
      void message.success(t('training.editing.saved'));
      return;
    }
    const created = await create.mutateAsync({
      programme: 'xinjiang',
      ...change,
      published: v.published,
    });
    void navigate(`/companies/${created.id}`);
  };

  return (
    <FormModal<CompanyForm>
      form={form}
      open={open}
      title={title}
      onClose={onClose}
      width={680}
      aliases={ALIASES}
      onConflict={() => edit.reload((latest) => form.setFieldsValue(valuesOf(latest)))}
      conflictText={t('training.editing.conflict')}
      conflictTestId="edit-conflict"
      initialValues={
        company
          ? valuesOf(company)
          : {
              donor: writable.options.length === 1 ? writable.options[0]?.value : undefined,
              jobsPlanned: 0,
              jobsActual: 0,
              localHires: 0,
              published: false,
            }
      }
      onSubmit={submit}
    >
      <Form.Item name="name" label={f('name')} rules={[required, { max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={f('creditCode')}
        rules={[
          required,
          {
            validator: (_, value: string | undefined) => {
              if (!value?.trim()) return Promise.resolve();
              const e = creditCodeError(value);
              if (!e) return Promise.resolve();
              const text =
                e.kind === 'length'
                  ? f('creditCodeLength', { length: e.length })
                  : e.kind === 'character'
                    ? f('creditCodeChar', { position: e.position, char: e.char })
                    : f('creditCodeCheck', { expected: e.expected });
              return Promise.reject(new Error(text));
            },
          },
        ]}
      >
        <Input autoComplete="off" maxLength={40} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item name="industry" label={f('industry')} rules={[required, { max: 100 }]}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="signedOn" label={f('signedOn')} rules={[required]}>
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
      </div>
      <Form.Item name="donor" label={f('donor')} rules={[required]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={donorOptions} />
      </Form.Item>
      <Form.Item name="area" label={f('area')} rules={[required]}>
        <AreaPicker within="65" aria-label={f('area')} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item
          name="investmentPlanned"
          label={withUnit(t, f('investmentPlanned'))}
          required
          rules={[moneyRule(t)]}
        >
          <MoneyInput style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="investmentArrived"
          label={withUnit(t, f('investmentArrived'))}
          required
          rules={[moneyRule(t)]}
        >
          <MoneyInput style={{ width: 200 }} />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item name="jobsPlanned" label={f('jobsPlanned')} rules={[required]}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="jobsActual" label={f('jobsActual')} rules={[required]}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item
          name="localHires"
          label={f('localHires')}
          dependencies={['jobsActual']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, value: number | null | undefined) =>
                value == null || value <= Number(getFieldValue('jobsActual') ?? 0)
                  ? Promise.resolve()
                  : Promise.reject(new Error(f('localHiresAbove'))),
            }),
          ]}
        >
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </div>
      <Form.Item name="note" label={t('training.form.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {company ? null : (
        <Form.Item name="published" valuePropName="checked">
          <Checkbox>{f('published')}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
