import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  // The catalog is TypeScript source shared with the API; Vite compiles it with the SPA.
  resolve: { alias: { '@tiergate/access': fileURLToPath(new URL('../../libs/access/src/index.ts', import.meta.url)) } },
  server: { proxy: api },
  preview: { proxy: api },
});
