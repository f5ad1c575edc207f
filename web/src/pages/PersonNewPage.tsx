import {
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  Divider,
  Form,
  Result,
  Row,
  Select,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan, useSession } from '../api/hooks';
import { useDonorOptions } from '../api/options';
import { useAddPosting, useCreatePerson } from '../api/people';
import { LoginRequired } from '../components/LoginRequired';
import { PageTitle } from '../components/PageTitle';
import { setServerErrors } from '../lib/formErrors';
import { grantOrganisations } from '../lib/grants';
import { useUnsavedChanges } from '../lib/useUnsavedChanges';
import {
  BirthYearField,
  EthnicityField,
  HomeOrgField,
  IdCardField,
  NameUgField,
  NameZhField,
  PhoneField,
  SexField,
} from './people/PersonFields';
import {
  NEW_POSTING,
  PostingFields,
  type PostingValues,
  postingBody,
} from './people/PostingFields';
import { FormErrorsAlert } from './projects/FormErrorsAlert';

interface Values {
  nameZh: string;
  nameUg?: string;
  sex: 'female' | 'male';
  ethnicity?: string;
  birthYear?: number | null;
  homeOrgName?: string;
  phone?: string;
  idCardNumber?: string;
  donor: string;
  published: boolean;
  withPosting: boolean;
  posting: PostingValues;
}

const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** Registers a person sent by a donor and, if asked, their first posting; opens the person. */
export function PersonNewPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const can = useCan();
  const donors = useDonorOptions();
  const create = useCreatePerson();
  const addPosting = useAddPosting();
  const [form] = Form.useForm<Values>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [edited, setEdited] = useState(false);
  const { allowLeaving } = useUnsavedChanges(edited);
  const donor = Form.useWatch('donor', form);
  const withPosting = Form.useWatch('withPosting', form);

  const title = (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/people">{t('people.title')}</Link> },
          { title: t('people.form.title') },
        ]}
      />
      <PageTitle title={t('people.form.title')} intro={t('people.form.intro')} />
    </>
  );
  if (session.isPending) return title;
  if (!session.data) {
    return (
      <>
        {title}
        <LoginRequired
          title={t('compliance.loginTitle')}
          subTitle={t('people.form.signInRequired')}
        />
      </>
    );
  }
  if (!can('people.write')) {
    return (
      <>
        {title}
        <Result
          status="403"
          title={t('compliance.forbiddenTitle')}
          subTitle={t('people.form.notEditor')}
        />
      </>
    );
  }
  const grantOrgs = grantOrganisations(session.data.user);
  const ownDonor = grantOrgs.length === 1 ? grantOrgs[0]?.code : undefined;
  const donorOptions =
    grantOrgs.length > 0
      ? donors.options.filter((o) => grantOrgs.some((g) => g.code === o.value))
      : donors.options;
  const required = (field: string) => [
    { required: true, message: t('people.form.required', { field }) },
  ];

  const submit = (v: Values) => {
    setOtherErrors([]);
    create.mutate(
      {
        nameZh: v.nameZh.trim(),
        nameUg: orNull(v.nameUg),
        sex: v.sex,
        ethnicity: orNull(v.ethnicity),
        birthYear: v.birthYear ?? null,
        homeOrgName: orNull(v.homeOrgName),
        phone: orNull(v.phone),
        idCardNumber: orNull(v.idCardNumber),
        donor: v.donor,
        published: v.published,
      },
      {
        onSuccess: (person) => {
          const done = () => {
            void message.success(t('people.form.created', { name: person.nameZh }));
            allowLeaving();
            void navigate(`/people/${person.id}`);
          };
          if (!v.withPosting) return done();
          addPosting.mutate(
            { id: person.id, version: person.version, body: postingBody(v.posting) },
            {
              onSuccess: done,
              onError: (err) => {
                // The person exists: show the posting's problem on the person page's form.
                void message.error(t('people.form.postingFailed', { detail: err.message }));
                allowLeaving();
                void navigate(`/people/${person.id}`, {
                  state: { postingError: err.message },
                });
              },
            },
          );
        },
        onError: (err) => {
          const rest = setServerErrors(form, err, { homeOrg: 'homeOrgName' }).rest;
          setOtherErrors(rest);
        },
      },
    );
  };

  return (
    <>
      {title}
      <Card style={{ maxWidth: 960 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          aria-label={t('people.form.title')}
          initialValues={{
            sex: 'male',
            donor: ownDonor,
            published: false,
            withPosting: true,
            posting: NEW_POSTING,
          }}
          onValuesChange={() => setEdited(true)}
          onFinish={submit}
          onFinishFailed={() => undefined}
          scrollToFirstError
        >
          <Divider titlePlacement="start">{t('people.form.personSection')}</Divider>
          <Row gutter={16}>
            <NameZhField />
            <NameUgField />
            <SexField />
          </Row>
          <Row gutter={16}>
            <EthnicityField />
            <BirthYearField />
            <HomeOrgField />
          </Row>
          <Row gutter={16}>
            <PhoneField />
            <IdCardField />
            <Col xs={24} md={8}>
              <Form.Item
                name="donor"
                label={t('people.form.donor')}
                rules={required(t('people.form.donor'))}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={donors.loading}
                  options={donorOptions}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="published" valuePropName="checked">
            <Checkbox>{t('people.form.published')}</Checkbox>
          </Form.Item>
          <Divider titlePlacement="start">{t('people.form.postingSection')}</Divider>
          <Form.Item name="withPosting" valuePropName="checked">
            <Checkbox>{t('people.form.withPosting')}</Checkbox>
          </Form.Item>
          {withPosting ? <PostingFields prefix={['posting']} donor={donor} /> : null}
          <FormErrorsAlert errors={otherErrors} />
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending || addPosting.isPending}
            data-testid="person-submit"
          >
            {t('people.form.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
