import { InboxOutlined, ReloadOutlined } from '@ant-design/icons';
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
  Statistic,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAreas, useProjectTypes } from '../../api/hooks';
import { useDonorOptions, useProgrammeOptions } from '../../api/options';
import {
  fileBase64,
  type IatiInput,
  type IatiReport,
  MAX_IMPORT_BYTES,
  serverLang,
  startImportJob,
} from '../../api/transfer';
import { areaName } from '../../lib/areaName';
import { JobFailed, JobProgress, useJobRun } from './JobProgress';
import { ProblemTable } from './ProblemTable';

interface Chosen {
  name: string;
  contentBase64: string;
}

/** An area chosen by searching its name, pinyin or code (the area of activities with none). */
function AreaChoice({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const areas = useAreas({ q, limit: '20' }, q.length > 0);
  const [label, setLabel] = useState('');
  const options = (areas.data?.items ?? []).map((a) => ({
    value: a.code,
    label: `${i18n.language === 'en' ? areaName(a, 'en') : a.name} · ${t(`levels.${a.level}`)}`,
  }));
  return (
    <Select<string>
      id="iati-area"
      data-testid="iati-area"
      style={{ width: 240 }}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={t('imports.iati.areaPlaceholder')}
      value={value || undefined}
      options={value && !options.some((o) => o.value === value) ? [{ value, label }] : options}
      onChange={(code, option) => {
        onChange(code ?? '');
        const chosen = Array.isArray(option) ? undefined : option;
        setLabel(typeof chosen?.label === 'string' ? chosen.label : '');
      }}
    />
  );
}

/**
 * The IATI import on the import screen (issue 11 point 6, decision 0081): the programme the
 * activities become projects of, the fallbacks for what they lack, the XML file; a dry run as a
 * job with the triaged problems and the counts, then the commit — the service of
 * `shanhai import iati`.
 */
export function IatiImport() {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const programmes = useProgrammeOptions();
  const donors = useDonorOptions();
  const types = useProjectTypes();
  const [programme, setProgramme] = useState('');
  const [donor, setDonor] = useState('');
  const [type, setType] = useState('');
  const [area, setArea] = useState('');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const dry = useJobRun();
  const commit = useJobRun();
  const lang = serverLang(i18n.language);

  const inputOf = (file: Chosen): IatiInput => ({
    contentBase64: file.contentBase64,
    filename: file.name,
    programme,
    donor: donor || undefined,
    type: type || undefined,
    area: area || undefined,
    lang,
  });
  const check = (file: Chosen) =>
    void dry.start(() => startImportJob({ kind: 'iati', ...inputOf(file) }, true));

  const reset = () => {
    setChosen(null);
    dry.reset();
    commit.reset();
  };

  const choose = async (file: File) => {
    if (!/\.xml$/i.test(file.name)) {
      void message.error(t('imports.iati.notXml'));
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      void message.error(t('imports.tooLarge'));
      return;
    }
    const next = { name: file.name, contentBase64: await fileBase64(file) };
    commit.reset();
    setChosen(next);
    check(next);
  };

  const typeOptions = (types.data?.items ?? []).map((p) => {
    const named = p as { code: string; name: string; nameEn?: string | null };
    return {
      value: named.code,
      label: i18n.language === 'en' && named.nameEn ? named.nameEn : named.name,
    };
  });

  const setup = (
    <Card title={t('imports.iati.setupTitle')} size="small" style={{ marginBottom: 16 }}>
      <Space wrap size="middle" align="end">
        <Space direction="vertical" size={4}>
          <label htmlFor="iati-programme">{t('imports.iati.programme')}</label>
          <Select<string>
            id="iati-programme"
            data-testid="iati-programme"
            style={{ width: 220 }}
            value={programme || undefined}
            placeholder={t('imports.iati.programmePlaceholder')}
            loading={programmes.loading}
            disabled={chosen !== null}
            onChange={setProgramme}
            options={programmes.options}
          />
        </Space>
        <Space direction="vertical" size={4}>
          <label htmlFor="iati-donor">{t('imports.iati.donor')}</label>
          <Select<string>
            id="iati-donor"
            data-testid="iati-donor"
            style={{ width: 200 }}
            allowClear
            value={donor || undefined}
            placeholder={t('imports.iati.optional')}
            loading={donors.loading}
            disabled={chosen !== null}
            onChange={(v) => setDonor(v ?? '')}
            options={donors.options}
          />
        </Space>
        <Space direction="vertical" size={4}>
          <label htmlFor="iati-type">{t('imports.iati.type')}</label>
          <Select<string>
            id="iati-type"
            data-testid="iati-type"
            style={{ width: 200 }}
            allowClear
            value={type || undefined}
            placeholder={t('imports.iati.optional')}
            disabled={chosen !== null}
            onChange={(v) => setType(v ?? '')}
            options={typeOptions}
          />
        </Space>
        <Space direction="vertical" size={4}>
          <label htmlFor="iati-area">{t('imports.iati.area')}</label>
          <AreaChoice value={area} onChange={setArea} />
        </Space>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('imports.iati.hint')}
      </Typography.Paragraph>
    </Card>
  );

  const upload = (
    <Card title={t('imports.iati.uploadTitle')} size="small" style={{ marginBottom: 16 }}>
      {programme ? (
        <Upload.Dragger
          accept=".xml,application/xml,text/xml"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void choose(file);
            return false;
          }}
          data-testid="iati-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('imports.iati.uploadDrop')}</p>
          <p className="ant-upload-hint">{t('imports.iati.uploadHint')}</p>
        </Upload.Dragger>
      ) : (
        <Alert type="info" showIcon title={t('imports.iati.programmeFirst')} />
      )}
    </Card>
  );

  let body: React.ReactNode = null;
  const committed = commit.done?.report as IatiReport | null | undefined;
  const report = dry.done?.report as IatiReport | null | undefined;
  if (chosen && committed) {
    const n = committed.counts.activities;
    body = (
      <Card size="small" data-testid="iati-done">
        <Result
          status={n > 0 ? 'success' : 'info'}
          title={n > 0 ? t('imports.iati.doneTitle', { count: n }) : t('imports.doneNothing')}
          subTitle={t('imports.iati.counts', {
            activities: committed.counts.activities,
            transactions: committed.counts.transactions,
            skipped: committed.counts.transactionsSkipped,
          })}
          extra={[
            <Link key="list" to="/projects">
              <Button type="primary">{t('imports.toList')}</Button>
            </Link>,
            <Button key="again" onClick={reset}>
              {t('imports.another')}
            </Button>,
          ]}
        />
        {committed.problems.length > 0 ? <ProblemTable problems={committed.problems} /> : null}
      </Card>
    );
  } else if (chosen && (commit.failed || commit.error)) {
    body = <JobFailed failed={commit.failed} error={commit.error} onAgain={reset} />;
  } else if (chosen && commit.running) {
    body = <JobProgress job={commit.job} name={chosen.name} />;
  } else if (chosen && (dry.failed || dry.error)) {
    body = <JobFailed failed={dry.failed} error={dry.error} onAgain={reset} />;
  } else if (chosen && dry.running) {
    body = <JobProgress job={dry.job} name={chosen.name} />;
  } else if (chosen && report) {
    const critical = report.problems.some((p) => p.severity === 'critical');
    const ready = !critical && report.accepted > 0;
    const byType = Object.entries(report.counts.transactionsByType);
    body = (
      <Card
        title={t('imports.reportTitle')}
        size="small"
        data-testid="iati-report"
        extra={
          <Typography.Text type="secondary">
            {t('imports.file')}：{chosen.name}
          </Typography.Text>
        }
      >
        <Row gutter={16} style={{ marginBottom: 12 }}>
          <Col>
            <Statistic title={t('imports.iati.activitiesRead')} value={report.rows} />
          </Col>
          <Col>
            <Statistic
              title={t('imports.iati.activities')}
              value={report.counts.activities}
              valueStyle={{ color: '#237804' }}
            />
          </Col>
          <Col>
            <Statistic title={t('imports.iati.transactions')} value={report.counts.transactions} />
          </Col>
          <Col>
            <Statistic
              title={t('imports.iati.transactionsSkipped')}
              value={report.counts.transactionsSkipped}
            />
          </Col>
          <Col>
            <Statistic title={t('imports.iati.existing')} value={report.counts.existing} />
          </Col>
        </Row>
        <div style={{ marginBottom: 12 }} data-testid="iati-by-type">
          <Typography.Text>{t('imports.iati.byType')}：</Typography.Text>
          {byType.length === 0 ? (
            <Typography.Text type="secondary">{t('imports.iati.noTransactions')}</Typography.Text>
          ) : (
            byType.map(([code, n]) => (
              <Tag key={code}>{t('imports.iati.typeCount', { code, count: n })}</Tag>
            ))
          )}
        </div>
        <Alert
          style={{ marginBottom: 12 }}
          data-testid="iati-verdict"
          showIcon
          type={critical || !ready ? 'error' : report.skipped > 0 ? 'warning' : 'success'}
          title={
            critical
              ? t('imports.criticalAlert')
              : !ready
                ? t('imports.nothingAlert')
                : t('imports.iati.ready', { count: report.accepted })
          }
        />
        <Space wrap style={{ marginBottom: 12 }}>
          {ready ? (
            <Popconfirm
              title={t('imports.iati.commitConfirm', { count: report.accepted })}
              description={<div style={{ maxWidth: 360 }}>{t('imports.commitConfirmText')}</div>}
              okText={t('imports.commitOk')}
              cancelText={t('imports.cancel')}
              onConfirm={() =>
                void commit.start(() => startImportJob({ kind: 'iati', ...inputOf(chosen) }, false))
              }
            >
              <Button type="primary" data-testid="iati-commit">
                {t('imports.iati.commit', { count: report.accepted })}
              </Button>
            </Popconfirm>
          ) : null}
          <Button icon={<ReloadOutlined />} onClick={reset} data-testid="iati-again">
            {t('imports.again')}
          </Button>
        </Space>
        <Typography.Title level={5}>
          {t('imports.problemsTitle', { count: report.problems.length })}
        </Typography.Title>
        <ProblemTable problems={report.problems} />
      </Card>
    );
  }

  return (
    <>
      {setup}
      {chosen ? null : upload}
      {body}
    </>
  );
}
