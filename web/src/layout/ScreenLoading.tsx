import { Skeleton } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/** Off screen but read by screen readers (the usual "visually hidden" rules). */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * Shown while a screen's code loads (the Suspense fallback of lazy screens): a skeleton for the
 * eye and a polite status, in the interface's language, for screen readers.
 */
export function ScreenLoading({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-busy="true" data-testid="screen-loading">
      <span style={visuallyHidden}>{t('common.loading')}</span>
      <div aria-hidden="true">
        <Skeleton active paragraph={{ rows }} />
      </div>
    </div>
  );
}
