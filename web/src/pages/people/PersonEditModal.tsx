import { App as AntApp, Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Person, type PersonChanges, useUpdatePerson } from '../../api/people';
import { FormModal } from '../../components/FormModal';
import { idCardFault } from '../../lib/idCard';

interface Values {
  nameZh: string;
  nameUg?: string;
  sex: 'female' | 'male';
  ethnicity?: string;
  birthYear?: number | null;
  homeOrgName?: string;
  phone?: string;
  idCardNumber?: string;
}

const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

function valuesOf(p: Person): Values {
  return {
    nameZh: p.nameZh,
    nameUg: p.nameUg ?? '',
    sex: p.sex,
    ethnicity: p.ethnicity ?? '',
    homeOrgName: p.homeOrg.name ?? '',
    birthYear: p.personal.birthYear,
    phone: p.personal.phone ?? '',
    idCardNumber: p.personal.idCardNumber ?? '',
  };
}

/**
 * The PATCH body: only the fields that changed (the personal data only when shown unmasked, so a
 * masked value is never sent back). A changed home organisation is a name, not a known code.
 */
function changes(p: Person, v: Values): PersonChanges {
  const before = valuesOf(p);
  const body: PersonChanges = {};
  if (v.nameZh.trim() !== p.nameZh) body.nameZh = v.nameZh.trim();
  if (orNull(v.nameUg) !== p.nameUg) body.nameUg = orNull(v.nameUg);
  if (v.sex !== p.sex) body.sex = v.sex;
  if (orNull(v.ethnicity) !== p.ethnicity) body.ethnicity = orNull(v.ethnicity);
  if (orNull(v.homeOrgName) !== orNull(before.homeOrgName)) {
    body.homeOrgName = orNull(v.homeOrgName);
    body.homeOrg = null;
  }
  if (!p.personal.masked) {
    if ((v.birthYear ?? null) !== p.personal.birthYear) body.birthYear = v.birthYear ?? null;
    if (orNull(v.phone) !== p.personal.phone) body.phone = orNull(v.phone);
    if (orNull(v.idCardNumber) !== p.personal.idCardNumber)
      body.idCardNumber = orNull(v.idCardNumber);
  }
  return body;
}

/**
 * Edits a person's fields (PATCH, If-Match: the version read). When someone else changed the
 * person meanwhile (409), says so in the user's language, reloads the person and shows the
 * latest values to edit again.
 */
export function PersonEditModal({
  person,
  open,
  onClose,
  onReload,
}: {
  person: Person;
  open: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const update = useUpdatePerson();
  const [form] = Form.useForm<Values>();
  const masked = person.personal.masked;
  // After a conflict the person is reloaded: the form then shows the latest values.
  const shown = useRef(person.version);
  const reloading = useRef(false);
  useEffect(() => {
    if (!open || shown.current === person.version) return;
    shown.current = person.version;
    if (reloading.current) form.setFieldsValue(valuesOf(person));
    reloading.current = false;
  }, [open, form, person]);
  const required = (field: string) => [
    { required: true, message: t('people.form.required', { field }) },
  ];
  return (
    <FormModal<Values>
      form={form}
      open={open}
      title={t('people.edit.title', { name: person.nameZh })}
      width={900}
      okText={t('people.form.submit')}
      cancelText={t('people.form.cancel')}
      onClose={onClose}
      conflictText={t('people.edit.conflict')}
      conflictTestId="person-edit-conflict"
      onConflict={() => {
        reloading.current = true;
        return onReload();
      }}
      aliases={{ homeOrg: 'homeOrgName' }}
      initialValues={valuesOf(person)}
      onSubmit={async (v) => {
        const body = changes(person, v);
        if (Object.keys(body).length === 0) return;
        await update.mutateAsync({ id: person.id, version: person.version, body });
        void message.success(t('people.edit.done'));
      }}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="nameZh"
            label={t('people.form.nameZh')}
            rules={required(t('people.form.nameZh'))}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="nameUg" label={t('people.form.nameUg')}>
            <Input maxLength={200} dir="auto" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="sex" label={t('people.form.sex')}>
            <Radio.Group
              options={(['male', 'female'] as const).map((s) => ({
                value: s,
                label: t(`people.sex.${s}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="ethnicity" label={t('people.form.ethnicity')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="homeOrgName" label={t('people.form.homeOrgName')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        {masked ? null : (
          <Col xs={24} md={8}>
            <Form.Item
              name="birthYear"
              label={t('people.form.birthYear')}
              rules={[
                {
                  type: 'number',
                  min: 1900,
                  max: new Date().getFullYear(),
                  message: t('people.form.birthYearInvalid'),
                },
              ]}
            >
              <InputNumber style={{ width: '100%' }} precision={0} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {masked ? null : (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="phone"
              label={t('people.form.phone')}
              rules={[{ pattern: /^\+?[0-9 -]{5,20}$/, message: t('people.form.phoneInvalid') }]}
            >
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="idCardNumber"
              label={t('people.form.idCardNumber')}
              validateTrigger="onBlur"
              rules={[
                {
                  validator: (_, value: string | undefined) => {
                    if (!value?.trim()) return Promise.resolve();
                    const fault = idCardFault(value);
                    if (!fault) return Promise.resolve();
                    return Promise.reject(
                      new Error(
                        fault.fault === 'format'
                          ? t('people.form.idCard.format')
                          : fault.fault === 'birthDate'
                            ? t('people.form.idCard.birthDate', { date: fault.date })
                            : t('people.form.idCard.checkDigit', { expected: fault.expected }),
                      ),
                    );
                  },
                },
              ]}
            >
              <Input maxLength={30} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      )}
    </FormModal>
  );
}
