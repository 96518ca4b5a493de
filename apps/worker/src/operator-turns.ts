import { DelayedError, Job, Queue } from 'bullmq';
import Redis from 'ioredis';

/** An operator's runs that wait for a worker, and those still ahead of them (running, or waiting to retry or for their turn). */
const WAITING = ['prioritized', 'waiting'];
const AHEAD = ['active', 'delayed'];

/** The job id of the operator's run that holds its turn on the workers (`runsKey`: the operator's runs, e.g. operatorRunsKey). */
const turnKey = (runsKey: string) => `${runsKey}:turn`;

/**
 * The turn is the job's unless another run holds it that is still running: BullMQ keeps a lock on a running job
 * (`<job key>:lock`) and lets it expire when its worker dies, so a crashed run never keeps its turn.
 * KEYS[1] the turn; ARGV[1] the job id, ARGV[2] the queue's job key prefix.
 */
const TAKE_TURN = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] and redis.call('EXISTS', ARGV[2] .. holder .. ':lock') == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
return 1`;
const END_TURN = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end`;

/**
 * R14: one run of an operator at a time on the workers, so that an operator's backlog holds at most one worker and
 * the others stay free for other operators. A run whose operator already runs one waits, delayed, until that one
 * ends (endOperatorTurn promotes it); `recheckMs` only guards against a worker that died while promoting. Throws
 * BullMQ's DelayedError when the run must wait: the processor must let it through.
 */
export async function takeOperatorTurn(queue: Queue, redis: Redis, runsKey: string, job: Job, token: string, recheckMs: number): Promise<void> {
  const take = () => redis.eval(TAKE_TURN, 1, turnKey(runsKey), job.id!, queue.toKey('')) as Promise<number>;
  if (await take()) return;
  await job.moveToDelayed(Date.now() + recheckMs, token);
  // The run holding the turn may have ended between the two steps, promoting nothing: then this one takes the turn
  // and goes back to the queue (a turn held by a run that never starts again is free to take: it has no lock).
  if (await take()) await job.promote().catch(() => undefined);
  throw new DelayedError();
}

/** Ends the run's turn: the operator's next run waiting for it goes back to the queue, and its waiting runs move up. */
export async function endOperatorTurn(queue: Queue, redis: Redis, runsKey: string, endingJobId: string): Promise<void> {
  await redis.eval(END_TURN, 1, turnKey(runsKey), endingJobId);
  const runs = await operatorRuns(queue, redis, runsKey, endingJobId);
  const next = runs.filter((r) => r.state === 'delayed').sort(byRank)[0];
  // It may have just been promoted by itself, or started.
  if (next) await next.job.promote().catch(() => undefined);
  await moveUpOperatorRuns(runs);
}

type Run = { job: Job; state: string };
const byRank = (a: Run, b: Run) => a.job.priority - b.job.priority || a.job.timestamp - b.job.timestamp;

async function operatorRuns(queue: Queue, redis: Redis, runsKey: string, endingJobId: string): Promise<Run[]> {
  const ids = (await redis.zrange(runsKey, '0', '-1')).filter((id) => id !== endingJobId);
  const jobs = (await Promise.all(ids.map((id): Promise<Job | undefined> => queue.getJob(id)))).filter((job) => job !== undefined);
  return Promise.all(jobs.map(async (job) => ({ job, state: await job.getState() })));
}

/**
 * R14 (libs/access jobs.ts): as one of an operator's billing runs ends, its other waiting runs move one rank up, to
 * priority 1 + the number of the operator's runs still ahead of each, in the order they waited. BullMQ puts a job
 * whose priority changes at the back of its new priority, so the operator's next run queues behind the other
 * operators' next runs: operators take turns.
 */
async function moveUpOperatorRuns(runs: Run[]): Promise<void> {
  const ahead = runs.filter((r) => AHEAD.includes(r.state)).length;
  const waiting = runs.filter((r) => WAITING.includes(r.state)).sort(byRank);
  for (const [i, { job }] of waiting.entries()) {
    if (job.priority !== ahead + 1 + i) await job.changePriority({ priority: ahead + 1 + i });
  }
}
