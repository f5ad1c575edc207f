import {
  Alert,
  App as AntApp,
  Badge,
  Breadcrumb,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Skeleton,
  Space,
  Spin,
  Steps,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, fieldErrors } from '../api/client';
import {
  useCreateTransaction,
  useHistory,
  useProject,
  useProjectTypes,
  useSession,
  useTransactions,
  useTransition,
} from '../api/hooks';
import { useProjectQuality } from '../api/quality';
import {
  type HistoryEntry,
  PROGRESS_STAGES,
  type Project,
  type ProjectResult,
  REASON_REQUIRED,
  type Stage,
  TRANSACTION_TYPES,
  type Transaction,
} from '../api/types';
import { useWarnings } from '../api/warnings';
import { ErrorResult } from '../components/ErrorResult';
import { Money } from '../components/Money';
import { PageTitle } from '../components/PageTitle';
import { StageTag } from '../components/StageTag';
import { SEVERITY_COLOURS } from '../components/WarningTags';
import { formatDate, today } from '../lib/format';
import { formatShare, parseYuanToFen } from '../lib/money';
import { projectName } from '../lib/projectName';
import { hasAnyRole, useUrlState } from '../lib/urlState';
import { QualityTab } from './project/QualityTab';
import { PROJECT_WARNINGS_LIMIT, WarningsTab } from './project/WarningsTab';

// The map (ECharts and the county boundaries) loads only when the overview shows it.
const LocationsMap = lazy(() => import('../map/LocationsMap'));

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** The stage timeline: the progress stages with planned and actual dates. */
function StageTimeline({ project }: { project: Project }) {
  const { t } = useTranslation();
  const halted = project.stage === 'suspended' || project.stage === 'cancelled';
  const reached = halted ? project.stageBeforeSuspension : project.stage;
  const current = reached
    ? PROGRESS_STAGES.indexOf(reached as (typeof PROGRESS_STAGES)[number])
    : -1;
  return (
    <Steps
      orientation="vertical"
      size="small"
      current={current}
      status={halted ? 'error' : project.stage === 'evaluated' ? 'finish' : 'process'}
      items={PROGRESS_STAGES.map((s) => {
        const d = project.stageDates[s];
        return {
          title: t(`stages.${s}`),
          content:
            d?.planned || d?.actual ? (
              <Space orientation="vertical" size={0}>
                {d.planned ? (
                  <span>
                    {t('project.planned')} {formatDate(d.planned)}
                  </span>
                ) : null}
                {d.actual ? (
                  <span>
                    {t('project.actual')} {formatDate(d.actual)}
                  </span>
                ) : null}
              </Space>
            ) : undefined,
        };
      })}
    />
  );
}

