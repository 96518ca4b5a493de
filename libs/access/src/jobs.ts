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

/** Redis pub/sub channel on which every API instance hears that cached authorization is stale (R9). */
export const AUTHZ_CHANGED_CHANNEL = 'tiergate:authz-changed';
/** Each instance answers a change message here once it has dropped its cache. */
export const AUTHZ_FLUSHED_CHANNEL = 'tiergate:authz-flushed';

/** Retried with backoff; removed when done or failed for good, so the sweep can enqueue the same jobId again. */
export const ROLE_DEFAULTS_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: true,
} as const;
