import { ScopedSql, scopedByLevelSql } from '@tiergate/access';
import { AuditReachSql, auditReachSql } from '../../access/audit-reach';
import { Caller } from '../../access/caller';
import { customerScopeOf, customerScopeSql } from '../../access/scope';

/** What holds a query to what its caller may see: R10's customer scope (`scopedSql`) or R12's audit reach (`auditReachSql`). */
export type ScopeCondition = ScopedSql | AuditReachSql;

/**
 * The WHERE of a query of scoped records, with its positional parameters. It starts from a scope condition, which
 * only the two functions above make (a plain string does not compile), and conditions are only added to it.
 */
export class ScopedWhere {
  readonly params: unknown[] = [];
  private readonly conditions: string[];

  private constructor(scope: (params: unknown[]) => ScopeCondition) {
    this.conditions = [scope(this.params)];
  }

  /** Records (alias `alias`, with owner_id and owner_path) of the customers in the caller's scope (R10). */
  static customers(caller: Caller, alias: string): ScopedWhere {
    return new ScopedWhere((params) => customerScopeSql(caller, alias, params));
  }

  /** The subscribers (alias `s`) in the caller's scope (R10), a subtree as the equality its level's index walks in id order. */
  static subscribers(caller: Caller): ScopedWhere {
    return new ScopedWhere((params) => scopedByLevelSql(customerScopeOf(caller), 's', params));
  }

  /** Audit entries (alias `e`) the caller may read (R12). */
  static auditReach(caller: Caller): ScopedWhere {
    return new ScopedWhere((params) => auditReachSql(caller, params));
  }

  /** Adds `value` as the next parameter; answers its placeholder (`$n`). */
  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  /** Adds a condition (its values through `param`). */
  and(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  /** Adds a filter: `?` in `condition` is `value`'s placeholder; an undefined value (a filter left out) adds nothing. */
  filter(condition: string, value: unknown): this {
    return value === undefined ? this : this.and(condition.replace('?', this.param(value)));
  }

  toString(): string {
    return this.conditions.join(' AND ');
  }
}
