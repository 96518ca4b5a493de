import './compile-cache';
import { existsSync } from 'node:fs';
import path from 'node:path';

// The API as the build bundled it (bundle.mjs), or as compiled when there is no bundle; after the compile cache, so
// that the cache also keeps what this loads.
void import(existsSync(path.join(__dirname, 'server.bundle.js')) ? './server.bundle.js' : './server.js');
