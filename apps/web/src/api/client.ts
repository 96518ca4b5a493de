/** The few calls the sign-in page needs, per API.md. Tokens live in sessionStorage for this tab only. */
const TOKENS = 'tiergate.tokens';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export interface Me {
  id: number;
  name: string;
  email: string;
  type: number;
  typeName: string;
  branch: string;
  role: { id: number; name: string; displayName: string };
  permissions: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function storedTokens(): Tokens | null {
  const raw = sessionStorage.getItem(TOKENS);
  return raw ? (JSON.parse(raw) as Tokens) : null;
}

export function storeTokens(tokens: Tokens | null) {
  if (tokens) sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
  else sessionStorage.removeItem(TOKENS);
}

async function call<T>(method: string, path: string, body?: unknown, retry = true): Promise<T> {
  const tokens = storedTokens();
  const res = await fetch(`/api${path}`, {
    method,
    headers: {
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(tokens && { authorization: `Bearer ${tokens.accessToken}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401 && retry && tokens && path !== '/auth/refresh') {
    const refreshed = await fetch('/api/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: tokens.refreshToken }),
    });
    storeTokens(refreshed.ok ? ((await refreshed.json()) as Tokens) : null);
    if (refreshed.ok) return call(method, path, body, false);
  }
  if (!res.ok) {
    const problem = await res.json().catch(() => ({}));
    const message = Array.isArray(problem.message) ? problem.message.join('; ') : (problem.message ?? res.statusText);
    throw new ApiError(res.status, message);
  }
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export async function login(email: string, password: string): Promise<void> {
  storeTokens(await call<Tokens>('POST', '/auth/login', { email, password }));
}

export async function logout(): Promise<void> {
  await call('POST', '/auth/logout').catch(() => undefined);
  storeTokens(null);
}

export const fetchMe = () => call<Me>('GET', '/me');
