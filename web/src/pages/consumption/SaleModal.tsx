import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCT_CATEGORIES, SALE_CHANNELS, type Sale, useCreateSale } from '../../api/consumption';
import { useWritableDonorOptions } from '../../api/names';
import { AreaPicker } from '../../components/AreaPicker';
import { MoneyInput, moneyRule, withUnit } from '../../components/MoneyInput';
import { setServerErrors } from '../../lib/formErrors';
import { parseWanToFen } from '../../lib/money';

interface SaleForm {
  donor: string;
  area: string;
  month: Dayjs;
  channel: Sale['channel'];
  productCategory: Sale['productCategory'];
  product?: string;
  amount: string;
  quantity: number;
  unit: string;
  published: boolean;
}

/** The dialog that records one monthly sale. */
export function SaleModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SaleForm>();
  const donors = useWritableDonorOptions();
  const create = useCreateSale();
  const [failure, setFailure] = useState<string | null>(null);
  const f = (key: string) => t(`consumption.form.${key}`);
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
      width={600}
    >
      {failure ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={failure} />
      ) : null}
      <Form<SaleForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          donor: donors.options.length === 1 ? donors.options[0]?.value : undefined,
          published: false,
        }}
        onFinish={(v) => {
          setFailure(null);
          const amountFen = parseWanToFen(v.amount);
          if (amountFen === null) return;
          create.mutate(
            {
              programme: 'xinjiang',
              donor: v.donor,
              area: v.area,
              month: v.month.format('YYYY-MM'),
              channel: v.channel,
              productCategory: v.productCategory,
              product: v.product?.trim() || null,
              amountFen,
              quantity: v.quantity,
              unit: v.unit,
              published: v.published,
            },
            {
              onSuccess: onClose,
              onError: (err) => {
                const { placed, rest } = setServerErrors(form, err, { amountFen: 'amount' });
                if (!placed || rest.length)
                  setFailure(t('training.form.failed', { detail: rest.join('；') }));
              },
            },
          );
        }}
      >
        <Form.Item name="donor" label={f('donor')} rules={[required]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={donors.options} />
        </Form.Item>
        <Form.Item name="area" label={f('area')} rules={[required]}>
          <AreaPicker within="65" aria-label={f('area')} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item name="month" label={f('month')} rules={[required]}>
            <DatePicker picker="month" format="YYYY-MM" />
          </Form.Item>
          <Form.Item name="channel" label={f('channel')} rules={[required]}>
            <Select
              style={{ width: 160 }}
              options={SALE_CHANNELS.map((c) => ({
                value: c,
                label: t(`consumption.channels.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="productCategory" label={f('productCategory')} rules={[required]}>
            <Select
              style={{ width: 160 }}
              options={PRODUCT_CATEGORIES.map((c) => ({
                value: c,
                label: t(`consumption.categories.${c}`),
              }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="product" label={f('product')}>
          <Input maxLength={200} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item name="amount" label={withUnit(t, f('amount'))} required rules={[moneyRule(t)]}>
            <MoneyInput style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="quantity" label={f('quantity')} rules={[required]}>
            <InputNumber min={0} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="unit" label={f('unit')} rules={[required, { max: 20 }]}>
            <Input style={{ width: 100 }} placeholder={f('unitPlaceholder')} />
          </Form.Item>
        </div>
        <Form.Item name="published" valuePropName="checked">
          <Checkbox>{f('published')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
