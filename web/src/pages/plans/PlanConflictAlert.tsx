import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plans';
import { Money } from '../../components/Money';
import { formatDateTime } from '../../lib/format';
import { planChanges } from '../../lib/planDraft';

/** The 409 explained: what the other change did to the plan since the user's version. */
export function PlanConflictAlert({
  base,
  latest,
  detail,
  onReload,
}: {
  base: Plan;
  latest: Plan;
  detail: string;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const changed = latest.version !== base.version;
  const c = planChanges(base, latest);
  const list = (codes: string[]) =>
    codes.slice(0, 5).join('、') + (codes.length > 5 ? t('plans.conflict.more') : '');
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="plan-conflict"
      style={{ marginBottom: 16 }}
      title={t('plans.conflict.title')}
      description={
        <Space orientation="vertical" size={2}>
          <span>{t('plans.conflict.text')}</span>
          {changed ? (
            <>
              <span>
                {t('plans.conflict.latest', {
                  version: latest.version,
                  at: formatDateTime(latest.updatedAt),
                  status: t(`plans.status.${latest.status}`),
                })}
              </span>
              {c.totalBefore !== c.totalAfter ? (
                <span>
                  {t('plans.conflict.total')} <Money fen={c.totalBefore} /> →{' '}
                  <Money fen={c.totalAfter} unit />
                </span>
              ) : null}
              {c.added.length ? (
                <span>{t('plans.conflict.added', { list: list(c.added) })}</span>
              ) : null}
              {c.removed.length ? (
                <span>{t('plans.conflict.removed', { list: list(c.removed) })}</span>
              ) : null}
              {c.changed.length ? (
                <span>{t('plans.conflict.changed', { list: list(c.changed) })}</span>
              ) : null}
            </>
          ) : null}
          <Typography.Text type="secondary">{detail}</Typography.Text>
        </Space>
      }
      action={
        <Button onClick={onReload} data-testid="plan-reload">
          {t('plans.conflict.reload')}
        </Button>
      }
    />
  );
}
