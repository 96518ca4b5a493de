import { Button as MantineButton, Group, Modal, Text as MantineText } from '@mantine/core';
import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useBlocker, type Blocker } from 'react-router';

// Mantine's polymorphic components do not type-check through createElement (this file is .ts): plain props suffice here.
const Text = MantineText as unknown as ComponentType<Record<string, unknown>>;
const Button = MantineButton as unknown as ComponentType<Record<string, unknown>>;

export const DISCARD_TITLE = 'Discard unsaved changes?';

/**
 * Unsaved-change protection: while `dirty`, leaving the screen inside the panel asks "Discard unsaved changes?" and
 * closing or reloading the tab asks the browser's own question (beforeunload). Only a move to another path is
 * blocked (a changed query string on the same screen is not).
 *
 * Render what it returns (the confirmation modal) somewhere in the screen:
 *   const unsavedDialog = useUnsavedChanges(dirty);
 *   return <>{unsavedDialog}…</>;
 * If it is not rendered, the browser's confirm() asks the same question instead, so navigation is never stuck.
 */
export function useUnsavedChanges(dirty: boolean): ReactNode {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  const [dialogMounted, setDialogMounted] = useState(false);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    // Saved (or the changes dropped) while a navigation waited: let it go on.
    if (!dirty) return blocker.proceed();
    if (!dialogMounted) {
      if (window.confirm(`${DISCARD_TITLE} Your changes have not been saved.`)) blocker.proceed();
      else blocker.reset();
    }
  }, [blocker, dirty, dialogMounted]);

  return createElement(UnsavedChangesDialog, { blocker, onMounted: setDialogMounted });
}

function UnsavedChangesDialog({ blocker, onMounted }: { blocker: Blocker; onMounted: (mounted: boolean) => void }) {
  useEffect(() => {
    onMounted(true);
    return () => onMounted(false);
  }, [onMounted]);

  return createElement(
    Modal,
    {
      opened: blocker.state === 'blocked',
      onClose: () => blocker.reset?.(),
      title: DISCARD_TITLE,
      centered: true,
      closeButtonProps: { 'aria-label': 'Close' },
    },
    createElement(Text, { size: 'sm', mb: 'md' }, 'Your changes on this screen have not been saved. Leave and lose them?'),
    createElement(
      Group,
      { justify: 'flex-end', gap: 'sm' },
      createElement(Button, { variant: 'default', onClick: () => blocker.reset?.() }, 'Stay'),
      createElement(Button, { color: 'red', onClick: () => blocker.proceed?.() }, 'Discard changes'),
    ),
  );
}
