import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateCompany } from '../../api/companies';
import { useWritableDonorOptions } from '../../api/names';
import { AreaPicker } from '../../components/AreaPicker';
import { MoneyInput, moneyRule, withUnit } from '../../components/MoneyInput';
import { creditCodeError } from '../../lib/creditCode';
import { setServerErrors } from '../../lib/formErrors';
import { parseWanToFen } from '../../lib/money';

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
  published: boolean;
}

/** The dialog that records a company brought in, its credit code checked as it is typed. */
export function CompanyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<CompanyForm>();
  const donors = useWritableDonorOptions();
  const create = useCreateCompany();
  const [failure, setFailure] = useState<string | null>(null);
  const f = (key: string, params?: Record<string, unknown>) =>
    t(`companies.form.${key}`, params ?? {});
  const required = { required: true, message: t('training.form.required') };

  return (
    <Modal
      open={open}
      title={f('title')}
      okText={t('training.form.ok')}
      cancelText={t('training.form.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={680}
    >
      {failure ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={failure} />
      ) : null}
      <Form<CompanyForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          donor: donors.options.length === 1 ? donors.options[0]?.value : undefined,
          jobsPlanned: 0,
          jobsActual: 0,
          localHires: 0,
          published: false,
        }}
        onFinish={(v) => {
          setFailure(null);
          const planned = parseWanToFen(v.investmentPlanned);
          const arrived = parseWanToFen(v.investmentArrived);
          if (planned === null || arrived === null) return;
          create.mutate(
            {
              programme: 'xinjiang',
              name: v.name,
              creditCode: v.creditCode.trim().toUpperCase(),
              industry: v.industry,
              donor: v.donor,
              area: v.area,
              signedOn: v.signedOn.format('YYYY-MM-DD'),
              investmentPlannedFen: planned,
              investmentArrivedFen: arrived,
              jobsPlanned: v.jobsPlanned,
              jobsActual: v.jobsActual,
              localHires: v.localHires,
              published: v.published,
            },
            {
              onSuccess: (company) => {
                onClose();
                void navigate(`/companies/${company.id}`);
              },
              onError: (err) => {
                const { placed, rest } = setServerErrors(form, err, {
                  investmentPlannedFen: 'investmentPlanned',
                  investmentArrivedFen: 'investmentArrived',
                });
                if (!placed || rest.length)
                  setFailure(t('training.form.failed', { detail: rest.join('；') }));
              },
            },
          );
        }}
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
          <Select showSearch={{ optionFilterProp: 'label' }} options={donors.options} />
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
        <Form.Item name="published" valuePropName="checked">
          <Checkbox>{f('published')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
