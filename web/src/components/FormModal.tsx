/**
 * FormModal: the dialog every record form uses (a Modal around an Ant Design Form), so that the
 * forms do not each repeat the same wiring. It
 *   - saves with the OK button (form.submit, so the form's rules run first) and with Enter in a
 *     field, shows the OK button as loading while the save runs, and closes when it succeeds;
 *   - puts the server's field errors on the form's fields (lib/formErrors setServerErrors, with
 *     `aliases` for server names that differ from the form's) and lists what no field shows in
 *     FormErrorsAlert above the buttons;
 *   - on a version conflict (409 on If-Match, api/people isVersionConflict) shows a warning and
 *     calls `onConflict` (reload the record; the form then shows the latest values if it sets
 *     them, see PersonEditModal);
 *   - forgets its errors and its form's values when closed (destroyOnHidden).
 *
 * Use:
 *   const [form] = Form.useForm<Values>();
 *   <FormModal<Values>
 *     form={form}
 *     title={t('x.title')}
 *     onClose={onClose}
 *     initialValues={{ ... }}
 *     aliases={{ donorCode: 'donor' }}
 *     onSubmit={async (v) => {
 *       const saved = await create.mutateAsync(bodyOf(v)); // throw = refused, shown on the form
 *       void message.success(t('x.done'));
 *     }}
 *   >
 *     <Form.Item name="donor" ...>...</Form.Item>
 *   </FormModal>
 *
 * `onSubmit` returns a promise: resolved = saved (the dialog closes), rejected = refused (the
 * error is shown). `onRefused(err, form)` may handle an error itself first (e.g. a 409 on a
 * taken number put on its field): return true when it did. OK and Cancel read 保存 / 取消 unless
 * `okText` / `cancelText` say otherwise; `danger` makes OK red (ending, removing).
 */
import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isVersionConflict } from '../api/people';
import { type FieldAliases, setServerErrors } from '../lib/formErrors';
import { FormErrorsAlert } from '../pages/projects/FormErrorsAlert';

export interface FormModalProps<V> {
  /** The form instance (Form.useForm), so the caller can watch and set fields. */
  form: FormInstance<V>;
  title: string;
  /** Defaults to open: a caller that mounts the dialog only when shown need not say. */
  open?: boolean;
  /** Cancel, and after a successful save. */
  onClose: () => void;
  /** Saves the values the form's rules accepted; rejects with the server's refusal. */
  onSubmit: (values: V) => Promise<unknown>;
  /** Handles a refusal before the dialog does; true when handled. */
  onRefused?: (err: unknown, form: FormInstance<V>) => boolean;
  /** Called on a version conflict (409): reload the record. */
  onConflict?: () => unknown;
  /** The conflict warning's text; defaults to the generic one. */
  conflictText?: string;
  /** data-testid of the conflict warning. */
  conflictTestId?: string;
  aliases?: FieldAliases;
  initialValues?: Partial<V>;
  onValuesChange?: (changed: Partial<V>, all: V) => void;
  okText?: string;
  cancelText?: string;
  danger?: boolean;
  width?: number;
  /** Shown above the form (an introduction saying what the dialog changes). */
  intro?: ReactNode;
  children: ReactNode;
}

export function FormModal<V>(props: FormModalProps<V>) {
  const { t } = useTranslation();
  const { form, title, onClose, onSubmit, onRefused, onConflict } = props;
  const [rest, setRest] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const close = () => {
    setRest([]);
    setConflict(false);
    onClose();
  };
  const submit = async (values: V) => {
    setRest([]);
    setSaving(true);
    try {
      await onSubmit(values);
      setSaving(false);
      close();
    } catch (err) {
      setSaving(false);
      if (onRefused?.(err, form)) return;
      if (isVersionConflict(err)) {
        setConflict(true);
        void onConflict?.();
        return;
      }
      setConflict(false);
      setRest(setServerErrors(form, err, props.aliases).rest);
    }
  };
  return (
    <Modal
      open={props.open ?? true}
      title={title}
      width={props.width}
      okText={props.okText ?? t('formModal.save')}
      okButtonProps={props.danger ? { danger: true } : undefined}
      cancelText={props.cancelText ?? t('formModal.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {props.intro}
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid={props.conflictTestId}
          title={props.conflictText ?? t('formModal.conflict')}
        />
      ) : null}
      <Form<V>
        form={form}
        layout="vertical"
        aria-label={title}
        initialValues={props.initialValues}
        onValuesChange={props.onValuesChange}
        onFinish={(v) => void submit(v)}
      >
        {props.children}
        <FormErrorsAlert errors={rest} />
        {/* Enter in any field saves. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
