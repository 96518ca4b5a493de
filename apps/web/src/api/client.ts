import { codeForStatus, type ErrorCode, isErrorCode } from '@tiergate/access';

/**
 * The panel's one way to the API (API.md). The refresh token is an HttpOnly cookie that no script can read (API.md,
 * "browser sessions"; docs/decisions.md); the access token, which expires within minutes, is kept in localStorage, so
 * every tab of the panel shares one session (a second tab does not ask to sign in again) and signing out in one tab
 * signs out all. Refresh tokens rotate and a rotated one presented again revokes the session, so only one refresh
 * may run at a time across tabs: it runs under a Web Lock, and a tab that waited for the lock uses the access token
 * the other tab stored.
 */
const ACCESS_TOKEN = 'tiergate.access';
const REFRESH_LOCK = 'tiergate.refresh';
/** The header that tells the API a cookie refresh comes from the panel itself (its CSRF check). */
const CSRF = { 'x-tiergate-csrf': '1' };

/** What sign-in and refresh answer the panel: the refresh token went into the cookie. */
interface TokenAnswer {
  accessToken: string;
  expiresIn: number;
}

/** A refused call: the panel branches on `code` (API.md), never on `message`, which it may only show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/** Whether the call was refused for one of these causes. */
export function hasCode(error: unknown, ...codes: ErrorCode[]): error is ApiError {
  return error instanceof ApiError && codes.includes(error.code);
}

/** Why the panel went back to the sign-in page on its own: shown there. */
export const SESSION_ENDED = 'Your session has ended. Sign in again.';

type Listener = (event: { signedOut: boolean; reason?: string }) => void;
const listeners = new Set<Listener>();

/** Called when the session ends (signed out here or in another tab, or refused by the API) and when it starts. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(signedOut: boolean, reason?: string) {
  for (const listener of listeners) listener({ signedOut, reason });
}

if (typeof window !== 'undefined') {
  // Earlier versions kept the whole pair here, the refresh token included.
  localStorage.removeItem('tiergate.tokens');
  window.addEventListener('storage', (event) => {
    if (event.key === ACCESS_TOKEN) announce(event.newValue === null);
  });
}

export function storedAccessToken(): string | null {
  return localStorage.getItem(ACCESS_TOKEN);
}

function storeAccessToken(token: string | null) {
  if (token) localStorage.setItem(ACCESS_TOKEN, token);
  else localStorage.removeItem(ACCESS_TOKEN);
}

/** The refusal in an answer; one that is not the API's own (a proxy's 502, say) gets its status's general code. */
export async function problemOf(res: Response): Promise<ApiError> {
  const problem = await res.json().catch(() => ({}));
  const message = Array.isArray(problem.message) ? problem.message.join('; ') : (problem.message ?? res.statusText);
  const code = isErrorCode(problem.code) ? problem.code : codeForStatus(res.status);
  const retryAfter = Number(res.headers.get('retry-after'));
  return new ApiError(res.status, code, message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
}

function withLock<T>(run: () => Promise<T>): Promise<T> {
  return navigator.locks ? navigator.locks.request(REFRESH_LOCK, run) : run();
}

let refreshing: Promise<boolean> | null = null;

/** A new access token for the one that failed, from the refresh cookie; false when the session is over (revoked, expired, account disabled). */
function refresh(failed: string): Promise<boolean> {
  refreshing ??= withLock(async () => {
    const current = storedAccessToken();
    if (!current) return false;
    if (current !== failed) return true; // another tab refreshed while we waited
    const res = await fetch('/api/auth/refresh', { method: 'POST', headers: { 'content-type': 'application/json', ...CSRF }, body: '{}' });
    if (res.ok) {
      storeAccessToken(((await res.json()) as TokenAnswer).accessToken);
      return true;
    }
    if (res.status !== 401) throw await problemOf(res);
    return false;
  }).finally(() => (refreshing = null));
  return refreshing;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const send = (token: string | null) =>
    fetch(`/api${path}`, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const token = storedAccessToken();
  let res = await send(token);
  if (res.status === 401 && token) {
    if (await refresh(token)) {
      res = await send(storedAccessToken());
    } else {
      storeAccessToken(null);
      announce(true, SESSION_ENDED);
      throw new ApiError(401, 'SESSION_ENDED', SESSION_ENDED);
    }
  }
  if (!res.ok) throw await problemOf(res);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export const api = {
  get: <T>(path: string) => call<T>('GET', path),
  post: <T>(path: string, body?: unknown) => call<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => call<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => call<T>('PATCH', path, body),
  delete: <T = void>(path: string) => call<T>('DELETE', path),
};

/** A query string from the values that are set: `{q: 'a', page: 2, x: undefined}` → `?q=a&page=2`. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const set = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return set.length ? `?${new URLSearchParams(set.map(([k, v]) => [k, String(v)])).toString()}` : '';
}

export async function signIn(email: string, password: string): Promise<void> {
  const res = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, cookie: true }),
  });
  if (!res.ok) throw await problemOf(res);
  storeAccessToken(((await res.json()) as TokenAnswer).accessToken);
  announce(false);
}

export async function signOut(): Promise<void> {
  // The API also clears the refresh cookie.
  await call('POST', '/auth/logout').catch(() => undefined);
  storeAccessToken(null);
  announce(true);
}
