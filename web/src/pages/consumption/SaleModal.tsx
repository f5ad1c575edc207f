import { App as AntApp, Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  type NewSale,
  PRODUCT_CATEGORIES,
  SALE_CHANNELS,
  type Sale,
  useCreateSale,
  useUpdateSale,
} from '../../api/consumption';
import { useDonorName, useWritableDonorOptions } from '../../api/names';
import { changedFields } from '../../api/recordEdits';
import { AreaPicker } from '../../components/AreaPicker';
import { FormModal } from '../../components/FormModal';
import { MoneyInput, moneyRule, withUnit } from '../../components/MoneyInput';
import { fenToWanInput, parseWanToFen } from '../../lib/money';
import { useEditBase } from '../../lib/useEditBase';

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
  note?: string;
  published: boolean;
}

function valuesOf(s: Sale): SaleForm {
  return {
    donor: s.donor.code,
    area: s.area.code,
    month: dayjs(`${s.month}-01`),
    channel: s.channel,
    productCategory: s.productCategory,
    product: s.product ?? '',
    amount: fenToWanInput(s.amountFen),
    quantity: s.quantity,
    unit: s.unit,
    note: s.note ?? '',
    published: !!s.publishedAt,
  };
}

/** The fields a change may send (publishing has its own button); null when money is unreadable. */
function changeOf(v: SaleForm): Omit<NewSale, 'programme' | 'published'> | null {
  const amountFen = parseWanToFen(v.amount);
  if (amountFen === null) return null;
  return {
    donor: v.donor,
    area: v.area,
    month: v.month.format('YYYY-MM'),
    channel: v.channel,
    productCategory: v.productCategory,
    product: v.product?.trim() || null,
    amountFen,
    quantity: v.quantity,
    unit: v.unit.trim(),
    note: v.note?.trim() || null,
  };
}

/**
 * The dialog that records one monthly sale; with `sale` it changes that sale: its values shown,
 * only what changed sent (PATCH, If-Match); a change made meanwhile by someone else (409) is
 * reloaded into the form and said.
 */
export function SaleModal({
  open,
  onClose,
  sale,
}: {
  open: boolean;
  onClose: () => void;
  sale?: Sale;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<SaleForm>();
  const writable = useWritableDonorOptions();
  const donorName = useDonorName();
  const create = useCreateSale();
  const update = useUpdateSale();
  const edit = useEditBase(sale, sale && `/api/consumption-sales/${sale.id}`);
  const f = (key: string) => t(`consumption.form.${key}`);
  const required = { required: true, message: t('training.form.required') };
  const donorOptions =
    sale && !writable.options.some((o) => o.value === sale.donor.code)
      ? [...writable.options, { value: sale.donor.code, label: donorName(sale.donor) }]
      : writable.options;
  const title = sale ? f('editTitle') : f('title');
  const submit = async (v: SaleForm) => {
    const change = changeOf(v);
    // The money rule accepts only amounts that parse: this is a guard, never met.
    if (change === null) throw new Error(t('money.invalid'));
    const base = edit.base;
    if (base) {
      const before = changeOf(valuesOf(base));
      const body = before ? changedFields(before, change) : change;
      if (Object.keys(body).length === 0) return;
      await update.mutateAsync({
        url: `/api/consumption-sales/${base.id}`,
        version: base.version,
        body,
      });
      void message.success(t('training.editing.saved'));
      return;
    }
    await create.mutateAsync({ programme: 'xinjiang', ...change, published: v.published });
  };

  return (
    <FormModal<SaleForm>
      form={form}
      open={open}
      title={title}
      onClose={onClose}
      width={600}
      aliases={{ amountFen: 'amount' }}
      onConflict={() => edit.reload((latest) => form.setFieldsValue(valuesOf(latest)))}
      conflictText={t('training.editing.conflict')}
      conflictTestId="edit-conflict"
      initialValues={
        sale
          ? valuesOf(sale)
          : {
              donor: writable.options.length === 1 ? writable.options[0]?.value : undefined,
              published: false,
            }
      }
      onSubmit={submit}
    >
      <Form.Item name="donor" label={f('donor')} rules={[required]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={donorOptions} />
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
      <Form.Item name="note" label={t('training.form.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {sale ? null : (
        <Form.Item name="published" valuePropName="checked">
          <Checkbox>{f('published')}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
