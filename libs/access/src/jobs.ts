/** Queue and job names shared by the API (producer) and the worker (consumer). Payloads carry ids only. */
export const ROLE_DEFAULTS_QUEUE = 'role-defaults';

export enum JobName {
  ApplyRoleDefaults = 'apply-role-defaults',
  SweepRoleDefaults = 'sweep-role-defaults',
}

export type JobPayload =
  | { name: JobName.ApplyRoleDefaults; data: { roleId: number } }
  | { name: JobName.SweepRoleDefaults; data: Record<string, never> };

/** One job per role: enqueuing twice (API and sweep) never runs the defaults twice. */
export function roleDefaultsJobId(roleId: number): string {
  return `role-${roleId}-defaults`;
}

export const DEFAULT_PREDEFINED_PERMISSIONS_DELAY_MS = 60_000;

/*
 * R9 across API instances. Names live under the deployment's QUEUE_PREFIX, so that deployments (or test
 * files) sharing one Redis do not wait for each other.
 */
/** Pub/sub channel on which every API instance hears that cached authorization is stale; the message is a change id. */
export const authzChangedChannel = (prefix: string) => `${prefix}:authz-changed`;
/** Each API instance answers a change here with `<change id> <instance id>` once it has dropped its cache. */
export const authzFlushedChannel = (prefix: string) => `${prefix}:authz-flushed`;
/** Sorted set of the API instances that cache, scored by their last heartbeat (Redis server time, ms). */
export const authzInstancesKey = (prefix: string) => `${prefix}:authz-instances`;

/** Retried with backoff; removed when done or failed for good, so the sweep can enqueue the same jobId again. */
export const ROLE_DEFAULTS_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: true,
} as const;
