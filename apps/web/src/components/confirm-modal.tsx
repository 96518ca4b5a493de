import { Modal, Stack, Text, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { ModalActions } from './modal-actions';
import { useSmallScreen } from './use-small-screen';

/**
 * "Are you sure?" for what cannot be taken back lightly (Suspend, Delete, Disable, Switch off): the action button
 * repeats the action's name, and Cancel has the focus. Without `onConfirm` the dialog only explains (Cancel only).
 */
export function ConfirmModal({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  onConfirm,
  loading,
  color = 'red',
  cancelLabel,
  error,
  errorTitle,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm?: () => void;
  loading?: boolean;
  color?: MantineColor;
  cancelLabel?: string;
  /** Why the action failed, in words; shown in a red alert above the buttons while set. */
  error?: ReactNode;
  errorTitle?: string;
}) {
  const small = useSmallScreen();
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title={title} fullScreen={small} centered>
      <Stack gap="sm">
        <Text size="sm" component="div">
          {children}
        </Text>
        <ModalActions
          error={error}
          errorTitle={errorTitle}
          onCancel={onClose}
          cancelLabel={cancelLabel}
          submitLabel={onConfirm ? confirmLabel : undefined}
          onSubmit={onConfirm}
          loading={loading}
          color={color}
          focusCancel
        />
      </Stack>
    </Modal>
  );
}
