import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { PRODUCT_CATEGORIES, SALE_CHANNELS, type Sale, useBulkSales } from '../api/consumption';
import { useCan } from '../api/hooks';
import { useWritableDonorOptions } from '../api/names';
import { AreaPicker } from '../components/AreaPicker';
import { MoneyInput, moneyRule, withUnit } from '../components/MoneyInput';
import { PageTitle } from '../components/PageTitle';
import { SignedIn } from '../components/SignedIn';
import { joinList } from '../lib/format';
import { setServerErrors } from '../lib/formErrors';
import { parseWanToFen } from '../lib/money';

interface Row {
  donor?: string;
  area?: string;
  month?: Dayjs;
  channel?: Sale['channel'];
  productCategory?: Sale['productCategory'];
  product?: string;
  amount?: string;
  quantity?: number;
  unit?: string;
}

/** The columns of the grid: the field, its width, its label's key. */
const COLUMNS = [
  ['donor', 140, 'donor'],
  ['area', 170, 'area'],
  ['month', 110, 'month'],
  ['channel', 110, 'channel'],
  ['productCategory', 110, 'productCategory'],
  ['product', 110, 'product'],
  ['amount', 110, 'amount'],
  ['quantity', 80, 'quantity'],
  ['unit', 64, 'unit'],
] as const;
const ROW_NUMBER_WIDTH = 32;

/** Row numbers (from 1) as the interface lists them: 2、3 or 2, 3. */
function rowList(indexes: Iterable<number>, language: string): string {
  const rows = [...new Set(indexes)].sort((a, b) => a - b).map((i) => String(i + 1));
  return joinList(rows, language);
}

/**
 * Bulk entry of consumption-aid sales: a grid of rows checked as they are typed, sent together to
 * POST /api/consumption-sales/bulk, which saves all of them or none; the server's refusals are
 * shown on their rows (`rows.N.field`).
 */
export function ConsumptionBulkPage() {
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { key: 'all', title: <Link to="/consumption">{t('consumption.bulkPage.back')}</Link> },
        ]}
      />
      <PageTitle title={t('consumption.bulkPage.title')} intro={t('consumption.bulkPage.intro')} />
      <SignedIn title={t('consumption.loginTitle')} text={t('consumption.loginText')}>
        <BulkScreen />
      </SignedIn>
    </>
  );
}

