import { EditOutlined, EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Popconfirm, Space, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { useProject } from '../../api/hooks';
import { useUpdateProject } from '../../api/projectEdits';
import type { Project } from '../../api/types';

/** 已公开 / 未公开: whether everyone may see the project. */
export function PublishedTag({ published }: { published: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={published ? 'green' : 'default'} data-testid="project-published">
      {published ? t('projectEdit.published') : t('projectEdit.unpublished')}
    </Tag>
  );
}

/** The error of a failed change as the user reads it. */
export function changeFailed(t: TFunction, err: unknown): string {
  if (err instanceof ApiError && err.status === 403) {
    return t('project.forbidden', { detail: err.message });
  }
  return t('project.actionFailed', { detail: err instanceof Error ? err.message : String(err) });
}

/**
 * 编辑项目 and 公开项目 / 取消公开, for those who may change the project (`project.can.update`);
 * nothing for others. A stale version (409) says so and offers a reload.
 */
export function ProjectEditActions({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const update = useUpdateProject(project.code);
  const project$ = useProject(project.code);
  const [conflict, setConflict] = useState(false);
  if (!project.can.update) return null;

  const setPublished = (published: boolean) =>
    update.mutate(
      { version: project.version, change: { published } },
      {
        onSuccess: () =>
          void message.success(
            published ? t('projectEdit.publishedDone') : t('projectEdit.unpublishedDone'),
          ),
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) setConflict(true);
          else void message.error(changeFailed(t, err));
        },
      },
    );

  return (
    <>
      <Space wrap>
        <Link to={`/projects/${encodeURIComponent(project.code)}/edit`}>
          <Button icon={<EditOutlined />} data-testid="project-edit">
            {t('projectEdit.edit')}
          </Button>
        </Link>
        <Popconfirm
          title={project.published ? t('projectEdit.unpublish') : t('projectEdit.publish')}
          description={
            project.published ? t('projectEdit.unpublishConfirm') : t('projectEdit.publishConfirm')
          }
          okText={t('project.confirm')}
          cancelText={t('project.cancel')}
          onConfirm={() => setPublished(!project.published)}
        >
          <Button
            icon={project.published ? <EyeInvisibleOutlined /> : <EyeOutlined />}
            loading={update.isPending}
            data-testid="project-publish"
          >
            {project.published ? t('projectEdit.unpublish') : t('projectEdit.publish')}
          </Button>
        </Popconfirm>
      </Space>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
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
    </>
  );
}
