import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { ACCOUNT_TYPE_NAMES, hasBalance } from '@tiergate/access';
import { accountTarget, BalanceLimitError, InsufficientBalanceError, moveMoney, writeAudit } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { auditActorOf, Caller } from '../access/caller';
import { negateMoney, toMoney } from '../common/money';
import { AccountView } from '../users/account.view';
import { UsersService } from '../users/users.service';
import { ChangeBalanceDto } from './dto/change-balance.dto';
import { ApiException } from '../common/api.exception';

/**
 * An operator's prepaid balance (types 3-5), moved only through the ledger and never below zero. Credit given by
 * an operator of types 3-5 (or its staff) comes out of that operator's own balance, in the same transaction: a
 * reseller sells credit to its sub-resellers, and a deduction gives it back. The Admin's side has unlimited credit.
 */
@Injectable()
export class BalancesService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
  ) {}

  async change(caller: Caller, id: number, dto: ChangeBalanceDto): Promise<AccountView> {
    if (id === caller.id || id === caller.principalId) throw new ForbiddenException('You cannot change your own balance');
    const target = await this.users.get(caller, id); // R11: 404 outside the caller's reach
    if (!hasBalance(target.type)) throw new BadRequestException(`A ${ACCOUNT_TYPE_NAMES[target.type]} account has no balance`);
    const amount = toMoney(dto.amount);
    const topUp = !amount.startsWith('-');
    const payer = hasBalance(caller.principalType) ? caller.principalId : null;
    await this.db.transaction(async (m) => {
      // KEY SHARE: a concurrent delete of the account waits for this movement (and then refuses), or wins and it is gone.
      const [exists] = await m.query(`SELECT 1 FROM accounts WHERE id = $1 FOR KEY SHARE`, [id]);
      if (!exists) throw new NotFoundException(`Account ${id} not found`);
      // The payer sits above the target: locking it first keeps one lock order (ancestor, then descendant).
      // A refusal (409, libs/db) on the payer's side says so; on the target's it is the target's.
      const paid =
        payer === null
          ? null
          : await refusedInYourAccount(() =>
              moveMoney(m, {
                accountId: payer,
                kind: topUp ? 'transfer.out' : 'transfer.in',
                amount: negateMoney(amount),
                refType: 'account',
                refId: id,
                note: dto.note,
              }),
            );
      const moved = await moveMoney(m, {
        accountId: id,
        kind: topUp ? 'topup' : 'deduct',
        amount,
        refType: 'account',
        refId: caller.principalId,
        note: dto.note,
      });
      const [row] = await m.query(
        `SELECT id, email, path, ($2::numeric - $3::numeric)::text AS before, ($4::numeric - $5::numeric)::text AS payer_before FROM accounts WHERE id = $1`,
        [id, moved.balanceAfter, amount, paid?.balanceAfter ?? 0, negateMoney(amount)],
      );
      await writeAudit(m, auditActorOf(caller), {
        action: topUp ? 'balance.topup' : 'balance.deduct',
        ...accountTarget(row),
        changes: {
          amount,
          note: dto.note ?? null,
          before: { balance: row.before },
          after: { balance: moved.balanceAfter },
          ...(paid && { payer: { accountId: payer, before: { balance: row.payer_before }, after: { balance: paid.balanceAfter } } }),
        },
      });
    });
    return this.users.get(caller, id);
  }
}

/** The payer's balance would go below zero or past its limit: 409 naming it, and whose it is. */
async function refusedInYourAccount<T>(move: () => Promise<T>): Promise<T> {
  try {
    return await move();
  } catch (e) {
    if (e instanceof InsufficientBalanceError || e instanceof BalanceLimitError) throw new ApiException(e.code, `${e.message} in your account`);
    throw e;
  }
}
