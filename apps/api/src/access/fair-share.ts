import { Injectable } from '@nestjs/common';
import { DATABASE_POOL_SIZE } from '@tiergate/db';
import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { RetryLaterException } from '../common/retry-later.exception';

/**
 * Requests of one tenant in progress at once in an instance. A request holds at most two of the pool's connections at
 * a time (an audit page counts on a second one while its page is read), so one tenant holds at most 6 of 10 and the
 * others always find connections free.
 */
export const REQUESTS_PER_TENANT = Math.max(1, Math.floor(DATABASE_POOL_SIZE / 3));

/** A tenant's backlog in an instance: past it a request is refused with 429 and `Retry-After` (R14). */
export const WAITING_PER_TENANT = 100;

/** The tenant of an account whose principal is at `principalPath`: the Admin side (`/1/`) or a reseller's tree (`/1/2/`). */
export function tenantOf(principalPath: string): string {
  const end = principalPath.indexOf('/', principalPath.indexOf('/', 1) + 1);
  return end === -1 ? principalPath : principalPath.slice(0, end + 1);
}

interface Tenant {
  running: number;
  /** Each waiting request's turn, first come first served. */
  waiting: (() => void)[];
}

/** The tenant whose share a response's request holds; null once given back (undefined: never held). */
const HOLDS = Symbol('tenant share held');
type Answering = ServerResponse & { [HOLDS]?: Tenant | null };

/** A request of a tenant ended: its share passes to the tenant's next waiting request, if any. */
function leave(t: Tenant): void {
  const next = t.waiting.shift();
  if (next) next();
  else t.running--;
}

/** Gives back the share a response's request holds, if it still holds it. */
function giveBack(response: Answering): void {
  const t = response[HOLDS];
  if (!t) return;
  response[HOLDS] = null;
  leave(t);
}

/**
 * `close` of a response whose request took its share at once (one listener for all, no closure per request): an
 * answer completed without `onSend` gives it back. A client that left does not: its request still runs, and holds its
 * connection, until its answer is sent into the void.
 */
function closed(this: Answering): void {
  if (this.writableEnded) giveBack(this);
}

/**
 * A request's share is given back as soon as its answer is sent (`onSend`: its database work is done, and a large
 * answer may take a while to reach a slow client), whether or not its client is still there to read it.
 */
export function giveBackSharesWhenAnswered(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    giveBack(reply.raw);
    done(null, payload);
  });
}

/**
 * R14 for what every request shares, the instance's database pool: each tenant (the Admin side, or a reseller with
 * everything below it) has at most REQUESTS_PER_TENANT requests in progress; its next ones wait for one of its own to
 * end, never for another tenant's, and past WAITING_PER_TENANT waiting they are refused. Without it, one reseller's
 * burst of slow requests held every connection, and other tenants' requests waited for the pool until it timed out (503).
 * A request's share is taken once the guard admits it, and given back when its answer is sent; a request that waits
 * for its turn and whose client leaves never runs.
 * A tenant's record stays once made: the Admin makes tenants, and there are as many as resellers under it.
 */
@Injectable()
export class FairShare {
  private readonly tenants = new Map<string, Tenant>();

  /** Takes a share of `tenant` for the request `response` answers: now (`true`), or once it is its turn (a promise). */
  enter(tenant: string, response: Answering): true | Promise<true> {
    // A request whose client has gone runs no further (its promise never settles and is collected), as below.
    if (response.closed) return new Promise<true>(() => undefined);
    let t = this.tenants.get(tenant);
    if (!t) this.tenants.set(tenant, (t = { running: 0, waiting: [] }));
    if (t.running < REQUESTS_PER_TENANT) {
      t.running++;
      response[HOLDS] = t;
      response.on('close', closed);
      return true;
    }
    if (t.waiting.length >= WAITING_PER_TENANT) {
      throw new RetryLaterException('TOO_MANY_REQUESTS', `More than ${WAITING_PER_TENANT} requests of this operator tree are waiting; retry shortly`, 1);
    }
    const waiting = t;
    return new Promise<true>((resolve) => {
      const turn = () => {
        response[HOLDS] = waiting;
        resolve(true);
      };
      waiting.waiting.push(turn);
      response.on('close', function (this: Answering) {
        if (this[HOLDS] !== undefined) closed.call(this);
        else waiting.waiting.splice(waiting.waiting.indexOf(turn), 1); // gone before its turn: it never runs either
      });
    });
  }
}
