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

  // The dialog follows the blocked state; its buttons reach the current blocker through a ref,
  // so a new blocker object on a re-render never opens a second dialog.
  const current = useRef(blocker);
  current.current = blocker;
  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (!blocked) return;
    const dialog = modal.confirm({
      title: t('common.unsaved.title'),
      content: t('common.unsaved.text'),
      okText: t('common.unsaved.leave'),
      okButtonProps: { danger: true },
      cancelText: t('common.unsaved.stay'),
      onOk: () => current.current.proceed?.(),
      onCancel: () => current.current.reset?.(),
    });
    return () => dialog.destroy();
  }, [blocked, modal, t]);

  // Changes saved (or undone) meanwhile: nothing left to ask about.
  useEffect(() => {
    if (blocked && !dirty) current.current.reset?.();
  }, [blocked, dirty]);

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
