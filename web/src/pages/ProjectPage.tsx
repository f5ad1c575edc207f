import { Skeleton, Typography } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
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
import { OverviewTab } from './project/OverviewTab';
import { ProjectCrumbs, ProjectHeader } from './project/ProjectHeader';
import { PROJECT_WARNINGS_LIMIT } from './project/projectData';
import { QualityTab } from './project/QualityTab';
import { qualityColour, TabLabel } from './project/TabLabel';
import { WarningsTab } from './project/WarningsTab';

/**
 * The tabs other than the overview, loaded when first shown: their forms, upload and date
 * pickers are not on the page's first screen (decision 0077).
 */
const MoneyTab = lazy(() => import('./project/MoneyTab').then((m) => ({ default: m.MoneyTab })));
const ResultsTab = lazy(() =>
  import('./project/ResultsTab').then((m) => ({ default: m.ResultsTab })),
);
const DocumentsTab = lazy(() =>
  import('./project/DocumentsTab').then((m) => ({ default: m.DocumentsTab })),
);
const HistoryTab = lazy(() =>
  import('./project/HistoryTab').then((m) => ({ default: m.HistoryTab })),
);

/** A tab's content while its code loads. */
function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>{children}</Suspense>;
}

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
      children: (
        <Later>
          <MoneyTab project={p} />
        </Later>
      ),
    },
    {
      key: 'results',
      label: t('project.tabResults'),
      children: (
        <Later>
          <ResultsTab project={p} />
        </Later>
      ),
    },
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
            children: (
              <Later>
                <DocumentsTab project={p} />
              </Later>
            ),
          },
        ]
      : []),
    ...(p.can.readHistory
      ? [
          {
            key: 'history',
            label: t('project.tabHistory'),
            children: (
              <Later>
                <HistoryTab code={p.code} />
              </Later>
            ),
          },
        ]
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
