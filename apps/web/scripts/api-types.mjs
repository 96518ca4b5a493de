#!/usr/bin/env node
// The panel's API types, generated from the API's OpenAPI document (apps/api/openapi.json) by openapi-typescript and
// formatted like the rest of the repository: `node scripts/api-types.mjs` writes src/api/schema.gen.ts (the panel's
// build and typecheck run it first); `--check` only says whether the committed file is what generation gives.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.resolve(web, '../api/openapi.json');
const TARGET = path.join(web, 'src/api/schema.gen.ts');
const HEADER = `// Generated from apps/api/openapi.json by apps/web/scripts/api-types.mjs (openapi-typescript): do not edit.
// The panel's build and typecheck regenerate it; after an API change, \`pnpm api-contract\` (openapi.json, then this).
`;

async function generate() {
  const code = HEADER + astToString(await openapiTS(pathToFileURL(SOURCE)));
  const options = await prettier.resolveConfig(TARGET);
  return prettier.format(code, { ...options, filepath: TARGET });
}

const fresh = await generate();
const committed = (() => {
  try {
    return readFileSync(TARGET, 'utf8');
  } catch {
    return null;
  }
})();
if (process.argv.includes('--check')) {
  if (committed !== fresh) {
    console.error(
      `${path.relative(process.cwd(), TARGET)} is not what apps/api/openapi.json generates: run \`pnpm --filter @tiergate/web api-types\` and commit it.`,
    );
    process.exit(1);
  }
} else if (committed !== fresh) {
  writeFileSync(TARGET, fresh);
  console.log(`api-types: wrote ${path.relative(process.cwd(), TARGET)}`);
}
