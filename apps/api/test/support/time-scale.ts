/**
 * A limit on how long a test waits for a condition, stretched on a busy machine: scripts/test.mjs sets
 * TEST_TIME_SCALE (3 under CI). Only ceilings are scaled; a test that passes never waits longer for it.
 */
export const scaled = (ms: number) => ms * Number(process.env.TEST_TIME_SCALE ?? 1);
