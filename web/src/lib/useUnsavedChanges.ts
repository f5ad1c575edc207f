import { App as AntApp } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type BlockerFunction, useBlocker } from 'react-router';

/**
 * Asks before a screen with unsaved changes is left: a dialog for a navigation in the app to
 * another page (menu, links, back button), the browser's own question for a reload or a closed
 * tab. A change of the query string on the same page (a tab, a filter) passes.
 *
 * Returns `allowLeaving`, to call just before a navigation that should pass anyway (to the record
 * just saved): the `dirty` of the current render would still block it.
 */
export function useUnsavedChanges(dirty: boolean): { allowLeaving: () => void } {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  const allowed = useRef(false);
  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) =>
        dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
      [dirty],
    ),
  );

  // One dialog per blocked navigation, bound to the blocker it was opened for (each blocked
  // navigation is a new blocker object). Not a ref to "the current blocker" written during render:
  // the router's states reach React in transitions, and a ref set by a render React has not
  // committed can point the dialog's buttons at another blocker (seen once under CPU load: after
  // "stay", "leave" on the next dialog did not navigate).
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const dialog = modal.confirm({
      title: t('common.unsaved.title'),
      content: t('common.unsaved.text'),
      okText: t('common.unsaved.leave'),
      okButtonProps: { danger: true },
      cancelText: t('common.unsaved.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    return () => dialog.destroy();
  }, [blocker, modal, t]);

  // Changes saved (or undone) meanwhile: nothing left to ask about.
  useEffect(() => {
    if (blocker.state === 'blocked' && !dirty) blocker.reset();
  }, [blocker, dirty]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    allowLeaving: useCallback(() => {
      allowed.current = true;
    }, []),
  };
}