function Overview({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const types = useProjectTypes();
  const type = types.data?.items.find((x) => x.code === project.type);
  const none = t('common.none');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card size="small">
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label={t('project.type')}>
              {type ? (i18n.language === 'en' ? type.nameEn : type.name) : project.type}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.livelihoodShare')}>
              {formatShare(project.livelihoodShareBp)}
              {project.livelihoodReason ? (
                <Typography.Text type="secondary"> （{project.livelihoodReason}）</Typography.Text>
              ) : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.donors')} span={2}>
              <Space wrap>
                {project.donors.map((d) => (
                  <Tag key={d.org}>
                    {d.name} {formatShare(d.shareBp)}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('project.implementingOrg')}>
              {project.implementingOrg ?? none}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.deliveryMode')}>
              {project.deliveryMode ? t(`deliveryModes.${project.deliveryMode}`) : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.budget')}>
              <Money fen={project.budgetFen} testId="project-budget" />
            </Descriptions.Item>
            <Descriptions.Item label={t('project.year')}>{project.year}</Descriptions.Item>
            <Descriptions.Item label={t('project.approvalDate')}>
              {formatDate(project.approvalDate) || none}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.fixedAsset')}>
              {project.fixedAsset ? t('project.yes') : t('project.no')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title={t('project.timeline')}>
          {project.stageReason ? (
            <Alert
              type={project.stage === 'cancelled' ? 'error' : 'warning'}
              showIcon
              style={{ marginBottom: 12 }}
              title={t('project.stageReason', { reason: project.stageReason })}
              description={
                project.stageBeforeSuspension
                  ? t('project.suspendedFrom', {
                      stage: t(`stages.${project.stageBeforeSuspension}`),
                    })
                  : undefined
              }
            />
          ) : null}
          <StageTimeline project={project} />
        </Card>
      </Col>
      <Col xs={24}>
        <Card
          size="small"
          title={t('project.locations')}
          data-testid="project-locations"
          extra={
            <Typography.Text type="secondary">
              {t('project.classifiedOn', { date: formatDate(project.classifiedOn) })}
            </Typography.Text>
          }
        >
          <Suspense
            fallback={
              <div style={{ height: 200, display: 'grid', placeItems: 'center' }}>
                <Spin />
              </div>
            }
          >
            <LocationsMap locations={project.locations} />
          </Suspense>
        </Card>
      </Col>
    </Row>
  );
}

interface TxForm {
  type: string;
  value: string;
  date: Dayjs;
  planned: 'planned' | 'actual';
  note?: string;
}

function MoneyTab({ project, canWrite }: { project: Project; canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const txs = useTransactions(project.code);
  const create = useCreateTransaction(project.code);
  const [form] = Form.useForm<TxForm>();
  const [formError, setFormError] = useState<string | null>(null);

  const columns: ColumnsType<Transaction> = [
    {
      title: t('project.colDate'),
      dataIndex: 'date',
      render: (d: string) => <span style={NOWRAP}>{formatDate(d)}</span>,
      sorter: (a, b) => a.date.localeCompare(b.date),
      defaultSortOrder: 'descend',
    },
    { title: t('project.colTxType'), dataIndex: 'type', render: (v: string) => t(`txTypes.${v}`) },
    {
      title: t('project.colPlanned'),
      dataIndex: 'planned',
      render: (p: boolean) =>
        p ? <Tag>{t('project.planned')}</Tag> : <Tag color="blue">{t('project.actual')}</Tag>,
    },
    {
      title: t('project.colValue'),
      dataIndex: 'valueFen',
      align: 'right',
      render: (v: number, tx) => <Money fen={v} testId={`tx-value-${tx.id}`} />,
    },
    { title: t('project.colNote'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
    { title: t('project.colCreatedBy'), dataIndex: 'createdBy' },
  ];

  const submit = (values: TxForm) => {
    setFormError(null);
    const valueFen = parseYuanToFen(values.value);
    if (valueFen === null) return;
    create.mutate(
      {
        type: values.type,
        valueFen,
        date: values.date.format('YYYY-MM-DD'),
        planned: values.planned === 'planned',
        note: values.note?.trim() || null,
      },
      {
        onSuccess: () => {
          void message.success(t('project.txSaved'));
          form.resetFields(['value', 'note']);
        },
        onError: (err) => {
          const fields = fieldErrors(err);
          const map: Record<string, keyof TxForm> = {
            type: 'type',
            valueFen: 'value',
            date: 'date',
            planned: 'planned',
            note: 'note',
          };
          const known = Object.entries(fields).filter(([f]) => map[f]);
          form.setFields(
            known.map(([f, msg]) => ({ name: map[f] as keyof TxForm, errors: [msg] })),
          );
          if (known.length === 0) setFormError(err.message);
        },
      },
    );
  };

  const actualByType = TRANSACTION_TYPES.map((type) => ({
    type,
    fen: (txs.data?.items ?? [])
      .filter((x) => x.type === type && !x.planned)
      .reduce((s, x) => s + x.valueFen, 0),
  }));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {canWrite ? (
        <Card size="small" title={t('project.recordTx')}>
          {formError ? (
            <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />
          ) : null}
          <Form<TxForm>
            form={form}
            layout="inline"
            aria-label={t('project.recordTx')}
            initialValues={{ type: 'disbursement', planned: 'actual', date: dayjs() }}
            onFinish={submit}
            style={{ rowGap: 12 }}
          >
            <Form.Item name="type" label={t('project.txType')} rules={[{ required: true }]}>
              <Select
                style={{ width: 130 }}
                options={TRANSACTION_TYPES.map((v) => ({ value: v, label: t(`txTypes.${v}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="value"
              label={t('project.txValue')}
              tooltip={t('project.txValueHint')}
              rules={[
                {
                  validator: (_, v: string | undefined) =>
                    v && parseYuanToFen(v) !== null
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('project.txValueInvalid'))),
                },
              ]}
            >
              <Input style={{ width: 160 }} inputMode="decimal" placeholder="1234.56" />
            </Form.Item>
            <Form.Item
              name="date"
              label={t('project.txDate')}
              rules={[{ required: true, message: t('project.required') }]}
            >
              <DatePicker format="YYYY-MM-DD" allowClear={false} />
            </Form.Item>
            <Form.Item name="planned" label={t('project.txPlanned')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'actual', label: t('project.actual') },
                  { value: 'planned', label: t('project.planned') },
                ]}
              />
            </Form.Item>
            <Form.Item name="note" label={t('project.txNote')}>
              <Input style={{ width: 180 }} maxLength={2000} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                {t('project.recordTx')}
              </Button>
            </Form.Item>
          </Form>
        </Card>
      ) : null}
      <Card
        size="small"
        title={t('project.ledger')}
        extra={
          txs.data?.items.length ? (
            <Space wrap size="middle">
              <Typography.Text type="secondary">{t('project.sumByType')}</Typography.Text>
              {actualByType.map((x) => (
                <span key={x.type}>
                  {t(`txTypes.${x.type}`)} <Money fen={x.fen} />
                </span>
              ))}
            </Space>
          ) : null
        }
      >
        {txs.isError ? (
          <ErrorResult error={txs.error} onRetry={() => void txs.refetch()} />
        ) : (
          <Table<Transaction>
            data-testid="ledger-table"
            rowKey="id"
            size="small"
            loading={txs.isPending}
            columns={columns}
            dataSource={txs.data?.items ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: txs.isPending ? (
                ' '
              ) : (
                <Empty
                  description={t('project.ledgerEmpty')}
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                />
              ),
            }}
          />
        )}
      </Card>
    </Space>
  );
}

function ResultsTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  const count = (v: number | null) => (v === null ? t('common.none') : v.toLocaleString());
  const columns: ColumnsType<ProjectResult> = [
    {
      title: t('project.colMetric'),
      dataIndex: 'metric',
      render: (m: string) => t(`metrics.${m}`),
    },
    {
      title: t('project.colPlanned'),
      dataIndex: 'planned',
      render: (p: boolean) =>
        p ? <Tag>{t('project.target')}</Tag> : <Tag color="green">{t('project.achieved')}</Tag>,
    },
    {
      title: t('project.colResultValue'),
      key: 'value',
      align: 'right',
      render: (_, r) =>
        r.metric === 'output-value-fen' ? <Money fen={r.value} /> : r.value.toLocaleString(),
    },
    { title: t('project.colFemale'), dataIndex: 'female', render: count },
    { title: t('project.colMale'), dataIndex: 'male', render: count },
    { title: t('project.colMinority'), dataIndex: 'ethnicMinority', render: count },
    {
      title: t('project.colAsOf'),
      dataIndex: 'asOf',
      render: (d: string | null) => formatDate(d) || t('common.none'),
    },
    { title: t('project.colNote'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
  ];
  return (
    <Table<ProjectResult>
      rowKey={(r) => `${r.metric}-${r.planned}-${r.asOf}-${r.value}`}
      size="small"
      columns={columns}
      dataSource={project.results}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: (
          <Empty description={t('project.resultsEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ),
      }}
    />
  );
}

function HistoryTab({ code }: { code: string }) {
  const { t } = useTranslation();
  const history = useHistory('project', code, true);
  if (history.isError)
    return <ErrorResult error={history.error} onRetry={() => void history.refetch()} />;
  const json = (v: unknown) => (
    <pre style={{ margin: 0, maxHeight: 300, overflow: 'auto', fontSize: 12 }}>
      {JSON.stringify(v, null, 2)}
    </pre>
  );
  const columns: ColumnsType<HistoryEntry> = [
    {
      title: t('project.colAt'),
      dataIndex: 'at',
      render: (v: string) => <span style={NOWRAP}>{dayjs(v).format('YYYY-MM-DD HH:mm')}</span>,
    },
    { title: t('project.colActor'), dataIndex: 'actor' },
    { title: t('project.colAction'), dataIndex: 'action' },
  ];
  return (
    <Table<HistoryEntry>
      rowKey="id"
      size="small"
      loading={history.isPending}
      columns={columns}
      dataSource={history.data?.items ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      expandable={{
        expandedRowRender: (e) => (
          <Row gutter={16}>
            <Col span={12}>
              <Typography.Text strong>{t('project.before')}</Typography.Text>
              {json(e.before)}
            </Col>
            <Col span={12}>
              <Typography.Text strong>{t('project.after')}</Typography.Text>
              {json(e.after)}
            </Col>
          </Row>
        ),
      }}
      locale={{
        emptyText: history.isPending ? (
          ' '
        ) : (
          <Empty description={t('project.historyEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ),
      }}
    />
  );
}

/** Stage buttons from `nextStages`; a dialog asks for the date and, to suspend or cancel, a reason. */
function TransitionButtons({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const transition = useTransition(project.code);
  const [target, setTarget] = useState<Stage | null>(null);
  const [conflict, setConflict] = useState(false);
  const [form] = Form.useForm<{ date: Dayjs; reason?: string }>();
  const project$ = useProject(project.code);

  const submit = (values: { date: Dayjs; reason?: string }) => {
    if (!target) return;
    transition.mutate(
      {
        to: target,
        date: values.date.format('YYYY-MM-DD'),
        reason: values.reason?.trim() || undefined,
        version: project.version,
      },
      {
        onSuccess: () => {
          void message.success(t('project.transitioned', { stage: t(`stages.${target}`) }));
          setTarget(null);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) {
            setTarget(null);
            setConflict(true);
            return;
          }
          const fields = fieldErrors(err);
          const known = (['date', 'reason'] as const).filter((f) => fields[f]);
          form.setFields(known.map((f) => ({ name: f, errors: [fields[f] ?? ''] })));
          if (!known.length) {
            void message.error(
              err instanceof ApiError && err.status === 403
                ? t('project.forbidden', { detail: err.message })
                : t('project.actionFailed', { detail: fields.to ?? err.message }),
            );
          }
        },
      },
    );
  };

  return (
    <>
      <Space wrap>
        {project.nextStages.map((s) => (
          <Button
            key={s}
            danger={s === 'cancelled'}
            type={REASON_REQUIRED.includes(s) ? 'default' : 'primary'}
            data-testid={`transition-${s}`}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ date: dayjs(today()) });
              setTarget(s);
            }}
          >
            {t('project.moveTo', { stage: t(`stages.${s}`) })}
          </Button>
        ))}
      </Space>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('project.conflictTitle')}
          description={t('project.conflictText')}
          action={
            <Button
              onClick={() => {
                setConflict(false);
                void project$.refetch();
              }}
            >
              {t('project.reload')}
            </Button>
          }
        />
      ) : null}
      <Modal
        open={!!target}
        title={target ? t('project.transitionTitle', { stage: t(`stages.${target}`) }) : ''}
        okText={t('project.confirm')}
        cancelText={t('project.cancel')}
        confirmLoading={transition.isPending}
        onOk={() => form.submit()}
        onCancel={() => setTarget(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="date"
            label={t('project.transitionDate')}
            rules={[{ required: true, message: t('project.required') }]}
          >
            <DatePicker format="YYYY-MM-DD" allowClear={false} />
          </Form.Item>
          {target && REASON_REQUIRED.includes(target) ? (
            <Form.Item
              name="reason"
              label={t('project.reason')}
              rules={[{ required: true, whitespace: true, message: t('project.reasonRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={2000} autoFocus />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </>
  );
}

/** A tab's name with a count badge (none for zero); the count is part of its accessible name. */
function TabLabel({ text, count, color }: { text: string; count: number; color: string }) {
  const { t } = useTranslation();
  return (
    <Space size={6}>
      {text}
      {count > 0 ? (
        <Badge
          count={count}
          color={color}
          size="small"
          title={t('projectExtras.countBadge', { count })}
        />
      ) : null}
    </Space>
  );
}

/** The colour of the most severe finding, for the quality tab's badge. */
function qualityColour(counts: Record<'critical' | 'error' | 'warning', number> | undefined) {
  if (counts?.critical) return SEVERITY_COLOURS.critical;
  if (counts?.error) return SEVERITY_COLOURS.error;
  return SEVERITY_COLOURS.warning;
}

export function ProjectPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const { params, update } = useUrlState();
  const project = useProject(code);
  const session = useSession();
  const canWrite = hasAnyRole(session.data, 'coordinator', 'donor-editor');
  const canTransition = hasAnyRole(session.data, 'coordinator', 'donor-editor', 'recipient-editor');
  const canReadHistory = hasAnyRole(session.data, 'coordinator', 'auditor');
  const signedIn = !!session.data;
  // Fetched here for the tabs' counts; the tabs read the same cached queries.
  const quality = useProjectQuality(project.isSuccess ? code : '');
  const warnings = useWarnings(
    { project: code, limit: PROJECT_WARNINGS_LIMIT },
    project.isSuccess && signedIn,
  );

  const crumbs = (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[{ title: <Link to="/projects">{t('projects.title')}</Link> }, { title: code }]}
    />
  );

  if (project.isPending) {
    return (
      <>
        {crumbs}
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  }
  if (project.isError) {
    const notFound = project.error instanceof ApiError && project.error.status === 404;
    return (
      <>
        {crumbs}
        <ErrorResult
          error={project.error}
          title={notFound ? t('project.notFoundTitle') : undefined}
          onRetry={notFound ? undefined : () => void project.refetch()}
          extra={
            notFound ? (
              <Typography.Paragraph>{t('project.notFoundText', { code })}</Typography.Paragraph>
            ) : null
          }
        />
      </>
    );
  }

  const p = project.data;
  const tab = params.get('tab') || 'overview';
  const items = [
    { key: 'overview', label: t('project.tabOverview'), children: <Overview project={p} /> },
    {
      key: 'money',
      label: t('project.tabMoney'),
      children: <MoneyTab project={p} canWrite={canWrite} />,
    },
    { key: 'results', label: t('project.tabResults'), children: <ResultsTab project={p} /> },
    {
      key: 'quality',
      label: (
        <TabLabel
          text={t('projectExtras.tabQuality')}
          count={quality.data?.findings.length ?? 0}
          color={qualityColour(quality.data?.counts.bySeverity)}
        />
      ),
      children: <QualityTab code={p.code} />,
    },
    ...(signedIn
      ? [
          {
            key: 'warnings',
            label: (
              <TabLabel
                text={t('projectExtras.tabWarnings')}
                count={
                  warnings.data?.items.filter(
                    (w) => w.status === 'open' || w.status === 'acknowledged',
                  ).length ?? 0
                }
                color={SEVERITY_COLOURS.error}
              />
            ),
            children: <WarningsTab code={p.code} />,
          },
        ]
      : []),
    ...(canReadHistory
      ? [{ key: 'history', label: t('project.tabHistory'), children: <HistoryTab code={p.code} /> }]
      : []),
  ];

  return (
    <>
      {crumbs}
      <PageTitle
        title={projectName(p.name, i18n.language)}
        extra={
          <Space size={8}>
            <Typography.Text code data-testid="project-code">
              {p.code}
            </Typography.Text>
            <StageTag stage={p.stage} />
          </Space>
        }
        intro={i18n.language === 'en' ? p.name.zh : (p.name.en ?? undefined)}
      />
      {canTransition && p.nextStages.length ? (
        <div style={{ marginBottom: 16 }}>
          <TransitionButtons project={p} />
        </div>
      ) : null}
      <Tabs
        activeKey={items.some((i) => i.key === tab) ? tab : 'overview'}
        onChange={(key) => update({ tab: key === 'overview' ? undefined : key })}
        items={items}
      />
    </>
  );
}
