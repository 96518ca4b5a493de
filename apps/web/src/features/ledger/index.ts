// What other features use of the ledger: topping up an operator's prepaid balance from its account page.
export { BalanceModal, hasPrepaidBalance } from './balance-modal';
