import { DatePicker, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { notBeforeField } from '../../lib/dateRules';

/**
 * A record's period: a required start (unless the record's start is fixed) and an optional end not
 * before it, as the people, team, mentoring and institution-pairing forms ask for them.
 */
export function PeriodFields({
  from,
  to,
  fromLabel,
  toLabel,
  withStart = true,
}: {
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  withStart?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {withStart ? (
        <Form.Item
          name={from}
          label={fromLabel}
          rules={[{ required: true, message: t('peopleForms.required', { field: fromLabel }) }]}
        >
          <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} />
        </Form.Item>
      ) : null}
      <Form.Item
        name={to}
        label={toLabel}
        dependencies={[from]}
        rules={[notBeforeField(from, t('peopleForms.endBeforeStart'))]}
      >
        <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} />
      </Form.Item>
    </>
  );
}

/**
 * Whether the record is published: a draft (its donor and the programme office see it) or public.
 * `alreadyPublic` words the second choice as a state (已公开) for a record being edited.
 */
export function PublicationField({ alreadyPublic = false }: { alreadyPublic?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="published" label={t('peopleForms.publication')}>
      <Radio.Group
        options={[
          { value: false, label: t('peopleForms.draft') },
          {
            value: true,
            label: t(alreadyPublic ? 'peopleForms.published' : 'peopleForms.publish'),
          },
        ]}
      />
    </Form.Item>
  );
}
