// The build's last step: the built API (dist/server.js and everything it requires, the workspace's libraries and the
// packages from node_modules) as one file, dist/server.bundle.js, which dist/main.js loads when it is there. Loading
// some 1,700 modules one by one (resolving each through pnpm's links, reading and compiling it) was most of the API's
// start (bench/request-path.mjs).
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { rolldown } from 'rolldown';

/**
 * Loaded from node_modules at run time: a native addon, the Swagger UI's files (@nestjs/swagger serves them from its
 * package's folder), and the optional packages Nest, pg and BullMQ load only when an application uses them (not
 * installed here, so never loaded).
 */
const EXTERNAL = [
  '@node-rs/argon2',
  'swagger-ui-dist',
  'pg-native',
  '@nestjs/microservices',
  '@nestjs/websockets',
  '@nestjs/platform-express',
  '@fastify/multipart',
  '@fastify/view',
  '@valkey/valkey-glide',
  // @nestjs/mapped-types' fallback for a class-transformer without `cjs/storage` (ours has it, bundled).
  'class-transformer/storage',
];
/**
 * ES modules of Nest require packages at run time through `createRequire(import.meta.url)`, which a bundler cannot
 * follow: those packages would be loaded a second time from node_modules, beside their bundled copy, and
 * class-transformer keeps its metadata per copy (the DTOs @nestjs/swagger's IntersectionType builds lost their
 * transforms: GET /tickets answered 400 to `limit=50`). Their `require` becomes the bundle's own, which it follows.
 */
const RUNTIME_REQUIRE = 'const require = createRequire(import.meta.url);';
const bundledRequires = {
  name: 'bundled-requires',
  transform: { filter: { code: RUNTIME_REQUIRE }, handler: (code) => code.replace(RUNTIME_REQUIRE, '') },
};
const external = (id) => EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`));

const bundle = await rolldown({
  input: 'dist/server.js',
  platform: 'node',
  // As Node resolves: a package's `main` before its `module` (class-transformer ships both builds).
  resolve: { mainFields: ['main', 'module'] },
  external,
  plugins: [bundledRequires],
  // `import.meta` of an ES module turned into CommonJS: @nestjs/terminus names it for a check the API does not use.
  onLog: (level, log, handler) => (log.code === 'EMPTY_IMPORT_META' ? undefined : handler(level, log)),
});
await bundle.write({ file: 'dist/server.bundle.js', format: 'cjs', codeSplitting: false });
await bundle.close();

// Every package the bundle still requires at run time must be one of EXTERNAL: any other would be a second copy.
const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
// (A call inside a template of ajv's code generator is text, not a call: `codegen_1._\`require("…")\``.)
const required = [...readFileSync('dist/server.bundle.js', 'utf8').matchAll(/(?<!`)\brequire(?:\$\d+)?\("([^"]+)"\)/g)].map((m) => m[1]);
const unexpected = [...new Set(required)].filter((id) => !node.has(id) && !external(id));
if (unexpected.length) throw new Error(`the bundle requires at run time, besides its EXTERNAL packages: ${unexpected.join(', ')}`);
