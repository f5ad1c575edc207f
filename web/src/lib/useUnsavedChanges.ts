import { App as AntApp } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
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

  // One dialog per blocked navigation (per location asked for), kept open while React re-renders
  // with new blocker objects for the same navigation (the router's states reach React in
  // transitions): destroying and reopening it then lost a click landing in between (seen under
  // CPU load: "leave" did nothing). Its buttons act on the blocker of the last committed render
  // (a ref written in a layout effect, never during a render React may not commit), and only
  // while that blocker still holds the navigation.
  const latest = useRef(blocker);
  useLayoutEffect(() => {
    latest.current = blocker;
  });
  const blockedKey = blocker.state === 'blocked' ? blocker.location.key : null;
  useEffect(() => {
    if (blockedKey === null) return;
    const act = (how: 'proceed' | 'reset') => {
      const current = latest.current;
      if (current.state === 'blocked') current[how]();
    };
    const dialog = modal.confirm({
      title: t('common.unsaved.title'),
      content: t('common.unsaved.text'),
      okText: t('common.unsaved.leave'),
      okButtonProps: { danger: true },
      cancelText: t('common.unsaved.stay'),
      onOk: () => act('proceed'),
      onCancel: () => act('reset'),
    });
    return () => dialog.destroy();
  }, [blockedKey, modal, t]);

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
