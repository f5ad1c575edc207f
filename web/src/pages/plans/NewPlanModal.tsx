import { Alert, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client';
import { useProgrammeOptions } from '../../api/options';
import { type PlanList, type PlanSummary, useCreatePlan } from '../../api/plans';
import { MoneyInput, moneyRule, withUnit } from '../../components/MoneyInput';
import { setServerErrors } from '../../lib/formErrors';
import { parseWanToFen } from '../../lib/money';

interface NewPlanForm {
  programme: string;
  donor: string;
  year: number;
  total: string;
}

/** The dialog that drafts a plan for a programme, donor and year, then opens it. */
export function NewPlanModal({
  open,
  onClose,
  donors,
  years,
  initial,
}: {
  open: boolean;
  onClose: () => void;
  /** The donors the user may draft plans for. */
  donors: { value: string; label: string }[];
  years: number[];
  initial: Partial<NewPlanForm>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programmeChoices = useProgrammeOptions();
  const create = useCreatePlan();
  const [form] = Form.useForm<NewPlanForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [existing, setExisting] = useState<PlanSummary | null>(null);

  const submit = (values: NewPlanForm) => {
    setFailure(null);
    setExisting(null);
    const totalFen = parseWanToFen(values.total);
    if (totalFen === null) return;
    create.mutate(
      { programme: values.programme, donor: values.donor, year: values.year, totalFen },
      {
        onSuccess: (plan) => {
          onClose();
          void navigate(`/plans/${plan.id}`);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) {
            setFailure(t('plans.create.exists'));
            void api<PlanList>('/api/plans', {
              query: { programme: values.programme, donor: values.donor, year: values.year },
            })
              .then((list) => setExisting(list.items[0] ?? null))
              .catch(() => undefined);
            return;
          }
          const { placed, rest } = setServerErrors(form, err, { totalFen: 'total' });
          if (!placed) setFailure(t('plans.create.failed', { detail: rest.join('；') }));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('plans.create.title')}
      okText={t('plans.create.ok')}
      cancelText={t('plans.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={failure}
          description={
            existing ? (
              <Link to={`/plans/${existing.id}`} onClick={onClose}>
                {t('plans.create.openExisting', {
                  year: existing.year,
                  status: t(`plans.status.${existing.status}`),
                })}
              </Link>
            ) : null
          }
        />
      ) : null}
      <Form<NewPlanForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ programme: 'xinjiang', ...initial }}
        onFinish={submit}
      >
        <Form.Item
          name="programme"
          label={t('plans.programme')}
          rules={[{ required: true, message: t('plans.required') }]}
        >
          <Select {...programmeChoices} />
        </Form.Item>
        <Form.Item
          name="donor"
          label={t('plans.donor')}
          rules={[{ required: true, message: t('plans.required') }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={donors} />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('plans.year')}
          rules={[{ required: true, message: t('plans.required') }]}
        >
          <Select options={years.map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
        <Form.Item
          name="total"
          label={withUnit(t, t('plans.total'))}
          extra={t('plans.create.totalHint')}
          required
          rules={[moneyRule(t)]}
        >
          <MoneyInput placeholder="1200" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
