import {
  Alert,
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Form,
  Result,
  Skeleton,
  Space,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useProject, useProjectTypes } from '../api/hooks';
import { useOrganisationChoices, useUpdateProject } from '../api/projectEdits';
import type { Project } from '../api/types';
import { ErrorResult } from '../components/ErrorResult';
import { PageTitle } from '../components/PageTitle';
import { setServerErrors } from '../lib/formErrors';
import { bpToPercentInput } from '../lib/money';
import { useUnsavedChanges } from '../lib/useUnsavedChanges';
import { DonorsField } from './projects/DonorsField';
import { projectChange, projectFormValues } from './projects/editProjectForm';
import { FormErrorsAlert } from './projects/FormErrorsAlert';
import { LocationsField } from './projects/LocationsField';
import { NEW_PROJECT_ALIASES, type NewProjectValues } from './projects/newProjectForm';
import { ProjectDeliveryFields } from './projects/ProjectDeliveryFields';
import { ProjectBudgetFields, ProjectIdentityFields } from './projects/ProjectFields';
import { ProjectScheduleFields } from './projects/ProjectScheduleFields';

/**
 * Changing a project after it was created (those the project's `can.update` allows): the
 * new-project form's fields filled in, without the code and the stage. The save is guarded by
 * the version the form was loaded from; when someone saved in between (409) the page says so and
 * offers to reload.
 */
export function ProjectEditPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const project = useProject(code);
  const orgs = useOrganisationChoices();
  const types = useProjectTypes();

  const crumbs = (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[
        { title: <Link to="/projects">{t('projects.title')}</Link> },
        { title: <Link to={`/projects/${encodeURIComponent(code)}`}>{code}</Link> },
        { title: t('projectEdit.title') },
      ]}
    />
  );
  const title = <PageTitle title={t('projectEdit.title')} intro={t('projectEdit.intro')} />;

  if (project.isPending || orgs.isPending || types.isPending) {
    return (
      <>
        {crumbs}
        {title}
        <Skeleton active paragraph={{ rows: 10 }} />
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
        />
      </>
    );
  }
  if (!project.data.can.update) {
    return (
      <>
        {crumbs}
        {title}
        <Result
          status="403"
          title={t('compliance.forbiddenTitle')}
          subTitle={t('projectEdit.notEditor')}
        />
      </>
    );
  }
  return (
    <>
      {crumbs}
      {title}
      <EditForm project={project.data} onReload={() => project.refetch()} />
    </>
  );
}

function EditForm({
  project,
  onReload,
}: {
  project: Project;
  onReload: () => Promise<{ data?: Project | undefined }>;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const types = useProjectTypes();
  const update = useUpdateProject(project.code);
  const [form] = Form.useForm<NewProjectValues>();
  // The version the form shows: a save with another version on the server is a conflict.
  const [base, setBase] = useState(project);
  const [conflict, setConflict] = useState<number | null>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [edited, setEdited] = useState(false);
  const { allowLeaving } = useUnsavedChanges(edited);

  useEffect(() => {
    form.setFieldsValue(projectFormValues(base));
  }, [form, base]);

  const reload = async () => {
    const fresh = await onReload();
    if (!fresh.data) return;
    form.resetFields();
    setBase(fresh.data);
    setConflict(null);
    setEdited(false);
  };

  const submit = (values: NewProjectValues) => {
    setOtherErrors([]);
    update.mutate(
      { version: base.version, change: projectChange(values, base) },
      {
        onSuccess: (saved) => {
          void message.success(t('projectEdit.saved', { code: saved.code }));
          allowLeaving();
          void navigate(`/projects/${encodeURIComponent(saved.code)}`);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) {
            void onReload().then((fresh) => setConflict(fresh.data?.version ?? base.version + 1));
            return;
          }
          setOtherErrors(setServerErrors(form, err, NEW_PROJECT_ALIASES).rest);
        },
      },
    );
  };

  return (
    <Card style={{ maxWidth: 960 }}>
      {conflict !== null ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="project-conflict"
          style={{ marginBottom: 16 }}
          title={t('projectEdit.conflictTitle')}
          description={t('projectEdit.conflictText', { version: conflict })}
          action={
            <Button onClick={() => void reload()} data-testid="project-reload">
              {t('projectEdit.conflictReload')}
            </Button>
          }
        />
      ) : null}
      <Form<NewProjectValues>
        form={form}
        layout="vertical"
        aria-label={t('projectEdit.title')}
        initialValues={projectFormValues(base)}
        onValuesChange={(changed: Partial<NewProjectValues>) => {
          setEdited(true);
          if (changed.type) {
            const ty = types.data?.items.find((x) => x.code === changed.type);
            if (ty) {
              form.setFieldsValue({ livelihoodShare: bpToPercentInput(ty.defaultLivelihoodBp) });
            }
          }
        }}
        onFinish={submit}
        scrollToFirstError
      >
        <ProjectIdentityFields editing />
        <DonorsField />
        <LocationsField />
        <ProjectBudgetFields editing />
        <ProjectDeliveryFields />
        <ProjectScheduleFields />
        <FormErrorsAlert errors={otherErrors} />
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            loading={update.isPending}
            disabled={conflict !== null}
            data-testid="project-save"
          >
            {t('projectEdit.save')}
          </Button>
          <Link to={`/projects/${encodeURIComponent(project.code)}`}>
            {t('projectEdit.cancel')}
          </Link>
        </Space>
      </Form>
    </Card>
  );
}
