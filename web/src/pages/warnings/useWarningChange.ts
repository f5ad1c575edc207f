import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useUpdateWarning, type Warning, type WarningChange } from '../../api/warnings';

/** The message of a warning in the interface language. */
export function warningMessage(warning: Warning, language: string): string {
  return language === 'en' ? warning.detail.message.en : warning.detail.message.zh;
}

/**
 * Sends one change to a warning and reports the outcome: a toast on success, the conflict
 * explained on 409 (the list is refetched either way), field errors handed back to a form.
 */
export function useWarningChange() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const update = useUpdateWarning();
  const send = (
    change: WarningChange,
    done: string,
    options: {
      onSuccess?: () => void;
      /** Shows the error on the caller's form; true when it did. */
      onError?: (err: unknown) => boolean;
    } = {},
  ) =>
    update.mutate(change, {
      onSuccess: () => {
        void message.success(done);
        options.onSuccess?.();
      },
      onError: (err) => {
        if (err instanceof ApiError && err.status === 409) {
          void message.warning(t('warningsPage.conflict'), 6);
          options.onSuccess?.();
          return;
        }
        if (options.onError?.(err)) return;
        void message.error(
          err instanceof ApiError && err.status === 403
            ? t('warningsPage.forbidden', { detail: err.message })
            : t('warningsPage.failed', { detail: err.message }),
        );
      },
    });
  return { send, pending: update.isPending, variables: update.variables };
}
