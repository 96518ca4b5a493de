// The build's last step: the built API (dist/server.js and everything it requires, the workspace's libraries and the
// packages from node_modules) as one file, dist/server.bundle.js, which dist/main.js loads when it is there. Loading
// some 1,700 modules one by one (resolving each through pnpm's links, reading and compiling it) was most of the API's
// start (bench/request-path.mjs). Left outside: Node's own modules, a native addon, the Swagger UI's files (which
// @nestjs/swagger finds from its package's folder), and the optional packages Nest and pg try to load only when an
// application uses them (not installed here).
import { rolldown } from 'rolldown';

const OUTSIDE = ['@node-rs/argon2', 'swagger-ui-dist'];
const OPTIONAL = ['pg-native', '@nestjs/microservices', '@nestjs/websockets', '@nestjs/platform-express', '@fastify/multipart', '@fastify/view'];

const bundle = await rolldown({
  input: 'dist/server.js',
  platform: 'node',
  external: (id) => [...OUTSIDE, ...OPTIONAL].some((name) => id === name || id.startsWith(`${name}/`)),
  // `import.meta` of an ES module turned into CommonJS: @nestjs/terminus names it for a check the API does not use.
  onLog: (level, log, handler) => (log.code === 'EMPTY_IMPORT_META' ? undefined : handler(level, log)),
});
await bundle.write({ file: 'dist/server.bundle.js', format: 'cjs', codeSplitting: false });
await bundle.close();
