import { Breadcrumb, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Project } from '../../api/types';
import { Ltr } from '../../components/Ltr';
import { PageTitle } from '../../components/PageTitle';
import { StageTag } from '../../components/StageTag';
import { fallsBackToChinese, isolate, projectName } from '../../lib/projectName';
import { ProjectEditActions, PublishedTag } from './ProjectEditActions';
import { StageActions } from './StageActions';

/** The way back to the registry, above the project page in every state. */
export function ProjectCrumbs({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[
        { title: <Link to="/projects">{t('projects.title')}</Link> },
        { title: <Ltr>{code}</Ltr> },
      ]}
    />
  );
}

/** The project's name in both languages, code, stage and the stage changes the user may make. */
export function ProjectHeader({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <PageTitle
        title={projectName(project.name, i18n.language)}
        extra={
          <Space size={8} wrap>
            {fallsBackToChinese(i18n.language, project.name.ug) ? (
              <Tag data-testid="name-fallback">{t('common.chineseName')}</Tag>
            ) : null}
            <Typography.Text code data-testid="project-code">
              <Ltr>{project.code}</Ltr>
            </Typography.Text>
            <StageTag stage={project.stage} />
            <PublishedTag published={project.published} />
          </Space>
        }
        intro={
          i18n.language === 'zh-CN'
            ? (project.name.en ?? undefined)
            : i18n.language === 'ug'
              ? isolate(project.name.zh)
              : project.name.zh
        }
      />
      {project.can.update ? (
        <div style={{ marginBottom: 12 }}>
          <ProjectEditActions project={project} />
        </div>
      ) : null}
      {project.can.moveTo.length ? (
        <div style={{ marginBottom: 16 }}>
          <StageActions project={project} />
        </div>
      ) : null}
    </>
  );
}
