import { Injectable } from '@nestjs/common';
import { DATABASE_POOL_SIZE } from '@tiergate/db';
import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { RetryLaterException } from '../common/retry-later.exception';

/**
 * The pool's connections one request holds at most at a time: an audit page counts on a second one while its page is
 * read, and the dashboard and the summary report ask their parts this many at a time (`atMostTwoAtOnce`), as do the
 * event streams when they look at their accounts again after a change (EventsService).
 */
export const CONNECTIONS_PER_REQUEST = 2;

/**
 * Requests of one tenant in progress at once in an instance: with CONNECTIONS_PER_REQUEST each, one tenant holds at
 * most 6 of 10 connections and the others always find connections free.
 */
export const REQUESTS_PER_TENANT = Math.max(1, Math.floor((DATABASE_POOL_SIZE * 0.6) / CONNECTIONS_PER_REQUEST));

/**
 * Runs a request's independent queries side by side, CONNECTIONS_PER_REQUEST at a time, each on a connection of its
 * own: more at once would take more of the pool than a tenant's share allows for (R14). Answers in the tasks' order.
 */
export async function atMostTwoAtOnce<T extends readonly (() => unknown)[]>(tasks: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONNECTIONS_PER_REQUEST, tasks.length) }, lane));
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

/** A tenant's backlog in an instance: past it a request is refused with 429 and `Retry-After` (R14). */
export const WAITING_PER_TENANT = 100;

/** The tenant of an account whose principal is at `principalPath`: the Admin side (`/1/`) or a reseller's tree (`/1/2/`). */
export function tenantOf(principalPath: string): string {
  const end = principalPath.indexOf('/', principalPath.indexOf('/', 1) + 1);
  return end === -1 ? principalPath : principalPath.slice(0, end + 1);
}

interface Tenant {
  /** The responses of its requests that hold a share (at most REQUESTS_PER_TENANT). */
  running: Answering[];
  /** Each waiting request's turn, first come first served. */
  waiting: (() => void)[];
}

/** The tenant whose share a response's request holds; null once given back (undefined: never held). */
const HOLDS = Symbol('tenant share held');
type Answering = ServerResponse & { [HOLDS]?: Tenant | null };

function hold(t: Tenant, response: Answering): void {
  response[HOLDS] = t;
  t.running.push(response);
}

/**
 * A request's answer is sent (to its client, or into the void once it left: its work ran until now): the share it
 * holds, if it still holds one, passes to its tenant's next waiting request.
 */
export function answered(response: Answering): void {
  const t = response[HOLDS];
  if (!t) return;
  response[HOLDS] = null;
  const i = t.running.indexOf(response);
  t.running[i] = t.running[t.running.length - 1];
  t.running.pop();
  t.waiting.shift()?.();
}

/**
 * A request's share is given back as soon as its answer is sent (`onSend`: its database work is done, and a large
 * answer may take a while to reach a slow client), whether or not its client is still there to read it.
 */
export function giveBackSharesWhenAnswered(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    answered(reply.raw);
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
    if (!t) this.tenants.set(tenant, (t = { running: [], waiting: [] }));
    if (t.running.length === REQUESTS_PER_TENANT) {
      // Only where a share would be waited for: one whose answer ended without onSend (no path of ours) is not held on.
      for (const r of t.running.slice()) if (r.writableEnded) answered(r);
    }
    if (t.running.length < REQUESTS_PER_TENANT) {
      hold(t, response);
      return true;
    }
    if (t.waiting.length >= WAITING_PER_TENANT) {
      throw new RetryLaterException('TOO_MANY_REQUESTS', `More than ${WAITING_PER_TENANT} requests of this operator tree are waiting; retry shortly`, 1);
    }
    const waiting = t;
    return new Promise<true>((resolve) => {
      const turn = () => {
        hold(waiting, response);
        resolve(true);
      };
      waiting.waiting.push(turn);
      // Gone before its turn: it never runs either, and takes no turn.
      response.on('close', () => response[HOLDS] === undefined && waiting.waiting.splice(waiting.waiting.indexOf(turn), 1));
    });
  }
}
