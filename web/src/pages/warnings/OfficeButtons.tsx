/** The programme office's buttons on the warnings screen: the settings and "compute now". */
import { CalculatorOutlined, SettingOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Form, InputNumber, Modal, Popconfirm, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ComputeResult,
  useComputeWarnings,
  useSaveWarningSettings,
  useWarningSettings,
} from '../../api/warnings';
import { ErrorResult } from '../../components/ErrorResult';
import { setServerErrors } from '../../lib/formErrors';

/** The no-disbursement period (the programme office). */
export function WarningSettingsButton() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const settings = useWarningSettings(open);
  const save = useSaveWarningSettings();
  const [form] = Form.useForm<{ noDisbursementMonths: number; termEndingDays: number }>();

  useEffect(() => {
    if (open && settings.data) form.setFieldsValue(settings.data);
  }, [open, settings.data, form]);

  const submit = (values: { noDisbursementMonths: number; termEndingDays: number }) =>
    save.mutate(values, {
      onSuccess: () => {
        void message.success(t('warningsPage.settingsSaved'));
        setOpen(false);
      },
      onError: (err) => {
        if (!setServerErrors(form, err).placed) {
          void message.error(t('warningsPage.settingsFailed', { detail: err.message }));
        }
      },
    });

  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => setOpen(true)}>
        {t('warningsPage.settings')}
      </Button>
      <Modal
        open={open}
        title={t('warningsPage.settingsTitle')}
        okText={t('warningsPage.save')}
        cancelText={t('warningsPage.cancel')}
        okButtonProps={{ disabled: !settings.data }}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {settings.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : settings.isError ? (
          <ErrorResult error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={settings.data}
            preserve={false}
          >
            <Form.Item
              name="noDisbursementMonths"
              label={t('warningsPage.noDisbursementMonths')}
              extra={t('warningsPage.noDisbursementHelp')}
              rules={[
                {
                  required: true,
                  type: 'integer',
                  min: 1,
                  max: 60,
                  message: t('warningsPage.monthsRange'),
                },
              ]}
            >
              <InputNumber min={1} max={60} precision={0} autoFocus style={{ width: 120 }} />
            </Form.Item>
            <Form.Item
              name="termEndingDays"
              label={t('warningsPage.termEndingDays')}
              extra={t('warningsPage.termEndingHelp')}
              rules={[
                {
                  required: true,
                  type: 'integer',
                  min: 1,
                  max: 730,
                  message: t('warningsPage.daysRange'),
                },
              ]}
            >
              <InputNumber min={1} max={730} precision={0} style={{ width: 120 }} />
            </Form.Item>
            {/* With two fields, Enter submits only through a submit button. */}
            <button type="submit" hidden aria-hidden tabIndex={-1} />
          </Form>
        )}
      </Modal>
    </>
  );
}

/** Compute now (the programme office), after a confirmation; the counts go to `onResult`. */
export function ComputeWarningsButton({ onResult }: { onResult: (r: ComputeResult) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const compute = useComputeWarnings();
  return (
    <Popconfirm
      title={t('warningsPage.computeConfirmTitle')}
      description={<div style={{ maxWidth: 320 }}>{t('warningsPage.computeConfirmText')}</div>}
      okText={t('warningsPage.computeOk')}
      cancelText={t('warningsPage.cancel')}
      onConfirm={() =>
        compute.mutate(undefined, {
          onSuccess: onResult,
          onError: (err) =>
            void message.error(t('warningsPage.computeFailed', { detail: err.message })),
        })
      }
    >
      <Button
        type="primary"
        icon={<CalculatorOutlined />}
        loading={compute.isPending}
        data-testid="warnings-compute"
      >
        {t('warningsPage.compute')}
      </Button>
    </Popconfirm>
  );
}
