import { App as AntApp, Form, Row } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Person, type PersonChanges, useUpdatePerson } from '../../api/people';
import { FormModal } from '../../components/FormModal';
import {
  BirthYearField,
  EthnicityField,
  HomeOrgField,
  IdCardField,
  NameUgField,
  NameZhField,
  PhoneField,
  SexField,
} from './PersonFields';

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
        <NameZhField />
        <NameUgField />
        <SexField />
      </Row>
      <Row gutter={16}>
        <EthnicityField />
        <HomeOrgField />
        {masked ? null : <BirthYearField />}
      </Row>
      {masked ? null : (
        <Row gutter={16}>
          <PhoneField />
          <IdCardField />
        </Row>
      )}
    </FormModal>
  );
}
