import { MessageProvider } from '@tiergate/access';

/** One message to one phone number, as a provider sends it. */
export interface OutgoingMessage {
  to: string;
  body: string;
}

/** What became of a message: sent, or failed with the reason kept on it. */
export type Delivery = { ok: true } | { ok: false; error: string };

/** How messages leave: every provider sends one message at a time and never throws for a message that failed. */
export interface MessageSender {
  readonly name: MessageProvider;
  send(message: OutgoingMessage): Promise<Delivery>;
}

/** The branch's settings a provider needs (message_settings). */
export interface ProviderSettings {
  provider: MessageProvider;
  url: string | null;
  token: string | null;
  sender: string | null;
}

/** How patient the HTTP provider is with its gateway (WorkerConfig). */
export interface GatewayLimits {
  timeoutMs: number;
  attempts: number;
  /** The wait before the second attempt; each further one waits twice as long. */
  backoffMs: number;
}

/** The embedded default: the message is stored, and counts as sent; the history shows exactly what would have gone out. */
export const OUTBOX: MessageSender = { name: 'outbox', send: async () => ({ ok: true }) };

/** A gateway's error kept on a message, bounded. */
const MAX_ERROR_LENGTH = 500;

/**
 * A real SMS gateway: one POST per message to the configured URL, JSON `{to, body, sender}`, the token as a bearer
 * token. A 2xx is sent; a 5xx, a timeout or a network error is tried again with backoff, up to `attempts`; a 4xx is
 * the gateway refusing that message and is not retried. The last error is kept on the message.
 */
export class HttpGatewaySender implements MessageSender {
  readonly name = 'http';

  constructor(
    private readonly settings: ProviderSettings & { url: string },
    private readonly limits: GatewayLimits,
  ) {}

  async send(message: OutgoingMessage): Promise<Delivery> {
    let error = '';
    for (let attempt = 1; attempt <= this.limits.attempts; attempt++) {
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, this.limits.backoffMs * 2 ** (attempt - 2)));
      const outcome = await this.post(message);
      if (outcome.ok) return outcome;
      error = outcome.error;
      if (!outcome.retry) break;
    }
    return { ok: false, error: error.slice(0, MAX_ERROR_LENGTH) };
  }

  private async post(message: OutgoingMessage): Promise<{ ok: true } | { ok: false; error: string; retry: boolean }> {
    try {
      const res = await fetch(this.settings.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.settings.token ? { authorization: `Bearer ${this.settings.token}` } : {}) },
        body: JSON.stringify({ to: message.to, body: message.body, sender: this.settings.sender }),
        signal: AbortSignal.timeout(this.limits.timeoutMs),
      });
      const text = (await res.text()).slice(0, MAX_ERROR_LENGTH);
      if (res.ok) return { ok: true };
      return { ok: false, error: `HTTP ${res.status}${text ? `: ${text}` : ''}`, retry: res.status >= 500 || res.status === 429 };
    } catch (e) {
      const timedOut = e instanceof DOMException && e.name === 'TimeoutError';
      return { ok: false, error: timedOut ? `No answer within ${this.limits.timeoutMs} ms` : `Gateway unreachable: ${(e as Error).message}`, retry: true };
    }
  }
}

export function senderFor(settings: ProviderSettings, limits: GatewayLimits): MessageSender {
  return settings.provider === 'http' && settings.url ? new HttpGatewaySender({ ...settings, url: settings.url }, limits) : OUTBOX;
}
