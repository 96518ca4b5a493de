/**
 * @jest-environment node
 */
/// <reference types="jest" />
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * src/api/schema.gen.ts is generated from apps/api/openapi.json and never edited by hand (issue 14): the committed
 * file is what a fresh generation gives, as apps/api/test/openapi.spec.ts keeps openapi.json what the API serves.
 */
it('the committed API types are what apps/api/openapi.json generates', () => {
  const check = spawnSync(process.execPath, [path.resolve(__dirname, '../../scripts/api-types.mjs'), '--check'], { encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});