function BulkScreen() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const donors = useWritableDonorOptions();
  const bulk = useBulkSales();
  const [form] = Form.useForm<{ rows: Row[] }>();
  const [failure, setFailure] = useState<string | null>(null);
  const rows = Form.useWatch('rows', form) ?? [];
  const f = (key: string) => t(`consumption.form.${key}`);
  const required = { required: true, message: t('training.form.required') };
  const firstDonor = donors.options.length === 1 ? donors.options[0]?.value : undefined;
  // A user of one donor enters that donor's sales: the column is left out (the value is set).
  const showDonor = donors.options.length !== 1;
  const blank = (): Row => ({ donor: firstDonor });

  if (!can('consumption.write')) {
    return <Alert type="info" showIcon title={t('consumption.empty')} />;
  }

  const submit = (values: { rows: Row[] }) => {
    setFailure(null);
    const body = values.rows.map((r) => ({
      programme: 'xinjiang',
      donor: r.donor ?? '',
      area: r.area ?? '',
      month: r.month?.format('YYYY-MM') ?? '',
      channel: r.channel as Sale['channel'],
      productCategory: r.productCategory as Sale['productCategory'],
      product: r.product?.trim() || null,
      amountFen: parseWanToFen(r.amount ?? '') ?? -1,
      quantity: r.quantity ?? 0,
      unit: r.unit ?? '',
      published: false,
    }));
    bulk.mutate(body, {
      onSuccess: (result) => {
        void message.success(t('consumption.bulkPage.saved', { count: result.created }));
        void navigate('/consumption');
      },
      onError: (err) => {
        const { rest } = setServerErrors(form, err, { amountFen: 'amount' });
        const rowsWrong =
          err instanceof ApiError
            ? (err.problem.errors ?? [])
                .map((e) => Number(e.field.replace(/^body\./, '').split('.')[1]))
                .filter((i) => Number.isInteger(i))
            : [];
        setFailure(
          rowsWrong.length > 0
            ? t('consumption.bulkPage.refused', { rows: rowList(rowsWrong, i18n.language) })
            : rest.join('；'),
        );
      },
    });
  };

  const headerCell = (width: number, text: string) => (
    <div style={{ width, flex: `0 0 ${width}px`, fontWeight: 600 }}>{text}</div>
  );

  return (
    <Card size="small">
      {failure ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={failure}
          data-testid="bulk-failure"
        />
      ) : null}
      <Form<{ rows: Row[] }>
        form={form}
        initialValues={{ rows: [blank(), blank(), blank()] }}
        onFinish={submit}
        onFinishFailed={({ errorFields }) =>
          setFailure(
            t('consumption.bulkPage.clientInvalid', {
              rows: rowList(
                errorFields.map((e) => Number(e.name[1])).filter((i) => Number.isInteger(i)),
                i18n.language,
              ),
            }),
          )
        }
        scrollToFirstError
      >
        <div style={{ overflowX: 'auto' }}>
          <div style={{ minWidth: showDonor ? 1080 : 930 }}>
            <div style={{ display: 'flex', gap: 8, padding: '4px 0 8px' }} aria-hidden="true">
              {headerCell(ROW_NUMBER_WIDTH, '')}
              {COLUMNS.filter(([name]) => showDonor || name !== 'donor').map(
                ([name, width, label]) =>
                  headerCell(width, name === 'amount' ? withUnit(t, f(label)) : f(label)),
              )}
            </div>
            <Form.List name="rows">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => {
                    const rowLabel = t('consumption.bulkPage.row', { row: index + 1 });
                    const aria = (label: string) => `${rowLabel} ${label}`;
                    return (
                      <fieldset
                        key={field.key}
                        style={{
                          display: 'flex',
                          gap: 8,
                          alignItems: 'flex-start',
                          border: 0,
                          margin: 0,
                          padding: 0,
                          minWidth: 0,
                        }}
                        data-testid={`bulk-row-${index}`}
                        aria-label={rowLabel}
                      >
                        <Typography.Text
                          style={{
                            width: ROW_NUMBER_WIDTH,
                            flex: `0 0 ${ROW_NUMBER_WIDTH}px`,
                            paddingTop: 5,
                          }}
                        >
                          {index + 1}
                        </Typography.Text>
                        <Form.Item
                          name={[field.name, 'donor']}
                          hidden={!showDonor}
                          rules={[required]}
                          style={{ width: 140, flex: '0 0 140px' }}
                        >
                          <Select
                            aria-label={aria(f('donor'))}
                            options={donors.options}
                            showSearch={{ optionFilterProp: 'label' }}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'area']}
                          rules={[required]}
                          style={{ width: 170, flex: '0 0 170px' }}
                        >
                          <AreaPicker within="65" aria-label={aria(f('area'))} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'month']}
                          rules={[required]}
                          style={{ width: 110, flex: '0 0 110px' }}
                        >
                          <DatePicker
                            picker="month"
                            format="YYYY-MM"
                            aria-label={aria(f('month'))}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'channel']}
                          rules={[required]}
                          style={{ width: 110, flex: '0 0 110px' }}
                        >
                          <Select
                            aria-label={aria(f('channel'))}
                            showSearch={{ optionFilterProp: 'label' }}
                            options={SALE_CHANNELS.map((c) => ({
                              value: c,
                              label: t(`consumption.channels.${c}`),
                            }))}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'productCategory']}
                          rules={[required]}
                          style={{ width: 110, flex: '0 0 110px' }}
                        >
                          <Select
                            aria-label={aria(f('productCategory'))}
                            showSearch={{ optionFilterProp: 'label' }}
                            options={PRODUCT_CATEGORIES.map((c) => ({
                              value: c,
                              label: t(`consumption.categories.${c}`),
                            }))}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'product']}
                          style={{ width: 110, flex: '0 0 110px' }}
                        >
                          <Input aria-label={aria(f('product'))} maxLength={200} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'amount']}
                          rules={[moneyRule(t)]}
                          style={{ width: 110, flex: '0 0 110px' }}
                        >
                          <MoneyInput aria-label={aria(withUnit(t, f('amount')))} preview={false} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'quantity']}
                          rules={[required]}
                          style={{ width: 80, flex: '0 0 80px' }}
                        >
                          <InputNumber
                            aria-label={aria(f('quantity'))}
                            min={0}
                            precision={0}
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'unit']}
                          rules={[required, { max: 20 }]}
                          style={{ width: 64, flex: '0 0 64px' }}
                        >
                          <Input aria-label={aria(f('unit'))} placeholder={f('unitPlaceholder')} />
                        </Form.Item>
                        <Button
                          aria-label={t('consumption.bulkPage.removeRow', { row: index + 1 })}
                          icon={<DeleteOutlined />}
                          disabled={fields.length === 1}
                          onClick={() => remove(field.name)}
                        />
                      </fieldset>
                    );
                  })}
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => {
                      const last = form.getFieldValue(['rows', fields.length - 1]) as
                        | Row
                        | undefined;
                      // A new row starts as the last one for donor, area, month and channel.
                      add({
                        donor: last?.donor ?? firstDonor,
                        area: last?.area,
                        month: last?.month,
                        channel: last?.channel,
                      });
                    }}
                  >
                    {t('consumption.bulkPage.addRow')}
                  </Button>
                </>
              )}
            </Form.List>
          </div>
        </div>
        <div style={{ marginTop: 16 }}>
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={bulk.isPending}
              data-testid="bulk-save"
            >
              {t('consumption.bulkPage.save', { count: rows.length })}
            </Button>
            <Link to="/consumption">{t('consumption.bulkPage.back')}</Link>
          </Space>
        </div>
      </Form>
    </Card>
  );
}
