import { ServiceUnavailableException } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { withTimeout } from './with-timeout';

const QUEUE_TIMEOUT_MS = 2000;

/** An admitted run whose job never appeared (its add failed) stops counting after this. */
const ADMISSION_GRACE_MS = 60_000;

/**
 * Admits a run into its operator's sorted set (R14), in one step whatever the number of API instances. Other members
 * whose job has finished, or never appeared within the grace, are dropped first; the asked job id keeps its place
 * (it is queued, or about to be replaced) and its time is renewed. Answers the number of the operator's other runs
 * that wait or run (the new run's rank), or -1 when the operator already has its maximum.
 * KEYS[1] the operator's runs; ARGV: job key prefix, job id, maximum, grace ms.
 */
const ADMIT_RUN = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local held = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
local others, admitted = 0, false
for i = 1, #held, 2 do
  local id, at = held[i], tonumber(held[i + 1])
  local job = ARGV[1] .. id
  if id == ARGV[2] then
    admitted = true
  elseif redis.call('HEXISTS', job, 'finishedOn') == 1 or (redis.call('EXISTS', job) == 0 and at < now - tonumber(ARGV[4])) then
    redis.call('ZREM', KEYS[1], id)
  else
    others = others + 1
  end
end
if not admitted and others >= tonumber(ARGV[3]) then return -1 end
redis.call('ZADD', KEYS[1], now, ARGV[2])
return others
`;

/**
 * R14: admits job `jobId` among its operator's runs (the sorted set `runsKey`); answers its rank (the number of the
 * operator's other runs that wait or run), or -1 when the operator already has `max` of them.
 */
export async function admitOperatorRun(redis: Redis, runsKey: string, queue: Queue, jobId: string, max: number): Promise<number> {
  return (await redis.eval(ADMIT_RUN, 1, runsKey, queue.toKey(''), jobId, max, ADMISSION_GRACE_MS)) as number;
}

/** A step on the job queue, bounded in time: an unreachable Redis is a 503, never a hung request. */
export async function reachQueue<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await withTimeout(work(), QUEUE_TIMEOUT_MS);
  } catch {
    throw new ServiceUnavailableException('The job queue is unavailable; try again shortly');
  }
}
