/**
 * The panel's security headers (DESIGN §6), the same wherever it is served: `vite preview` (`pnpm start`, the
 * Playwright suite) sends them through vite.config.ts, and nginx.conf (the Dockerfile's web image) carries the
 * same values, which src/security-headers.test.ts compares.
 *
 * The built index.html and its modules have no inline script, so scripts come from the panel itself only.
 * Styles need 'unsafe-inline': Mantine writes its CSS variables and responsive style props into <style> tags at
 * run time, and a static server cannot give them a per-response nonce. Inline style cannot run script.
 * Images allow data: for the SVG icons in Mantine's stylesheet.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
