import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProgrammes } from '../../api/hooks';
import type { Plan } from '../../api/plans';
import { donorName } from '../../components/DonorTag';
import { Ltr } from '../../components/Ltr';
import { Money } from '../../components/Money';
import { MoneyInput, withUnit } from '../../components/MoneyInput';
import { formatDateTime } from '../../lib/format';
import { fenToWanInput, formatYuan } from '../../lib/money';
import type { ParsedDraft } from '../../lib/planDraft';

/**
 * The plan's facts: programme, donor, year, the total (an input while the plan may be edited),
 * what the items add up to and what is left, and the workflow's dates.
 */
export function PlanFacts({
  plan,
  editable,
  totalText,
  parsed,
  totalError,
  onTotalChange,
}: {
  plan: Plan;
  editable: boolean;
  /** The total as typed, in 万元. */
  totalText: string;
  parsed: ParsedDraft;
  /** The server's error on the total of the last save. */
  totalError: string | null;
  onTotalChange: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const programmes = useProgrammes();
  const programme = programmes.data?.items.find((p) => p.code === plan.programme);
  const donor = donorName(plan.donor, i18n.language);
  const totalInvalid = parsed.totalFen === null;
  const unallocated = (parsed.totalFen ?? 0) - parsed.itemsFen;

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
        <Descriptions.Item label={t('plans.programme')}>
          {programme
            ? i18n.language === 'en'
              ? programme.nameEn
              : programme.name
            : plan.programme}
        </Descriptions.Item>
        <Descriptions.Item label={t('plans.donor')}>
          <Space size={6}>
            {donor}
            <Typography.Text type="secondary">
              <Ltr>{plan.donor.code}</Ltr>
            </Typography.Text>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('plans.year')}>{plan.year}</Descriptions.Item>
        <Descriptions.Item
          label={
            editable ? (
              <label htmlFor="plan-total">{withUnit(t, t('plans.total'))}</label>
            ) : (
              withUnit(t, t('plans.total'))
            )
          }
        >
          {editable ? (
            <Space orientation="vertical" size={0}>
              <Space.Compact>
                <MoneyInput
                  id="plan-total"
                  data-testid="plan-total"
                  preview={false}
                  style={{ width: 170, textAlign: 'right' }}
                  value={totalText}
                  status={totalInvalid || totalError || parsed.overTotal ? 'error' : undefined}
                  onChange={(e) => onTotalChange(e.target.value)}
                />
                <Button onClick={() => onTotalChange(fenToWanInput(parsed.itemsFen))}>
                  {t('plans.totalFromItems')}
                </Button>
              </Space.Compact>
              {totalInvalid ? (
                <Typography.Text type="danger">{t('money.invalid')}</Typography.Text>
              ) : totalError ? (
                <Typography.Text type="danger">{totalError}</Typography.Text>
              ) : parsed.totalFen !== null ? (
                <Typography.Text type="secondary">
                  {t('money.preview', { yuan: formatYuan(parsed.totalFen) })}
                </Typography.Text>
              ) : null}
            </Space>
          ) : (
            <Money fen={plan.totalFen} testId="plan-total" />
          )}
        </Descriptions.Item>
        <Descriptions.Item label={withUnit(t, t('plans.itemsSum'))}>
          <Money fen={parsed.itemsFen} testId="plan-items-sum" />
        </Descriptions.Item>
        <Descriptions.Item label={withUnit(t, t('plans.unallocated'))}>
          <Space size={6} wrap>
            <Money fen={unallocated} style={unallocated < 0 ? { color: '#cf1322' } : {}} />
            {parsed.overTotal ? (
              <Typography.Text type="danger" data-testid="plan-over-total">
                {t('plans.overTotal')}
              </Typography.Text>
            ) : null}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('plans.submittedAt')}>
          {formatDateTime(plan.submittedAt) || t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('plans.decided')}>
          {plan.decidedAt
            ? t('plans.decidedBy', {
                who: plan.decidedBy ?? '',
                at: formatDateTime(plan.decidedAt),
              })
            : t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('plans.updated')}>
          <Space size={6}>
            {formatDateTime(plan.updatedAt)}
            <Typography.Text type="secondary">
              {t('plans.version', { version: plan.version })}
            </Typography.Text>
          </Space>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
