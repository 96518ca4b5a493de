import { BeforeApplicationShutdown, Injectable, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { PassThrough, Readable } from 'node:stream';
import { AccessBasis, AuthzService } from '../access/authz.service';
import { Caller } from '../access/caller';
import { atMostTwoAtOnce } from '../access/fair-share';
import { ApiException } from '../common/api.exception';

/** One account's open streams on one instance: a newer one closes the oldest past this (R14: one tenant cannot exhaust it). */
export const MAX_STREAMS_PER_ACCOUNT = 5;
/** A comment line this often keeps proxies and load balancers from closing an idle stream. */
export const KEEP_ALIVE_MS = 20_000;
/** Changes heard within this long are answered once: a burst (an import, a sweep) costs one look per stream. */
const COALESCE_MS = 100;
/** setTimeout's longest delay; a later expiry is looked at again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Stream {
  accountId: number;
  sessionId: string;
  out: PassThrough;
  /** The HTTP response it is written to: its connection is dropped at shutdown, as the stream never ends by itself. */
  response: ServerResponse;
  fingerprint: string;
  /** What `fingerprint` was computed from (AuthzService.cachedBasis), when it was known before the look began. */
  basis?: AccessBasis;
  /** R15: looks again when the account's earliest grant expires (the cache's clock), with no change published. */
  expiryTimer?: NodeJS.Timeout;
}

/**
 * GET /api/events (issue 15 item 6): tells an open panel when its own access changed, or that its session ended.
 * Every instance hears every change on the R9 channel (AuthzService.onChange); it then recomputes the fingerprint of
 * each of its streams' access and writes only to those whose fingerprint differs.
 */
@Injectable()
export class EventsService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly streams = new Map<number, Stream[]>();
  private stopListening: () => void = () => undefined;
  private keepAlive?: NodeJS.Timeout;
  private coalescing: NodeJS.Timeout | null = null;
  /** Set at shutdown: a panel that reconnects before the HTTP server stops listening gets a stream that ends at once. */
  private closing = false;

  constructor(private readonly authz: AuthzService) {}

  onModuleInit() {
    this.stopListening = this.authz.onChange(() => (this.coalescing ??= setTimeout(() => this.lookAgain(), COALESCE_MS)));
    this.keepAlive = setInterval(() => this.each((s) => s.out.write(': keep-alive\n\n')), KEEP_ALIVE_MS).unref();
  }

  beforeApplicationShutdown() {
    this.closing = true;
    this.stopListening();
    clearInterval(this.keepAlive);
    if (this.coalescing) clearTimeout(this.coalescing);
    // The panel reconnects, to another instance if there is one.
    this.each((s) => (this.close(s), s.response.destroy()));
  }

  /** The caller's stream: a first comment at once (headers go out, and proxies see a small first chunk they leave uncompressed). */
  async open(caller: Caller, response: ServerResponse): Promise<Readable> {
    if (this.closing) return Readable.from([': closing\n\n']);
    const stream: Stream = { accountId: caller.id, sessionId: caller.sessionId, out: new PassThrough(), response, fingerprint: await this.fingerprint(caller) };
    response.once('close', () => stream.out.destroy()); // the client went away
    const open = this.streams.get(caller.id) ?? [];
    this.streams.set(caller.id, [...open, stream]);
    for (const oldest of open.slice(0, Math.max(0, open.length + 1 - MAX_STREAMS_PER_ACCOUNT))) {
      this.send(oldest, 'replaced', { reason: `At most ${MAX_STREAMS_PER_ACCOUNT} open streams per account` });
      this.close(oldest);
    }
    stream.out.on('close', () => this.forget(stream));
    stream.out.write(': connected\n\n');
    await this.watchExpiry(stream);
    return stream.out;
  }

  /** Open streams on this instance, per account (for the bound's test and the health of the instance). */
  openStreams(accountId: number): number {
    return this.streams.get(accountId)?.length ?? 0;
  }

  /**
   * After a change, the streams whose access it may have changed: those whose session or account the cache no longer
   * holds as it did at their last look (R14: any tenant's change, most of them, costs the others' streams nothing).
   * Two at a time: after a change that dropped every cached account (a module switch), each look loads its account
   * from the database, and all at once they took the pool every tenant's requests share.
   */
  private async lookAgain() {
    this.coalescing = null;
    const changed: Stream[] = [];
    this.each((s) => {
      const basis = this.authz.cachedBasis(s.accountId, s.sessionId);
      if (!basis || basis.session !== s.basis?.session || basis.access !== s.basis.access) changed.push(s);
    });
    await atMostTwoAtOnce(changed.map((s) => () => this.lookAt(s)));
  }

  private async lookAt(stream: Stream) {
    // Taken before the look: if the cache changes during it, the next change's look sees other objects and looks again.
    const basis = this.authz.cachedBasis(stream.accountId, stream.sessionId);
    let caller: Caller;
    try {
      caller = await this.authz.callerFor({ accountId: stream.accountId, sessionId: stream.sessionId, verifiedAt: Date.now() }, null, null);
    } catch (e) {
      if (e instanceof ApiException && (e.code === 'SESSION_ENDED' || e.code === 'ACCOUNT_DISABLED')) {
        this.send(stream, 'ended', { code: e.code, message: e.message });
        this.close(stream);
      }
      return; // the database is away: the stream stays, and the panel's poll keeps watching
    }
    const fingerprint = await this.fingerprint(caller);
    stream.basis = basis;
    if (fingerprint !== stream.fingerprint) {
      stream.fingerprint = fingerprint;
      this.send(stream, 'access', {});
    }
    await this.watchExpiry(stream);
  }

  /** What the panel shows of its own access: a change in any of these is worth a new GET /me. */
  private async fingerprint(caller: Caller): Promise<string> {
    const off = [...(await this.authz.disabledModules())].sort();
    const seen = [caller.name, caller.email, caller.type, caller.roleId, caller.scope, [...caller.permissions].sort(), off];
    return createHash('sha256').update(JSON.stringify(seen)).digest('base64');
  }

  private async watchExpiry(stream: Stream) {
    clearTimeout(stream.expiryTimer);
    const { validUntil } = await this.authz.accessOf(stream.accountId).catch(() => ({ validUntil: Infinity }));
    if (validUntil === Infinity || stream.out.destroyed) return;
    stream.expiryTimer = setTimeout(() => this.lookAt(stream), Math.min(Math.max(0, validUntil - Date.now()), MAX_TIMER_MS)).unref();
  }

  private send(stream: Stream, event: string, data: object) {
    if (!stream.out.writableEnded) stream.out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  private close(stream: Stream) {
    this.forget(stream);
    if (!stream.out.writableEnded) stream.out.end();
  }

  private forget(stream: Stream) {
    clearTimeout(stream.expiryTimer);
    const left = (this.streams.get(stream.accountId) ?? []).filter((s) => s !== stream);
    if (left.length) this.streams.set(stream.accountId, left);
    else this.streams.delete(stream.accountId);
  }

  private each(run: (stream: Stream) => void) {
    for (const streams of [...this.streams.values()]) for (const s of [...streams]) run(s);
  }
}
