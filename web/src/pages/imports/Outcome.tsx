import { Button, Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ImportReport, KIND_INFO, type TransferKind } from '../../api/transfer';
import { ProblemTable } from './ProblemTable';

/** The commit's result: counts, its problems, and a link to the records. */
export function Outcome({
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
