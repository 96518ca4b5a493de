import { existsSync } from 'node:fs';
import path from 'node:path';

// The API as the build bundled it (bundle.mjs), or as compiled when there is no bundle. Both are CommonJS: `require`,
// not `import()`, which would first have Node's ES module loader scan all 10 MB of the bundle for its exports (a fifth
// of a start).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loading a CommonJS file on purpose, see above
require(existsSync(path.join(__dirname, 'server.bundle.js')) ? './server.bundle.js' : './server.js');
