import { Alert, Button, Card, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type ImportJob, serverLang, useImportJob } from '../../api/transfer';
import { ErrorResult } from '../../components/ErrorResult';

/**
 * An import run as a job (decision 0081): start it, then follow it (asked every half second)
 * until it is done or failed. `error` is a start refused or a status that cannot be read.
 */
export function useJobRun() {
  const { i18n } = useTranslation();
  const [id, setId] = useState<number | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const query = useImportJob(id, serverLang(i18n.language));
  const job = query.data;
  const start = async (begin: () => Promise<ImportJob>) => {
    setStarting(true);
    setStartError(null);
    setId(null);
    try {
      setId((await begin()).id);
    } catch (err) {
      setStartError(err);
    } finally {
      setStarting(false);
    }
  };
  const reset = () => {
    setId(null);
    setStartError(null);
  };
  const error: unknown = startError ?? (query.isError ? query.error : null);
  const finished = job?.state === 'done' || job?.state === 'failed';
  return {
    id,
    job,
    start,
    reset,
    error,
    /** Started (or starting) and neither finished nor refused. */
    running: (starting || id !== null) && !finished && !error,
    done: job?.state === 'done' ? job : null,
    failed: job?.state === 'failed' ? job : null,
  };
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** A running job: its phase, a progress bar and how far it is (rows or megabytes). */
export function JobProgress({ job, name }: { job: ImportJob | undefined; name: string }) {
  const { t } = useTranslation();
  const done = job?.progress.done ?? 0;
  const total = job?.progress.total ?? null;
  const percent = total ? Math.min(100, Math.floor((done * 100) / total)) : 0;
  const phase = job?.state === 'queued' || !job ? 'queued' : (job.phase ?? 'reading');
  const count =
    total === null
      ? null
      : job?.progress.unit === 'bytes'
        ? t('imports.job.bytes', { done: mb(done), total: mb(total) })
        : t('imports.job.rows', { done, total });
  return (
    <Card size="small" data-testid="import-job" style={{ marginBottom: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {t('imports.job.title', { name })} · {t(`imports.job.phases.${phase}`)}
        </Typography.Text>
        <Progress
          percent={percent}
          status="active"
          aria-label={t('imports.job.progressLabel')}
          data-testid="import-job-bar"
        />
        <Typography.Text type="secondary" data-testid="import-job-count">
          {count ?? t('imports.job.counting')}
        </Typography.Text>
        <Typography.Text type="secondary">{t('imports.job.hint')}</Typography.Text>
      </Space>
    </Card>
  );
}

/** A job that failed, or could not be started or followed: why, and a way back. */
export function JobFailed({
  failed,
  error,
  onAgain,
}: {
  failed: ImportJob | null;
  error: unknown;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const again = <Button onClick={onAgain}>{t('imports.again')}</Button>;
  if (failed?.error) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="import-job-failed"
        title={t('imports.job.failed')}
        description={failed.error.message}
        action={again}
      />
    );
  }
  return (
    <div data-testid="import-error">
      <ErrorResult
        title={t('imports.checkFailed')}
        error={error instanceof ApiError || error instanceof Error ? error : null}
        extra={again}
      />
    </div>
  );
}
