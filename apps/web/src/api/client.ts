import { codeForStatus, type ErrorCode, isErrorCode, PREVIEW_HEADER, previewHeaderValue } from '@tiergate/access';
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';
import { currentPreview, setPreview } from './preview';

/**
 * The panel's one way to the API (API.md): an openapi-fetch client typed by the OpenAPI document (schema.gen.ts), so
 * a path, parameter, body or answer the API changes fails the typecheck where the panel uses it. The refresh token is
 * an HttpOnly cookie that no script can read (API.md, "browser sessions"; docs/decisions.md); the access token, which
 * expires within minutes, is kept in localStorage, so every tab of the panel shares one session (a second tab does
 * not ask to sign in again) and signing out in one tab signs out all. Refresh tokens rotate and a rotated one
 * presented again revokes the session, so only one refresh may run at a time across tabs: it runs under a Web Lock,
 * and a tab that waited for the lock uses the access token the other tab stored.
 */
const ACCESS_TOKEN = 'tiergate.access';
const REFRESH_LOCK = 'tiergate.refresh';
/** Why the API ended this tab's session, kept until the next sign-in: a page load may come between the end and the sign-in page. */
const ENDED = 'tiergate.sessionEnded';
/** The header that tells the API a cookie refresh comes from the panel itself (its CSRF check). */
const CSRF = { 'x-tiergate-csrf': '1' };

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
  if (token) {
    localStorage.setItem(ACCESS_TOKEN, token);
    sessionStorage.removeItem(ENDED);
  } else localStorage.removeItem(ACCESS_TOKEN);
}

/** Why the API ended this tab's last session (SESSION_ENDED), until the next sign-in; null when it did not. */
export function endedSessionReason(): string | null {
  return sessionStorage.getItem(ENDED);
}

/** The refusal in an answer; one that is not the API's own (a proxy's 502, say) gets its status's general code. */
async function problemOf(res: Response): Promise<ApiError> {
  const problem = await res.json().catch(() => ({}));
  const message = Array.isArray(problem.message) ? problem.message.join('; ') : (problem.message ?? res.statusText);
  const code = isErrorCode(problem.code) ? problem.code : codeForStatus(res.status);
  const retryAfter = Number(res.headers.get('retry-after'));
  return new ApiError(res.status, code, message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
}

/** Every refused call throws its ApiError, so a caller reads only `data` (see `dataOf`). */
const refusalsThrow: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await problemOf(response);
  },
};

/** Query strings carry only the values that are set: `{q: '', page: 2, x: undefined}` → `page=2`. */
function querySerializer(params: Record<string, unknown>): string {
  const set = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return new URLSearchParams(set.map(([k, v]) => [k, String(v)])).toString();
}

/** The client for sign-in and refresh, which carry no access token and must not refresh on a 401. */
const sessionless = createClient<paths>({ querySerializer });
sessionless.use(refusalsThrow);

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
    try {
      storeAccessToken((await dataOf(sessionless.POST('/api/auth/refresh', { body: {}, headers: CSRF }))).accessToken);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return false;
      throw error;
    }
  }).finally(() => (refreshing = null));
  return refreshing;
}

/** With the session's token and, in a preview (R15), the preview's header: the API then answers as the previewed account. */
function authorized(request: Request, token: string | null): Request {
  if (token) request.headers.set('authorization', `Bearer ${token}`);
  const preview = currentPreview();
  if (preview) request.headers.set(PREVIEW_HEADER, previewHeaderValue(preview.target));
  return request;
}

/** fetch with the session's access token; on a 401, one refresh and the same request again, or the session ends. */
async function fetchInSession(request: Request): Promise<Response> {
  const again = request.clone(); // its body can be sent a second time
  const token = storedAccessToken();
  const res = await fetch(authorized(request, token));
  if (res.status !== 401 || !token) return res;
  if (await refresh(token)) return fetch(authorized(again, storedAccessToken()));
  endSession();
  throw new ApiError(401, 'SESSION_ENDED', SESSION_ENDED);
}

/** Ends this tab's session as the API ended it: every tab goes to sign-in, which says why (`reason`) until the next sign-in. */
export function endSession(reason = SESSION_ENDED) {
  storeAccessToken(null);
  sessionStorage.setItem(ENDED, reason);
  announce(true, reason);
}

/**
 * The API, typed by its OpenAPI document: `dataOf(api.GET('/api/users/{id}', { params: { path: { id } } }))`.
 * A refused call throws its ApiError (`refusalsThrow`).
 */
export const api = createClient<paths>({ fetch: fetchInSession, querySerializer });
api.use(refusalsThrow);

/** What a call answered; a refused call has already thrown its ApiError. */
export async function dataOf<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T;
}

export async function signIn(email: string, password: string): Promise<void> {
  const { accessToken } = await dataOf(sessionless.POST('/api/auth/login', { body: { email, password, cookie: true } }));
  storeAccessToken(accessToken);
  announce(false);
}

export async function signOut(): Promise<void> {
  setPreview(null); // a preview is read only: signing out from it would be refused
  // The API also clears the refresh cookie.
  await api.POST('/api/auth/logout').catch(() => undefined);
  storeAccessToken(null);
  announce(true);
}
