import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Breadcrumb, Button, Card, Form, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan, useCreateProject, useProjectTypes, useSession } from '../api/hooks';
import { LoginRequired } from '../components/LoginRequired';
import { PageTitle } from '../components/PageTitle';
import { setServerErrors } from '../lib/formErrors';
import { grantOrganisations } from '../lib/grants';
import { bpToPercentInput } from '../lib/money';
import { useUnsavedChanges } from '../lib/useUnsavedChanges';
import { FormErrorsAlert } from './projects/FormErrorsAlert';
import { LocationsField } from './projects/LocationsField';
import {
  NEW_PROJECT_ALIASES,
  type NewProjectValues,
  newProjectBody,
} from './projects/newProjectForm';
import { ProjectDeliveryFields } from './projects/ProjectDeliveryFields';
import { ProjectBudgetFields, ProjectIdentityFields } from './projects/ProjectFields';

/** The new-project form (editors): the project opens once it is created. */
export function ProjectNewPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const can = useCan();
  const types = useProjectTypes();
  const create = useCreateProject();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewProjectValues>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [edited, setEdited] = useState(false);
  const { allowLeaving } = useUnsavedChanges(edited);

  const title = (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/projects">{t('projects.title')}</Link> },
          { title: t('projectForm.title') },
        ]}
      />
      <PageTitle title={t('projectForm.title')} intro={t('projectForm.intro')} />
    </>
  );

  if (session.isPending) return title;
  if (!session.data) {
    return (
      <>
        {title}
        <LoginRequired
          title={t('compliance.loginTitle')}
          subTitle={t('projectForm.signInRequired')}
        />
      </>
    );
  }
  if (!can('projects.write')) {
    return (
      <>
        {title}
        <Result
          status="403"
          title={t('compliance.forbiddenTitle')}
          subTitle={t('projectForm.notEditor')}
        />
      </>
    );
  }

  // The donor to start with: the one organisation the caller's grants are limited to, if any.
  const grantOrgs = grantOrganisations(session.data.user);
  const ownDonor = grantOrgs.length === 1 ? grantOrgs[0]?.code : undefined;

  const submit = (values: NewProjectValues) => {
    setOtherErrors([]);
    create.mutate(newProjectBody(values), {
      onSuccess: (project) => {
        void message.success(t('projectForm.created', { code: project.code }));
        allowLeaving();
        void navigate(`/projects/${encodeURIComponent(project.code)}`);
      },
      onError: (err) => {
        setOtherErrors(setServerErrors(form, err, NEW_PROJECT_ALIASES).rest);
        // A code taken meanwhile: ask for the next one (it replaces a suggested code, not a typed one).
        void queryClient.invalidateQueries({ queryKey: ['project-codes'] });
      },
    });
  };

  return (
    <>
      {title}
      <Card style={{ maxWidth: 960 }}>
        <Form<NewProjectValues>
          form={form}
          layout="vertical"
          aria-label={t('projectForm.title')}
          initialValues={{
            programme: 'xinjiang',
            donor: ownDonor,
            stage: 'reserve',
            locations: [{ area: '', share: '100' }],
          }}
          onValuesChange={(changed: Partial<NewProjectValues>) => {
            setEdited(true);
            if (changed.type) {
              const ty = types.data?.items.find((x) => x.code === changed.type);
              if (ty)
                form.setFieldsValue({ livelihoodShare: bpToPercentInput(ty.defaultLivelihoodBp) });
            }
          }}
          onFinish={submit}
          scrollToFirstError
        >
          <ProjectIdentityFields />
          <LocationsField />
          <ProjectBudgetFields />
          <ProjectDeliveryFields />
          <FormErrorsAlert errors={otherErrors} />
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending}
            data-testid="project-submit"
          >
            {t('projectForm.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
