import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProgrammes } from '../../api/hooks';
import { AreaPicker } from '../../components/AreaPicker';
import { formatShare, parsePercentToBp } from '../../lib/money';
import type { NewProjectValues } from './newProjectForm';

/**
 * The project's locations: areas (picked by name, pinyin or initials, or from the tree; within
 * the programme's province when it has one) with shares that must add up to 100%, summed live.
 */
export function LocationsField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<NewProjectValues>();
  const programmeCode = Form.useWatch('programme', form);
  const programmes = useProgrammes();
  const provinces =
    programmes.data?.items.find((p) => p.code === programmeCode)?.recipientProvinces ?? [];
  const within = provinces.length === 1 ? provinces[0] : undefined;
  const locations = Form.useWatch('locations', form) ?? [];
  const locationBps = locations.map((l) => (l?.share ? parsePercentToBp(l.share) : null));
  const sumBp = locationBps.reduce<number>((s, x) => s + (x ?? 0), 0);
  const sumOk = locationBps.length > 0 && locationBps.every((x) => x !== null) && sumBp === 10000;

  return (
    <>
      <Typography.Title level={5} id="locations-label">
        {t('projectForm.locations')}
      </Typography.Title>
      <Form.List
        name="locations"
        rules={[
          {
            validator: (_, list: NewProjectValues['locations'] | undefined) => {
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
          <fieldset aria-labelledby="locations-label" style={{ border: 0, padding: 0, margin: 0 }}>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'area']}
                  label={t('projectForm.locationArea')}
                  rules={[{ required: true, message: t('project.required') }]}
                >
                  <AreaPicker
                    style={{ width: 320 }}
                    within={within}
                    aria-label={`${t('projectForm.locationArea')} ${index + 1}`}
                    data-testid={`location-area-${index}`}
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
            <Form.ErrorList errors={errors} />
          </fieldset>
        )}
      </Form.List>
    </>
  );
}
