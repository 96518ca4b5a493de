import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RetryLaterException } from '../common/retry-later.exception';

/** Per (email, address): after this many failures the pair is locked, 30 s doubling per further failure, at most 15 min. */
const FREE_FAILURES = 5;
const BASE_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 900;
/** Per email across every address (OWASP ASVS V2.2.1): at most this many failures in any hour. */
const HOURLY_CEILING = 100;
/** Failures older than an hour are forgotten; rows holding only such failures are deleted this often. */
const PRUNE_INTERVAL_MS = 10 * 60_000;

export class LoginThrottledException extends RetryLaterException {
  constructor(retryAfterSeconds: number) {
    super('LOGIN_THROTTLED', `Too many failed sign-in attempts; try again in ${retryAfterSeconds} seconds`, retryAfterSeconds);
  }
}

/** The attempt may go on to hashing; `at` identifies it in the ceiling so that a success can take it back. */
export interface Reservation {
  email: string;
  address: string;
  at: string;
}

export type Refusal = { refused: 'locked' | 'hourly limit'; retryAfterSeconds: number };

/**
 * Counts a sign-in attempt as a failure BEFORE its password is hashed (DESIGN §6): a burst of wrong passwords
 * from one address reaches argon2 at most FREE_FAILURES times, and a success takes the count back. Attempts on
 * one email are serialised by its `login_ceilings` row lock, held only for these few statements.
 */
@Injectable()
export class LoginThrottle implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LoginThrottle.name);
  private pruning?: NodeJS.Timeout;

  constructor(private readonly db: DataSource) {}

  async reserve(email: string, address: string): Promise<Reservation | Refusal> {
    // Without a lock or a write first: a flood on a locked pair is refused at the cost of one read.
    const early = await this.refusal(this.db.manager, email, address);
    if (early) return early;
    return this.db.transaction(async (m) => {
      // Takes the email's row lock (attempts on one email are counted one at a time) and forgets the old failures.
      await m.query(
        `INSERT INTO login_ceilings AS c (email, failed_at) VALUES ($1, '{}')
         ON CONFLICT (email) DO UPDATE
           SET failed_at = ARRAY(SELECT t FROM unnest(c.failed_at) t WHERE t > now() - interval '1 hour' ORDER BY t)`,
        [email],
      );
      const refusal = await this.refusal(m, email, address);
      if (refusal) return refusal;

      // A pair quiet for an hour starts again from one failure.
      const [{ failures }] = await m.query(
        `INSERT INTO login_attempts AS a (email, address, failures, last_failed_at) VALUES ($1, $2, 1, now())
         ON CONFLICT (email, address) DO UPDATE
           SET failures = CASE WHEN a.last_failed_at > now() - interval '1 hour' THEN a.failures + 1 ELSE 1 END,
               last_failed_at = now()
         RETURNING failures`,
        [email, address],
      );
      if (failures >= FREE_FAILURES) {
        await m.query(
          `UPDATE login_attempts SET locked_until = now() + make_interval(secs => LEAST($4, $3 * power(2, failures - $5)))
            WHERE email = $1 AND address = $2`,
          [email, address, BASE_LOCK_SECONDS, MAX_LOCK_SECONDS, FREE_FAILURES],
        );
      }
      // clock_timestamp(), taken under the row lock, keeps the array in order. TypeORM answers an UPDATE with [rows, affected].
      const [[{ at }]] = await m.query(
        `UPDATE login_ceilings SET failed_at = failed_at || clock_timestamp() WHERE email = $1 RETURNING failed_at[cardinality(failed_at)]::text AS at`,
        [email],
      );
      return { email, address, at };
    });
  }

  /** The password was right: the pair starts again from zero and the attempt leaves the ceiling. */
  async release(m: EntityManager, { email, address, at }: Reservation): Promise<void> {
    // The ceiling row first, as in reserve(), so that the two never wait for each other's locks.
    await m.query(`UPDATE login_ceilings SET failed_at = array_remove(failed_at, $2::timestamptz) WHERE email = $1`, [email, at]);
    await m.query(`DELETE FROM login_attempts WHERE email = $1 AND address = $2`, [email, address]);
  }

  onModuleInit(): void {
    this.pruning = setInterval(() => this.prune().catch((e) => this.logger.warn(`Pruning login attempts failed: ${e.message}`)), PRUNE_INTERVAL_MS);
    this.pruning.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.pruning);
  }

  /** Why an attempt may not go on now, if so: the hourly ceiling first, then the pair's lock. */
  private async refusal(m: EntityManager, email: string, address: string): Promise<Refusal | null> {
    const [wait] = await m.query(
      `SELECT (SELECT CASE WHEN count(*) >= $3 THEN ceil(extract(epoch FROM min(t) + interval '1 hour' - now()))::int END
                 FROM login_ceilings, unnest(failed_at) t WHERE email = $1 AND t > now() - interval '1 hour') AS "hourlyLimit",
              (SELECT ceil(extract(epoch FROM locked_until - now()))::int
                 FROM login_attempts WHERE email = $1 AND address = $2 AND locked_until > now()) AS locked`,
      [email, address, HOURLY_CEILING],
    );
    if (wait.hourlyLimit) return { refused: 'hourly limit', retryAfterSeconds: wait.hourlyLimit };
    if (wait.locked) return { refused: 'locked', retryAfterSeconds: wait.locked };
    return null;
  }

  private async prune(): Promise<void> {
    await this.db.query(`DELETE FROM login_attempts WHERE last_failed_at < now() - interval '1 hour'`);
    await this.db.query(`DELETE FROM login_ceilings WHERE coalesce(failed_at[cardinality(failed_at)] < now() - interval '1 hour', true)`);
  }
}
