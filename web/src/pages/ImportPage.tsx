import { DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Popconfirm,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Steps,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useCan } from '../api/hooks';
import { useProgrammeOptions } from '../api/options';
import {
  downloadMarkedReport,
  fileBase64,
  type ImportInput,
  type ImportReport,
  JOB_THRESHOLD_BYTES,
  KIND_INFO,
  MAX_IMPORT_BYTES,
  serverLang,
  startImportJob,
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
import { IatiImport } from './imports/IatiImport';
import { JobFailed, JobProgress, useJobRun } from './imports/JobProgress';
import { Outcome } from './imports/Outcome';
import { ProblemTable } from './imports/ProblemTable';

/** What the screen imports: a template kind, or an IATI activity file (decision 0081). */
type ScreenKind = TransferKind | 'iati';

interface Chosen {
  name: string;
  contentBase64: string;
  /** Tells one chosen file from another (the dry run's cache key). */
  id: string;
  /** A large file: checked and committed as a job with progress (decision 0081). */
  viaJob: boolean;
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
  const kinds: ScreenKind[] = TRANSFER_KINDS.filter((k) => can(KIND_INFO[k].importCan));
  // The IATI import is behind the projects' write policy, as its route.
  if (can('projects.write')) kinds.push('iati');
  const asked = params.get('kind') as ScreenKind | null;
  const screenKind = asked && kinds.includes(asked) ? asked : kinds[0];
  const kind = screenKind === 'iati' ? undefined : screenKind;
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
  const dryRun = useImportDryRun(done || chosen?.viaJob ? null : input, chosen?.id ?? '');
  const commit = useImportCommit();
  const dryJob = useJobRun();
  const commitJob = useJobRun();
  const committedByJob = commitJob.done?.report as ImportReport | null | undefined;
  useEffect(() => {
    if (committedByJob) setDone(committedByJob);
  }, [committedByJob]);

  if (!screenKind) {
    return (
      <>
        <PageTitle title={t('imports.title')} intro={t('imports.intro')} />
        <Alert type="info" showIcon title={t('imports.noKinds')} data-testid="imports-no-kinds" />
      </>
    );
  }

  const kindSelect = (
    <Space direction="vertical" size={4}>
      <label htmlFor="import-kind">{t('imports.kind')}</label>
      <Select<ScreenKind>
        id="import-kind"
        data-testid="import-kind"
        style={{ width: 260 }}
        value={screenKind}
        onChange={(value) => {
          reset();
          update({ kind: value });
        }}
        options={kinds.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
      />
    </Space>
  );

  function reset() {
    setChosen(null);
    setDone(null);
    commit.reset();
    dryJob.reset();
    commitJob.reset();
  }

  if (!kind) {
    return (
      <>
        <PageTitle title={t('imports.title')} intro={t('imports.intro')} />
        <Card size="small" style={{ marginBottom: 16 }}>
          {kindSelect}
        </Card>
        <IatiImport />
      </>
    );
  }

  const inputFor = (file: Chosen, programmeCode = programme): ImportInput => ({
    kind,
    contentBase64: file.contentBase64,
    filename: file.name,
    programme: programmeCode || undefined,
    lang,
  });
  const checkByJob = (file: Chosen, programmeCode = programme) =>
    void dryJob.start(() => startImportJob(inputFor(file, programmeCode), true));

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
    commitJob.reset();
    const next: Chosen = {
      name: file.name,
      contentBase64: await fileBase64(file),
      id: `${file.name}:${file.size}:${file.lastModified}:${Date.now()}`,
      viaJob: file.size > JOB_THRESHOLD_BYTES,
    };
    setChosen(next);
    if (next.viaJob) checkByJob(next);
  };

  const jobReport = dryJob.done?.report as ImportReport | null | undefined;
  const report = chosen?.viaJob ? (jobReport ?? undefined) : dryRun.data;
  const critical = report?.problems.some((p) => p.severity === 'critical') ?? false;
  const current = done ? 3 : report ? 2 : chosen ? 1 : 0;

  const setup = (
    <Card title={t('imports.templateTitle')} size="small" style={{ marginBottom: 16 }}>
      <Space wrap size="middle" align="end">
        {kindSelect}
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
              if (chosen?.viaJob) checkByJob(chosen, value);
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
  } else if (chosen?.viaJob && (commitJob.failed || commitJob.error)) {
    body = <JobFailed failed={commitJob.failed} error={commitJob.error} onAgain={reset} />;
  } else if (chosen?.viaJob && commitJob.running) {
    body = <JobProgress job={commitJob.job} name={chosen.name} />;
  } else if (chosen?.viaJob && (dryJob.failed || dryJob.error)) {
    body = <JobFailed failed={dryJob.failed} error={dryJob.error} onAgain={reset} />;
  } else if (chosen?.viaJob && !report) {
    body = <JobProgress job={dryJob.job} name={chosen.name} />;
  } else if (chosen && !chosen.viaJob && dryRun.isPending) {
    body = (
      <Card size="small" data-testid="import-checking">
        <Space>
          <Spin />
          <span>{t('imports.checking', { name: chosen.name })}</span>
        </Space>
      </Card>
    );
  } else if (chosen && !chosen.viaJob && dryRun.isError) {
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
              if (chosen.viaJob) {
                void commitJob.start(() => startImportJob(input, false));
                return;
              }
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
