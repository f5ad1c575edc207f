import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../api/hooks';
import { useWritableDonorOptions } from '../api/names';
import { useDonorOptions, yearOptions } from '../api/options';
import { type Exchange, useCreateExchange, useExchanges } from '../api/training';
import { AreaPicker } from '../components/AreaPicker';
import { ErrorResult } from '../components/ErrorResult';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { PageTitle } from '../components/PageTitle';
import { PublishButton } from '../components/PublishButton';
import { SignedIn } from '../components/SignedIn';
import { formatCount, formatDate, joinList } from '../lib/format';
import { setServerErrors } from '../lib/formErrors';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';

const KINDS = [
  'study-tour',
  'camp',
  'performance',
  'reading-room',
  'school-pairing',
  'township-pairing',
  'other',
] as const satisfies readonly Exchange['kind'][];

/** 交往交流交融: exchange activities (several organising donors possible), listed and added. */
export function ExchangesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('exchanges.title')} intro={t('exchanges.intro')} />
      <SignedIn title={t('training.loginTitle')} text={t('training.loginText')}>
        <ExchangesScreen />
      </SignedIn>
    </>
  );
}

function ExchangesScreen() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const { params, update } = useUrlState();
  const paging = useUrlPaging();
  const donors = useDonorOptions();
  const kind = params.get('kind') ?? '';
  const donor = params.get('donor') ?? '';
  const year = params.get('year') ?? '';
  const list = useExchanges({
    kind: kind || undefined,
    donor: donor || undefined,
    from: year ? `${year}-01-01` : undefined,
    to: year ? `${year}-12-31` : undefined,
    limit: paging.pageSize,
    offset: paging.offset,
  });
  const [adding, setAdding] = useState(false);
  const canAdd = can('training.write');
  const filtered = !!(kind || donor || year);
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });
  const en = i18n.language === 'en';
  const language = i18n.language;

  const columns: ColumnsType<Exchange> = [
    {
      title: t('exchanges.colTitle'),
      key: 'title',
      render: (_, x) => (
        <Space size={6} wrap>
          <span>{x.title}</span>
          {x.published ? null : <Tag>{t('training.unpublished')}</Tag>}
          <PublishButton
            url={`/api/exchanges/${x.id}`}
            version={x.version}
            canUpdate={x.can.update}
            published={x.published}
            invalidate={['exchanges']}
          />
        </Space>
      ),
    },
    {
      title: t('exchanges.colKind'),
      key: 'kind',
      render: (_, x) => t(`exchanges.kinds.${x.kind}`),
    },
    {
      title: t('exchanges.colOrganisers'),
      key: 'organisers',
      render: (_, x) =>
        joinList(
          x.organisers.map((o) => (en && o.nameEn ? o.nameEn : o.name)),
          language,
        ),
    },
    {
      title: t('exchanges.colAreas'),
      key: 'areas',
      render: (_, x) =>
        joinList(
          x.areas.map((a) => a.name),
          language,
        ),
    },
    {
      title: t('exchanges.colDates'),
      key: 'dates',
      render: (_, x) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDate(x.startDate)} – {formatDate(x.endDate)}
        </span>
      ),
    },
    {
      title: t('exchanges.colLocal'),
      key: 'local',
      align: 'right',
      render: (_, x) => formatCount(x.participantsLocal),
    },
    {
      title: t('exchanges.colDonorSide'),
      key: 'donorSide',
      align: 'right',
      render: (_, x) => formatCount(x.participantsDonor),
    },
  ];

  return (
    <>
      {canAdd ? (
        <div style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('exchanges.newExchange')}
          </Button>
        </div>
      ) : null}
      <FilterBar label={t('exchanges.filters')}>
        <FilterSelect
          id="xf-kind"
          label={t('exchanges.kind')}
          width={140}
          placeholder={t('exchanges.allKinds')}
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: t(`exchanges.kinds.${k}`) }))}
          onChange={(value) => setFilter({ kind: value })}
        />
        <FilterSelect
          id="xf-donor"
          label={t('training.donor')}
          width={150}
          searchable
          placeholder={t('training.allDonors')}
          value={donor}
          {...donors}
          onChange={(value) => setFilter({ donor: value })}
        />
        <FilterSelect
          id="xf-year"
          label={t('training.year')}
          width={110}
          placeholder={t('training.allYears')}
          value={year}
          options={yearOptions()}
          onChange={(value) => setFilter({ year: value })}
        />
        {filtered ? (
          <Button onClick={() => setFilter({ kind: undefined, donor: undefined, year: undefined })}>
            {t('training.clearFilters')}
          </Button>
        ) : null}
      </FilterBar>
      {list.isError && !list.data ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Exchange>
          data-testid="exchanges-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: list.isPending ? (
              ' '
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  filtered
                    ? t('exchanges.noMatch')
                    : canAdd
                      ? t('exchanges.emptyEditor')
                      : t('exchanges.empty')
                }
              />
            ),
          }}
          pagination={paging.pagination(list.data?.total ?? 0)}
          onChange={(pagination) => update(paging.pageParams(pagination))}
        />
      )}
      <ExchangeModal open={adding} onClose={() => setAdding(false)} />
    </>
  );
}

interface ExchangeForm {
  kind: Exchange['kind'];
  title: string;
  dates: [Dayjs, Dayjs];
  place?: string;
  organisers: string[];
  areas: string[];
  participantsLocal: number;
  participantsDonor: number;
  published: boolean;
}

function ExchangeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ExchangeForm>();
  const donors = useWritableDonorOptions();
  const create = useCreateExchange();
  const [failure, setFailure] = useState<string | null>(null);
  const f = (key: string) => t(`exchanges.form.${key}`);
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
      width={640}
    >
      {failure ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={failure} />
      ) : null}
      <Form<ExchangeForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          organisers: donors.options.length === 1 ? [donors.options[0]?.value] : [],
          areas: [undefined],
          published: false,
        }}
        onFinish={(v) => {
          setFailure(null);
          create.mutate(
            {
              programme: 'xinjiang',
              kind: v.kind,
              title: v.title,
              startDate: v.dates[0].format('YYYY-MM-DD'),
              endDate: v.dates[1].format('YYYY-MM-DD'),
              place: v.place?.trim() || null,
              organisers: v.organisers,
              areas: v.areas.filter(Boolean),
              participantsLocal: v.participantsLocal,
              participantsDonor: v.participantsDonor,
              published: v.published,
            },
            {
              onSuccess: onClose,
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
        }}
      >
        <Form.Item name="kind" label={f('kind')} rules={[required]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`exchanges.kinds.${k}`) }))} />
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
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={donors.options}
          />
        </Form.Item>
        <Form.Item name={['areas', 0]} label={f('areas')} rules={[required]}>
          <AreaPicker within="65" aria-label={f('areas')} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item name="participantsLocal" label={f('participantsLocal')} rules={[required]}>
            <InputNumber min={0} precision={0} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="participantsDonor" label={f('participantsDonor')} rules={[required]}>
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
