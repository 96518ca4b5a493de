import { Alert, Button, Group, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { WriteGate } from './write-gate';

export interface ModalActionsProps {
  /** Why the action failed, in words; shown in a red alert above the buttons while set. */
  error?: ReactNode;
  errorTitle?: string;
  onCancel: () => void;
  cancelLabel?: string;
  /** The action button's label; without it only the cancel button is shown (a dialog that only explains). */
  submitLabel?: string;
  /** A click handler; without it the action button submits the surrounding form. */
  onSubmit?: () => void;
  loading?: boolean;
  disabled?: boolean;
  color?: MantineColor;
  /** Focus Cancel when the dialog opens (a question about something that cannot be taken back). */
  focusCancel?: boolean;
}

/** The foot of every dialog: the failure (if any), then Cancel and the action, on the right (disabled in a preview). */
export function ModalActions({
  error,
  errorTitle,
  onCancel,
  cancelLabel = 'Cancel',
  submitLabel,
  onSubmit,
  loading,
  disabled,
  color,
  focusCancel,
}: ModalActionsProps) {
  return (
    <>
      {error ? (
        <Alert color="red" role="alert" title={errorTitle}>
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm" mt="xs">
        <Button variant="default" onClick={onCancel} data-autofocus={focusCancel || undefined}>
          {cancelLabel}
        </Button>
        {submitLabel !== undefined && (
          <WriteGate>
            <Button type={onSubmit ? 'button' : 'submit'} onClick={onSubmit} color={color} loading={loading} disabled={disabled}>
              {submitLabel}
            </Button>
          </WriteGate>
        )}
      </Group>
    </>
  );
}
