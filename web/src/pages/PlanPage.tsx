import { Breadcrumb, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { usePlan } from '../api/plans';
import { ErrorResult } from '../components/ErrorResult';
import { PlanEditor } from './plans/PlanEditor';

/** An annual plan (plans/:id): loading and error states around the editor. */
export function PlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const planId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  const plan = usePlan(planId);

  const crumbs = (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[{ title: <Link to="/plans">{t('plans.title')}</Link> }, { title: id }]}
    />
  );
  if (!planId) {
    return (
      <>
        {crumbs}
        <ErrorResult
          error={new Error(t('plans.notFoundText', { id }))}
          title={t('plans.notFoundTitle')}
        />
      </>
    );
  }
  if (plan.isPending) {
    return (
      <>
        {crumbs}
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  }
  if (plan.isError) {
    const status = plan.error instanceof ApiError ? plan.error.status : 0;
    const notFound = status === 404;
    return (
      <>
        {crumbs}
        <ErrorResult
          error={plan.error}
          title={
            notFound
              ? t('plans.notFoundTitle')
              : status === 401
                ? t('plans.loginTitle')
                : status === 403
                  ? t('plans.forbiddenTitle')
                  : undefined
          }
          onRetry={
            notFound || status === 401 || status === 403 ? undefined : () => void plan.refetch()
          }
          extra={
            notFound ? (
              <Typography.Paragraph>{t('plans.notFoundText', { id })}</Typography.Paragraph>
            ) : status === 401 ? (
              <Link to="/login" state={{ from: { pathname: `/plans/${id}` } }}>
                {t('header.login')}
              </Link>
            ) : null
          }
        />
      </>
    );
  }
  return (
    <PlanEditor
      key={plan.data.id}
      plan={plan.data}
      reload={async () => (await plan.refetch()).data}
    />
  );
}
