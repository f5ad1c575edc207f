import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** The error state of a screen: the problem's title and detail, and a retry button. */
export function ErrorResult({
  error,
  onRetry,
  title,
  extra,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  let detail: string;
  let status: 'error' | '404' | '403' | '500' = 'error';
  if (error instanceof ApiError) {
    // The problem's code in the interface's language (ApiError.message), else the server's text.
    detail = error.status === 0 ? t('common.networkError') : error.message;
    if (error.status === 404) status = '404';
    else if (error.status === 403) status = '403';
    else if (error.status >= 500) status = '500';
  } else {
    detail = error instanceof Error ? error.message : String(error);
  }
  return (
    <Result
      status={status}
      title={title ?? t('common.errorTitle')}
      subTitle={detail}
      extra={
        <>
          {onRetry ? (
            <Button type="primary" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          ) : null}
          {extra}
        </>
      }
    />
  );
}
