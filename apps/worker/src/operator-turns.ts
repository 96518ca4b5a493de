import { operatorRunsKey } from '@tiergate/access';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';

/** An operator's runs that wait for a worker, and those still ahead of them (running, or waiting to retry). */
const WAITING = ['prioritized', 'waiting'];
const AHEAD = ['active', 'delayed'];

/**
 * R14 (libs/access jobs.ts): as one of an operator's billing runs ends, its other waiting runs move one rank up, to
 * priority 1 + the number of the operator's runs still ahead of each, in the order they waited. BullMQ puts a job
 * whose priority changes at the back of its new priority, so the operator's next run queues behind the other
 * operators' next runs: operators take turns. Run before the worker takes its next job.
 */
export async function moveUpOperatorRuns(queue: Queue, redis: Redis, prefix: string, operatorId: number, endingJobId: string): Promise<void> {
  const ids = (await redis.zrange(operatorRunsKey(prefix, operatorId), '0', '-1')).filter((id) => id !== endingJobId);
  const runs = (await Promise.all(ids.map((id): Promise<Job | undefined> => queue.getJob(id)))).filter((job) => job !== undefined);
  const states = await Promise.all(runs.map((job) => job.getState()));
  const ahead = states.filter((state) => AHEAD.includes(state)).length;
  const waiting = runs.filter((_, i) => WAITING.includes(states[i])).sort((a, b) => a.priority - b.priority || a.timestamp - b.timestamp);
  for (const [i, job] of waiting.entries()) {
    if (job.priority !== ahead + 1 + i) await job.changePriority({ priority: ahead + 1 + i });
  }
}
