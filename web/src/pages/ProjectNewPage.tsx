import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Result,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldErrors } from '../api/client';
import { useCreateProject, useOrganisations, useProjectTypes, useSession } from '../api/hooks';
import { useProgrammeOptions } from '../api/options';
import { PROGRESS_STAGES } from '../api/types';
import { LoginRequired } from '../components/LoginRequired';
import { PageTitle } from '../components/PageTitle';
import { bpToPercentInput, formatShare, parsePercentToBp, parseYuanToFen } from '../lib/money';
import { hasAnyRole } from '../lib/urlState';

interface Values {
  code: string;
  name: { zh: string; en?: string };
  programme: string;
  donor: string;
  type: string;
  livelihoodShare: string;
  livelihoodReason?: string;
  locations: { area: string; share: string }[];
  budget: string;
  stage: string;
  approvalDate?: Dayjs | null;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const AREA_CODE = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

/** Server field path → form field path (`locations.0.shareBp` → ['locations', 0, 'share']). */
function formPath(field: string): (string | number)[] | null {
  const parts: (string | number)[] = field.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  const rename: Record<string, string> = {
    budgetFen: 'budget',
    livelihoodShareBp: 'livelihoodShare',
    shareBp: 'share',
  };
  const mapped = parts.map((x) => (typeof x === 'string' ? (rename[x] ?? x) : x));
  const head = mapped[0];
  const known = [
    'code',
    'name',
    'programme',
    'donor',
    'type',
    'livelihoodShare',
    'livelihoodReason',
    'locations',
    'budget',
    'stage',
    'approvalDate',
  ];
  if (typeof head !== 'string' || !known.includes(head)) return null;
  if (head === 'locations' && mapped.length === 1) return null; // shown under the list
  return mapped;
}

export function ProjectNewPage() {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const programmeChoices = useProgrammeOptions();
  const types = useProjectTypes();
  const donors = useOrganisations('donor-province');
  const create = useCreateProject();
  const [form] = Form.useForm<Values>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [locationsError, setLocationsError] = useState<string | null>(null);
  const language = i18n.language;

  const typeCode = Form.useWatch('type', form);
  const share = Form.useWatch('livelihoodShare', form);
  const locations = Form.useWatch('locations', form) ?? [];
  const type = types.data?.items.find((x) => x.code === typeCode);
  const shareBp = typeof share === 'string' ? parsePercentToBp(share) : null;
  const shareChanged = !!type && shareBp !== null && shareBp !== type.defaultLivelihoodBp;
  const locationBps = locations.map((l) => (l?.share ? parsePercentToBp(l.share) : null));
  const sumBp = locationBps.reduce<number>((s, x) => s + (x ?? 0), 0);
  const sumOk = locationBps.length > 0 && locationBps.every((x) => x !== null) && sumBp === 10000;

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
  if (!hasAnyRole(session.data, 'coordinator', 'donor-editor')) {
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

  const ownDonor = session.data.roles.find((r) => r.role === 'donor-editor')?.org?.code;

  const submit = (values: Values) => {
    setOtherErrors([]);
    setLocationsError(null);
    const body = {
      code: values.code.trim(),
      name: { zh: values.name.zh.trim(), en: values.name.en?.trim() || null },
      programme: values.programme,
      donor: values.donor,
      type: values.type,
      livelihoodShareBp: parsePercentToBp(values.livelihoodShare) ?? undefined,
      livelihoodReason: values.livelihoodReason?.trim() || null,
      locations: values.locations.map((l) => ({
        area: l.area.trim(),
        shareBp: parsePercentToBp(l.share) ?? 0,
      })),
      budgetFen: parseYuanToFen(values.budget) ?? 0,
      stage: values.stage,
      approvalDate: values.approvalDate ? values.approvalDate.format('YYYY-MM-DD') : null,
    };
    create.mutate(body, {
      onSuccess: (project) => {
        void message.success(t('projectForm.created', { code: project.code }));
        void navigate(`/projects/${encodeURIComponent(project.code)}`);
      },
      onError: (err) => {
        const fields = fieldErrors(err);
        const placed: { name: (string | number)[]; errors: string[] }[] = [];
        const rest: string[] = [];
        for (const [field, msg] of Object.entries(fields)) {
          const path = formPath(field);
          if (path) placed.push({ name: path, errors: [msg] });
          else if (field === 'locations') setLocationsError(msg);
          else rest.push(`${field}: ${msg}`);
        }
        // biome-ignore lint/suspicious/noExplicitAny: paths come from the server
        form.setFields(placed as any);
        if (!placed.length && !fields.locations) rest.push(err.message);
        setOtherErrors(rest);
      },
    });
  };

  return (
    <>
      {title}
      <Card style={{ maxWidth: 960 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          aria-label={t('projectForm.title')}
          initialValues={{
            programme: 'xinjiang',
            donor: ownDonor,
            stage: 'reserve',
            locations: [{ area: '', share: '100' }],
          }}
          onValuesChange={(changed: Partial<Values>) => {
            if (changed.type) {
              const ty = types.data?.items.find((x) => x.code === changed.type);
              if (ty)
                form.setFieldsValue({ livelihoodShare: bpToPercentInput(ty.defaultLivelihoodBp) });
            }
            if (changed.locations) setLocationsError(null);
          }}
          onFinish={submit}
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="code"
                label={t('projectForm.code')}
                extra={t('projectForm.codeHint')}
                rules={[
                  { required: true, message: t('project.required') },
                  { pattern: CODE, message: t('projectForm.codeInvalid') },
                ]}
              >
                <Input maxLength={64} autoFocus />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="programme"
                label={t('projectForm.programme')}
                rules={[{ required: true, message: t('project.required') }]}
              >
                <Select {...programmeChoices} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['name', 'zh']}
                label={t('projectForm.nameZh')}
                rules={[{ required: true, whitespace: true, message: t('project.required') }]}
              >
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['name', 'en']} label={t('projectForm.nameEn')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="donor"
                label={t('projectForm.donor')}
                rules={[{ required: true, message: t('project.required') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={donors.isPending}
                  options={(donors.data?.items ?? []).map((o) => ({
                    value: o.code,
                    label: `${language === 'en' && o.nameEn ? o.nameEn : o.name} (${o.code})`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="type"
                label={t('projectForm.type')}
                rules={[{ required: true, message: t('project.required') }]}
              >
                <Select
                  loading={types.isPending}
                  options={(types.data?.items ?? []).map((ty) => ({
                    value: ty.code,
                    label: language === 'en' ? ty.nameEn : ty.name,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="livelihoodShare"
                label={t('projectForm.livelihoodShare')}
                extra={
                  type
                    ? t('projectForm.livelihoodDefault', {
                        share: formatShare(type.defaultLivelihoodBp),
                      })
                    : undefined
                }
                rules={[
                  { required: true, message: t('project.required') },
                  {
                    validator: (_, v: string | undefined) =>
                      !v || parsePercentToBp(v) !== null
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('projectForm.shareInvalid'))),
                  },
                ]}
              >
                <Input inputMode="decimal" suffix="%" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              {shareChanged ? (
                <Form.Item
                  name="livelihoodReason"
                  label={t('projectForm.livelihoodReason')}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('projectForm.livelihoodReasonRequired'),
                    },
                  ]}
                >
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              ) : null}
            </Col>
          </Row>

          <Typography.Title level={5} id="locations-label">
            {t('projectForm.locations')}
          </Typography.Title>
          <Form.List
            name="locations"
            rules={[
              {
                validator: (_, list: Values['locations'] | undefined) => {
                  if (!list?.length)
                    return Promise.reject(new Error(t('projectForm.locationsRequired')));
                  const bps = list.map((l) => (l?.share ? parsePercentToBp(l.share) : null));
                  const sum = bps.reduce<number>((s, x) => s + (x ?? 0), 0);
                  return sum === 10000
                    ? Promise.resolve()
                    : Promise.reject(
                        new Error(t('projectForm.locationsSumBad', { sum: formatShare(sum) })),
                      );
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <fieldset
                aria-labelledby="locations-label"
                style={{ border: 0, padding: 0, margin: 0 }}
              >
                {fields.map((field, index) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item
                      name={[field.name, 'area']}
                      label={t('projectForm.locationArea')}
                      rules={[
                        { required: true, message: t('project.required') },
                        { pattern: AREA_CODE, message: t('projects.areaInvalid') },
                      ]}
                    >
                      <Input
                        style={{ width: 160 }}
                        inputMode="numeric"
                        placeholder="653201"
                        aria-label={`${t('projectForm.locationArea')} ${index + 1}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'share']}
                      label={t('projectForm.locationShare')}
                      rules={[
                        { required: true, message: t('project.required') },
                        {
                          validator: (_, v: string | undefined) =>
                            !v || (parsePercentToBp(v) ?? 0) > 0
                              ? Promise.resolve()
                              : Promise.reject(new Error(t('projectForm.shareInvalid'))),
                        },
                      ]}
                    >
                      <Input
                        style={{ width: 120 }}
                        inputMode="decimal"
                        suffix="%"
                        aria-label={`${t('projectForm.locationShare')} ${index + 1}`}
                      />
                    </Form.Item>
                    {fields.length > 1 ? (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t('projectForm.removeLocation')}
                        onClick={() => remove(field.name)}
                      />
                    ) : null}
                  </Space>
                ))}
                <Space wrap style={{ marginBottom: 16 }}>
                  <Button icon={<PlusOutlined />} onClick={() => add({ area: '', share: '' })}>
                    {t('projectForm.addLocation')}
                  </Button>
                  <Typography.Text
                    type={sumOk ? 'success' : 'danger'}
                    data-testid="locations-sum"
                    aria-live="polite"
                  >
                    {sumOk
                      ? t('projectForm.locationsSum', { sum: formatShare(sumBp) })
                      : t('projectForm.locationsSumBad', { sum: formatShare(sumBp) })}
                  </Typography.Text>
                </Space>
                <Form.ErrorList errors={[...errors, ...(locationsError ? [locationsError] : [])]} />
              </fieldset>
            )}
          </Form.List>

          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="budget"
                label={t('projectForm.budget')}
                extra={t('project.txValueHint')}
                rules={[
                  { required: true, message: t('project.required') },
                  {
                    validator: (_, v: string | undefined) =>
                      !v || parseYuanToFen(v) !== null
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('project.txValueInvalid'))),
                  },
                ]}
              >
                <Input inputMode="decimal" placeholder="1000000.00" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="stage" label={t('projectForm.stage')} rules={[{ required: true }]}>
                <Select
                  options={PROGRESS_STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="approvalDate" label={t('projectForm.approvalDate')}>
                <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>

          {otherErrors.length ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('projectForm.otherErrors')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {otherErrors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
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
