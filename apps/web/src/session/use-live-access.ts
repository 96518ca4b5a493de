import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, endSession, hasCode, SESSION_ENDED } from '../api/client';
import { ME_QUERY_KEY } from './use-me';

/** Why the API ended the session, in the sign-in page's words (it keeps "session has ended" for every reason). */
const ENDED_WORDS: Record<string, string> = {
  ACCOUNT_DISABLED: 'Your session has ended: your account has been disabled. Sign in again.',
};
/** Reconnecting waits 1 s, then twice as long after each failure in a row, up to this. */
const MAX_BACKOFF_MS = 30_000;
/** A stream that stayed open this long was healthy: the next failure starts the backoff afresh. */
const HEALTHY_MS = 30_000;

interface ServerEvent {
  event: string;
  data: string;
}

/**
 * Issue 15 item 6: while signed in, one stream of GET /api/events (fetch with the session's token through the API
 * client, as EventSource cannot send headers). An `access` event fetches /me again, so the menu follows at once; an
 * `ended` event sends every tab to sign-in with the reason. It reconnects with backoff; the 30 s poll of useMe stays.
 */
export function useLiveAccess(signedIn: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!signedIn) return;
    const abort = new AbortController();
    void follow(abort.signal, () => queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }));
    return () => abort.abort();
  }, [signedIn, queryClient]);
}

async function follow(signal: AbortSignal, accessChanged: () => void) {
  for (let failures = 0, first = true; !signal.aborted; first = false) {
    const opened = Date.now();
    try {
      const { data } = await api.GET('/api/events', { parseAs: 'stream', signal });
      // A change may have come while no stream was open.
      if (!first) accessChanged();
      for await (const { event, data: payload } of serverEvents(data as ReadableStream<Uint8Array>)) {
        if (event === 'access') accessChanged();
        if (event === 'ended') return endSession(ENDED_WORDS[JSON.parse(payload).code] ?? SESSION_ENDED);
        if (event === 'replaced') return; // too many tabs of this account: this one keeps the poll
      }
    } catch (error) {
      // A 401 has already ended the session (the API client); an abort is the panel's own.
      if (signal.aborted || hasCode(error, 'SESSION_ENDED', 'UNAUTHENTICATED', 'ACCOUNT_DISABLED')) return;
    }
    failures = Date.now() - opened >= HEALTHY_MS ? 0 : failures + 1;
    await pause(Math.min(MAX_BACKOFF_MS, 500 * 2 ** failures) * (0.5 + Math.random() / 2), signal);
  }
}

/** The events of a text/event-stream body, as they arrive (comments are skipped). */
async function* serverEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end).split('\n');
        buffer = buffer.slice(end + 2);
        const field = (name: string) => block.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
        const event = field('event');
        if (event) yield { event, data: field('data') ?? '{}' };
      }
    }
  } finally {
    reader.releaseLock();
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}
