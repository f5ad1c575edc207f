import { Col, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { idCardFault } from '../../lib/idCard';

/**
 * A person's fields, each in its column of a form's row: the same labels, limits and checks on
 * the new-person page and in the edit dialog (the server checks them again).
 */

export function NameZhField() {
  const { t } = useTranslation();
  const label = t('people.form.nameZh');
  return (
    <Col xs={24} md={8}>
      <Form.Item
        name="nameZh"
        label={label}
        rules={[{ required: true, message: t('people.form.required', { field: label }) }]}
      >
        <Input maxLength={100} />
      </Form.Item>
    </Col>
  );
}

export function NameUgField() {
  const { t } = useTranslation();
  return (
    <Col xs={24} md={8}>
      <Form.Item name="nameUg" label={t('people.form.nameUg')}>
        <Input maxLength={200} dir="auto" />
      </Form.Item>
    </Col>
  );
}

export function SexField() {
  const { t } = useTranslation();
  return (
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
  );
}

export function EthnicityField() {
  const { t } = useTranslation();
  return (
    <Col xs={24} md={8}>
      <Form.Item name="ethnicity" label={t('people.form.ethnicity')}>
        <Input maxLength={50} />
      </Form.Item>
    </Col>
  );
}

export function HomeOrgField() {
  const { t } = useTranslation();
  return (
    <Col xs={24} md={8}>
      <Form.Item name="homeOrgName" label={t('people.form.homeOrgName')}>
        <Input maxLength={200} />
      </Form.Item>
    </Col>
  );
}

export function BirthYearField() {
  const { t } = useTranslation();
  return (
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
  );
}

export function PhoneField() {
  const { t } = useTranslation();
  return (
    <Col xs={24} md={8}>
      <Form.Item
        name="phone"
        label={t('people.form.phone')}
        rules={[{ pattern: /^\+?[0-9 -]{5,20}$/, message: t('people.form.phoneInvalid') }]}
      >
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
    </Col>
  );
}

/** The ID card number, checked on leaving the field (format, birth date, GB 11643 check digit). */
export function IdCardField() {
  const { t } = useTranslation();
  return (
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
                      ? t('people.form.idCard.birthDate', { date: formatDate(fault.date) })
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
  );
}
