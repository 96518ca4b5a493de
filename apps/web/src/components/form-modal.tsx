import { Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { ModalActions, type ModalActionsProps } from './modal-actions';
import { useSmallScreen } from './use-small-screen';

type FormModalProps = Omit<ModalProps, 'children' | 'onSubmit' | 'fullScreen' | 'title'> &
  Pick<ModalActionsProps, 'error' | 'errorTitle' | 'loading' | 'disabled'> & {
    title: ReactNode;
    /** The form's submit handler (e.g. Mantine form's `form.onSubmit(...)`); the form validates itself, not the browser. */
    onSubmit: FormEventHandler<HTMLFormElement>;
    submitLabel: string;
    children: ReactNode;
  };

/**
 * A dialog holding one form: its fields, the failure in words, Cancel and the submit button; full screen on phones.
 * Cancel and the close button both call `onClose`. Other Modal props (size, centered…) pass through.
 */
export function FormModal({ onSubmit, submitLabel, error, errorTitle, loading, disabled, children, onClose, ...modal }: FormModalProps) {
  const small = useSmallScreen();
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} onClose={onClose} fullScreen={small} {...modal}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {children}
          <ModalActions error={error} errorTitle={errorTitle} onCancel={onClose} submitLabel={submitLabel} loading={loading} disabled={disabled} />
        </Stack>
      </form>
    </Modal>
  );
}
