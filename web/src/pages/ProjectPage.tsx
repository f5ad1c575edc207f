import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useProject, useSession } from '../api/hooks';
import { useProjectQuality } from '../api/quality';
import { useWarnings } from '../api/warnings';
import { ErrorResult } from '../components/ErrorResult';
import { ResponsiveTabs } from '../components/ResponsiveTabs';
import { SEVERITY_COLOURS } from '../components/WarningTags';
import { useUrlState } from '../lib/urlState';
import { DocumentsTab } from './project/DocumentsTab';
import { HistoryTab } from './project/HistoryTab';
import { MoneyTab } from './project/MoneyTab';
import { OverviewTab } from './project/OverviewTab';
import { ProjectCrumbs, ProjectHeader } from './project/ProjectHeader';
import { QualityTab } from './project/QualityTab';
import { ResultsTab } from './project/ResultsTab';
import { qualityColour, TabLabel } from './project/TabLabel';
import { PROJECT_WARNINGS_LIMIT, WarningsTab } from './project/WarningsTab';

/** A project's record page: the header, then a tab per aspect (the tab is kept in the URL). */
export function ProjectPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { params, update } = useUrlState();
  const project = useProject(code);
  const session = useSession();
  const signedIn = !!session.data;
  // Fetched here for the tabs' counts; the tabs read the same cached queries.
  const quality = useProjectQuality(project.isSuccess ? code : '');
  const warnings = useWarnings(
    { project: code, limit: PROJECT_WARNINGS_LIMIT },
    project.isSuccess && signedIn,
  );

  if (project.isPending) {
    return (
      <>
        <ProjectCrumbs code={code} />
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  }
  if (project.isError) {
    const notFound = project.error instanceof ApiError && project.error.status === 404;
    return (
      <>
        <ProjectCrumbs code={code} />
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
  const openWarnings =
    warnings.data?.items.filter((w) => w.status === 'open' || w.status === 'acknowledged').length ??
    0;
  const items = [
    { key: 'overview', label: t('project.tabOverview'), children: <OverviewTab project={p} /> },
    {
      key: 'money',
      label: t('project.tabMoney'),
      children: <MoneyTab project={p} />,
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
                count={openWarnings}
                color={SEVERITY_COLOURS.error}
              />
            ),
            children: <WarningsTab code={p.code} />,
          },
        ]
      : []),
    ...(signedIn
      ? [
          {
            key: 'documents',
            label: (
              <TabLabel text={t('projectEdit.tabDocuments')} count={p.documentCount} color="blue" />
            ),
            children: <DocumentsTab project={p} />,
          },
        ]
      : []),
    ...(p.can.readHistory
      ? [{ key: 'history', label: t('project.tabHistory'), children: <HistoryTab code={p.code} /> }]
      : []),
  ];

  return (
    <>
      <ProjectCrumbs code={code} />
      <ProjectHeader project={p} />
      <ResponsiveTabs
        activeKey={items.some((i) => i.key === tab) ? tab : 'overview'}
        onChange={(key) => update({ tab: key === 'overview' ? undefined : key })}
        items={items}
      />
    </>
  );
}
