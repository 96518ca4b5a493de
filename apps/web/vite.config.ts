import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, ProxyOptions } from 'vite';
import { SECURITY_HEADERS } from './security-headers.ts';

/**
 * /api goes to the API. This proxy is the panel's edge: it tells the API the client's address in
 * X-Forwarded-For, replacing whatever the client put there, and the API trusts this proxy only (TRUST_PROXY).
 */
const api: Record<string, ProxyOptions> = {
  '/api': {
    target: process.env.API_URL ?? 'http://127.0.0.1:3000',
    changeOrigin: false,
    configure: (proxy) => proxy.on('proxyReq', (proxyReq, req) => proxyReq.setHeader('x-forwarded-for', req.socket.remoteAddress ?? '')),
  },
};

export default defineConfig({
  plugins: [react()],
  // The catalog is TypeScript source shared with the API; Vite compiles it with the SPA.
  resolve: { alias: { '@tiergate/access': fileURLToPath(new URL('../../libs/access/src/index.ts', import.meta.url)) } },
  server: { proxy: api },
  // The built panel as users get it (`pnpm start`, the e2e suite); the dev server's inline refresh script needs none.
  preview: { proxy: api, headers: SECURITY_HEADERS },
});
