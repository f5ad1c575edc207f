import { DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Popconfirm,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Steps,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { useCan } from '../api/hooks';
import { useProgrammeOptions } from '../api/options';
import {
  downloadMarkedReport,
  fileBase64,
  type ImportInput,
  type ImportReport,
  KIND_INFO,
  MAX_IMPORT_BYTES,
  serverLang,
  TRANSFER_KINDS,
  type TransferKind,
  templateUrl,
  useImportCommit,
  useImportDryRun,
} from '../api/transfer';
import { ErrorResult } from '../components/ErrorResult';
import { PageTitle } from '../components/PageTitle';
import { SignedIn } from '../components/SignedIn';
import { useUrlState } from '../lib/urlState';
import { ProblemTable } from './imports/ProblemTable';

interface Chosen {
  name: string;
  contentBase64: string;
  /** Tells one chosen file from another (the dry run's cache key). */
  id: string;
}

/** The import screen: template, upload, the dry run's triaged report, commit, result. */
export function ImportPage() {
  const { t } = useTranslation();
  return (
    <SignedIn
      title={t('imports.signInTitle')}
      text={t('imports.signInText')}
      heading={<PageTitle title={t('imports.title')} />}
    >
      <ImportScreen />
    </SignedIn>
  );
}

function ImportScreen() {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const can = useCan();
  const { params, update } = useUrlState();
  const programmes = useProgrammeOptions();
  const lang = serverLang(i18n.language);
  const kinds = TRANSFER_KINDS.filter((k) => can(KIND_INFO[k].importCan));
  const asked = params.get('kind') as TransferKind | null;
  const kind = asked && kinds.includes(asked) ? asked : kinds[0];
  const [programme, setProgramme] = useState<string>('');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [downloading, setDownloading] = useState(false);

  const input: ImportInput | null =
    chosen && kind
      ? {
          kind,
          contentBase64: chosen.contentBase64,
          filename: chosen.name,
          programme: programme || undefined,
          lang,
        }
      : null;
  const dryRun = useImportDryRun(done ? null : input, chosen?.id ?? '');
  const commit = useImportCommit();

  if (!kind) {
    return (
      <>
        <PageTitle title={t('imports.title')} intro={t('imports.intro')} />
        <Alert type="info" showIcon title={t('imports.noKinds')} data-testid="imports-no-kinds" />
      </>
    );
  }

  const reset = () => {
    setChosen(null);
    setDone(null);
    commit.reset();
  };

  const choose = async (file: File) => {
    if (!/\.(xlsx|csv)$/i.test(file.name)) {
      void message.error(t('imports.notFile'));
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      void message.error(t('imports.tooLarge'));
      return;
    }
    setDone(null);
    commit.reset();
    setChosen({
      name: file.name,
      contentBase64: await fileBase64(file),
      id: `${file.name}:${file.size}:${file.lastModified}:${Date.now()}`,
    });
  };

  const report = dryRun.data;
  const critical = report?.problems.some((p) => p.severity === 'critical') ?? false;
  const current = done ? 3 : report ? 2 : chosen ? 1 : 0;

  const setup = (
    <Card title={t('imports.templateTitle')} size="small" style={{ marginBottom: 16 }}>
      <Space wrap size="middle" align="end">
        <Space direction="vertical" size={4}>
          <label htmlFor="import-kind">{t('imports.kind')}</label>
          <Select<TransferKind>
            id="import-kind"
            data-testid="import-kind"
            style={{ width: 260 }}
            value={kind}
            onChange={(value) => {
              reset();
              update({ kind: value });
            }}
            options={kinds.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
          />
        </Space>
        <Space direction="vertical" size={4}>
          <label htmlFor="import-programme">{t('imports.programme')}</label>
          <Select<string>
            id="import-programme"
            data-testid="import-programme"
            style={{ width: 220 }}
            value={programme}
            loading={programmes.loading}
            onChange={(value) => {
              setProgramme(value);
              setDone(null);
            }}
            options={[{ value: '', label: t('imports.programmeNone') }, ...programmes.options]}
          />
        </Space>
        <Button
          icon={<DownloadOutlined />}
          href={templateUrl(kind, 'zh')}
          download
          data-testid="template-zh"
        >
          {t('imports.templateZh')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          href={templateUrl(kind, 'en')}
          download
          data-testid="template-en"
        >
          {t('imports.templateEn')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          href={templateUrl(kind, 'ug')}
          download
          data-testid="template-ug"
        >
          {t('imports.templateUg')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('imports.programmeHint')} {t('imports.templateHint')}
      </Typography.Paragraph>
    </Card>
  );

  const upload = (
    <Card title={t('imports.uploadTitle')} size="small" style={{ marginBottom: 16 }}>
      <Upload.Dragger
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          void choose(file);
          return false;
        }}
        data-testid="import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.uploadDrop')}</p>
        <p className="ant-upload-hint">{t('imports.uploadHint')}</p>
      </Upload.Dragger>
    </Card>
  );

  let body: React.ReactNode = null;
  if (done) {
    body = <Outcome report={done} kind={kind} onAgain={reset} />;
  } else if (chosen && dryRun.isPending) {
    body = (
      <Card size="small" data-testid="import-checking">
        <Space>
          <Spin />
          <span>{t('imports.checking', { name: chosen.name })}</span>
        </Space>
      </Card>
    );
  } else if (chosen && dryRun.isError) {
    body = (
      <div data-testid="import-error">
        <ErrorResult
          title={t('imports.checkFailed')}
          error={dryRun.error}
          onRetry={() => void dryRun.refetch()}
          extra={<Button onClick={reset}>{t('imports.again')}</Button>}
        />
      </div>
    );
  } else if (chosen && report && input) {
    const ready = !critical && report.accepted > 0;
    body = (
      <Card
        title={t('imports.reportTitle')}
        size="small"
        data-testid="import-report"
        extra={
          <Typography.Text type="secondary">
            {t('imports.file')}：{chosen.name}
          </Typography.Text>
        }
      >
        <Row gutter={16} style={{ marginBottom: 12 }}>
          <Col>
            <Statistic title={t('imports.rows')} value={report.rows} />
          </Col>
          <Col>
            <Statistic
              title={t('imports.accepted')}
              value={report.accepted}
              valueStyle={{ color: '#237804' }}
            />
          </Col>
          <Col>
            <Statistic title={t('imports.skipped')} value={report.skipped} />
          </Col>
        </Row>
        <Alert
          style={{ marginBottom: 12 }}
          data-testid="import-verdict"
          showIcon
          type={critical ? 'error' : ready ? (report.skipped > 0 ? 'warning' : 'success') : 'error'}
          title={
            critical
              ? t('imports.criticalAlert')
              : !ready
                ? t('imports.nothingAlert')
                : report.problems.length === 0
                  ? t('imports.readyClean', { accepted: report.accepted })
                  : t('imports.readyAlert', { accepted: report.accepted, skipped: report.skipped })
          }
        />
        <Space wrap style={{ marginBottom: 12 }}>
          <Popconfirm
            title={t('imports.commitConfirmTitle', { count: report.accepted })}
            description={<div style={{ maxWidth: 360 }}>{t('imports.commitConfirmText')}</div>}
            okText={t('imports.commitOk')}
            cancelText={t('imports.cancel')}
            disabled={!ready}
            onConfirm={async () => {
              try {
                setDone(await commit.mutateAsync(input));
              } catch (err) {
                void message.error(
                  t('imports.commitFailed', {
                    detail: err instanceof Error ? err.message : String(err),
                  }),
                );
              }
            }}
          >
            <Button
              type="primary"
              disabled={!ready}
              loading={commit.isPending}
              data-testid="import-commit"
            >
              {t('imports.commit', { count: report.accepted })}
            </Button>
          </Popconfirm>
          <Button
            icon={<DownloadOutlined />}
            loading={downloading}
            disabled={report.problems.length === 0}
            data-testid="import-download-report"
            title={t('imports.downloadReportHint')}
            onClick={async () => {
              setDownloading(true);
              try {
                await downloadMarkedReport(input);
              } catch (err) {
                const detail =
                  err instanceof ApiError || err instanceof Error ? err.message : String(err);
                void message.error(t('imports.reportFailed', { detail }));
              } finally {
                setDownloading(false);
              }
            }}
          >
            {t('imports.downloadReport')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={reset} data-testid="import-again">
            {t('imports.again')}
          </Button>
        </Space>
        <Typography.Title level={5}>
          {t('imports.problemsTitle', { count: report.problems.length })}
        </Typography.Title>
        <ProblemTable problems={report.problems} key={chosen.id} />
      </Card>
    );
  }

  return (
    <>
      <PageTitle title={t('imports.title')} intro={t('imports.intro')} />
      <Steps
        size="small"
        current={current}
        status={done ? 'finish' : chosen && dryRun.isError ? 'error' : 'process'}
        style={{ marginBottom: 16, maxWidth: 900 }}
        items={[
          { title: t('imports.steps.template') },
          { title: t('imports.steps.upload') },
          { title: t('imports.steps.check') },
          { title: t('imports.steps.commit') },
        ]}
      />
      {setup}
      {chosen || done ? null : upload}
      {body}
    </>
  );
}

/** The commit's result: counts, its problems, and a link to the records. */
function Outcome({
  report,
  kind,
  onAgain,
}: {
  report: ImportReport;
  kind: TransferKind;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const created = report.counts.created ?? 0;
  return (
    <Card size="small" data-testid="import-done">
      <Result
        status={created > 0 ? 'success' : 'info'}
        title={created > 0 ? t('imports.doneTitle', { created }) : t('imports.doneNothing')}
        subTitle={t('imports.doneCounts', {
          rows: report.rows,
          created,
          existing: report.counts.existing ?? 0,
          refused: report.counts.refused ?? 0,
        })}
        extra={[
          <Link key="list" to={KIND_INFO[kind].list} data-testid="import-to-list">
            <Button type="primary">{t('imports.toList')}</Button>
          </Link>,
          <Button key="again" onClick={onAgain}>
            {t('imports.another')}
          </Button>,
        ]}
      />
      {report.problems.length > 0 ? (
        <>
          <Typography.Title level={5}>
            {t('imports.doneProblems', { count: report.problems.length })}
          </Typography.Title>
          <ProblemTable problems={report.problems} />
        </>
      ) : null}
    </Card>
  );
}
