import type { Payment } from '../../api/types';
import { ConfirmModal } from '../../components/confirm-modal';
import { describeError } from '../../components/describe-error';
import { formatDateTime } from '../../components/format';
import { formatMoney } from '../../components/money';
import { methodLabel } from '../../components/payment-methods';
import { useVoidPayment } from './use-void-payment';

/** Void (delete_payment): the payment stays for the record, a reversing ledger entry is written and its invoice reopens. */
export function VoidPaymentModal({ payment, opened, onClose }: { payment: Payment; opened: boolean; onClose: () => void }) {
  const voiding = useVoidPayment(payment, onClose);
  return (
    <ConfirmModal
      opened={opened}
      onClose={onClose}
      title="Void this payment?"
      confirmLabel="Void"
      loading={voiding.isPending}
      onConfirm={() => voiding.mutate()}
      error={voiding.isError ? describeError(voiding.error, { NOT_FOUND: 'This payment no longer exists, or it is outside your scope.' }) : null}
      errorTitle="Could not void the payment"
    >
      The {methodLabel(payment.method).toLowerCase()} payment of {formatMoney(payment.amount)} received {formatDateTime(payment.createdAt)} is kept for the
      record as voided. The amount is taken back off the subscriber’s balance
      {payment.invoiceId !== null ? ' and the invoice it paid is open again' : ''}.
    </ConfirmModal>
  );
}
