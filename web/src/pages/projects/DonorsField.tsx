import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDonorOptions } from '../../api/options';
import { formatShare, parsePercentToBp } from '../../lib/money';
import type { NewProjectValues } from './newProjectForm';

type DonorRows = NewProjectValues['donors'];

/** The shares typed, in basis points (null where not a percentage). */
function sharesOf(list: DonorRows | undefined): (number | null)[] {
  return (list ?? []).map((d) => (d?.share ? parsePercentToBp(d.share) : null));
}

/**
 * The project's donors on the edit form: each donor by name with its share, shares adding up to
 * 100% (summed live); the lead donor is the largest share. Each row says what is wrong with it
 * (no donor, a donor twice, a share that is no percentage), the list what is wrong with the sum.
 */
export function DonorsField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<NewProjectValues>();
  const donors = useDonorOptions();
  const list = (Form.useWatch('donors', form) ?? []) as NonNullable<DonorRows>;
  const bps = sharesOf(list);
  const sumBp = bps.reduce<number>((s, x) => s + (x ?? 0), 0);
  const sumOk = bps.length > 0 && bps.every((x) => x !== null) && sumBp === 10000;
  const required = { required: true, message: t('project.required') };

  return (
    <>
      <Typography.Title level={5} id="donors-label">
        {t('projectEdit.donors')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('projectEdit.donorsHint')}</Typography.Paragraph>
      <Form.List
        name="donors"
        rules={[
          {
            validator: (_, rows: DonorRows) => {
              if (!rows?.length) return Promise.reject(new Error(t('projectEdit.donorsRequired')));
              const sum = sharesOf(rows).reduce<number>((s, x) => s + (x ?? 0), 0);
              return sum === 10000
                ? Promise.resolve()
                : Promise.reject(
                    new Error(t('projectEdit.donorsSumBad', { sum: formatShare(sum) })),
                  );
            },
          },
        ]}
      >
        {(fields, { add, remove }) => (
          <fieldset
            aria-labelledby="donors-label"
            style={{ border: 0, padding: 0, margin: 0 }}
            data-testid="donors-field"
          >
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'org']}
                  label={t('projectEdit.donorOrg')}
                  rules={[
                    required,
                    {
                      validator: (_, org: string | undefined) => {
                        const rows = (form.getFieldValue('donors') ?? []) as NonNullable<DonorRows>;
                        // The later row of the two says so (the first is the one kept).
                        const twice = !!org && rows.some((r, i) => i < index && r?.org === org);
                        return twice
                          ? Promise.reject(new Error(t('projectEdit.donorTwice')))
                          : Promise.resolve();
                      },
                    },
                  ]}
                >
                  <Select
                    style={{ width: 240 }}
                    showSearch={{ optionFilterProp: 'label' }}
                    loading={donors.loading}
                    options={donors.options}
                    aria-label={`${t('projectEdit.donorOrg')} ${index + 1}`}
                    data-testid={`donor-org-${index}`}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'share']}
                  label={t('projectEdit.donorShare')}
                  rules={[
                    required,
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
                    aria-label={`${t('projectEdit.donorShare')} ${index + 1}`}
                    data-testid={`donor-share-${index}`}
                  />
                </Form.Item>
                {fields.length > 1 ? (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={`${t('projectEdit.removeDonor')} ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                ) : null}
              </Space>
            ))}
            <Space wrap style={{ marginBottom: 16 }}>
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ org: undefined, share: '' })}
                data-testid="donor-add"
              >
                {t('projectEdit.addDonor')}
              </Button>
              {/* The live sum says what is wrong with the list (the list's own error would repeat it). */}
              <Typography.Text
                type={sumOk ? 'success' : 'danger'}
                data-testid="donors-sum"
                aria-live="polite"
              >
                {sumOk
                  ? t('projectForm.locationsSum', { sum: formatShare(sumBp) })
                  : t('projectEdit.donorsSumBad', { sum: formatShare(sumBp) })}
              </Typography.Text>
            </Space>
          </fieldset>
        )}
      </Form.List>
    </>
  );
}
