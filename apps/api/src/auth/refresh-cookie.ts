import { ForbiddenException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A browser's refresh token (API.md, "browser sessions"): an HttpOnly cookie that script cannot read, sent only
 * to the refresh endpoint and never cross-site. Browsers accept `Secure` from http://localhost and 127.0.0.1
 * too (secure contexts), so `pnpm start` works without TLS.
 */
export const REFRESH_COOKIE = 'tiergate_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth/refresh';

/**
 * The CSRF check of a refresh from the cookie: a header a cross-site page cannot send (it is not CORS-safelisted
 * and the API allows no cross-origin request), on top of SameSite=Strict.
 */
export const CSRF_HEADER = 'x-tiergate-csrf';

export function setRefreshCookie(reply: FastifyReply, refreshToken: string, maxAgeSeconds: number): void {
  reply.header('set-cookie', `${REFRESH_COOKIE}=${refreshToken}; Path=${REFRESH_COOKIE_PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Strict`);
}

export function clearRefreshCookie(reply: FastifyReply): void {
  reply.header('set-cookie', `${REFRESH_COOKIE}=; Path=${REFRESH_COOKIE_PATH}; Max-Age=0; HttpOnly; Secure; SameSite=Strict`);
}

/** The refresh token in the request's cookie, if any; a cookie refresh without the CSRF header is 403. */
export function refreshTokenFromCookie(request: FastifyRequest): string | undefined {
  const token = request.headers.cookie
    ?.split(';')
    .map((pair) => pair.trim())
    .find((pair) => pair.startsWith(`${REFRESH_COOKIE}=`))
    ?.slice(REFRESH_COOKIE.length + 1);
  if (token && !request.headers[CSRF_HEADER]) throw new ForbiddenException(`A refresh from the cookie needs the ${CSRF_HEADER} header`);
  return token || undefined;
}
