import * as nodeModule from 'node:module';

/**
 * Imported first by main.ts: V8 keeps the code it compiles for every module loaded after this on disk (the OS's temp
 * folder, or NODE_COMPILE_CACHE), so a restart of the same build skips compiling them (about a quarter of a start's CPU here).
 */
// Node 22.1+ (package.json "engines"); the @types/node in use predates it.
(nodeModule as unknown as { enableCompileCache: () => unknown }).enableCompileCache();
