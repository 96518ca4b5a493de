import { HttpException, HttpStatus, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ApiConfig } from '../config/config';
import { RetryLaterException } from '../common/retry-later.exception';
import { LoginThrottledException } from './login-throttle';

const WINDOW_MS = 60_000;

interface Window {
  failures: number;
  endsAt: number;
}

/**
 * Per client address (in this API instance), FAILED sign-ins and refreshes: LOGIN_THROTTLE_PER_MINUTE of them
 * in a minute (counted from the first) and the address gets 429 until that minute is over. Successes are not
 * counted, so an office behind one NAT signs in as often as it likes, and only someone failing from its address
 * can hold it up; the per-account locks and ceiling (LoginThrottle) are separate and come after this check.
 */
@Injectable()
export class AddressThrottle implements OnModuleInit, OnModuleDestroy {
  private readonly windows = new Map<string, Window>();
  private pruning?: NodeJS.Timeout;

  constructor(private readonly config: ApiConfig) {}

  /** Runs a sign-in or refresh from `address`: refused while the address is over its limit, counted if it fails. */
  async attempt<T>(address: string, run: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const window = this.windows.get(address);
    if (window && window.endsAt > now && window.failures >= this.config.LOGIN_THROTTLE_PER_MINUTE) {
      const seconds = Math.ceil((window.endsAt - now) / 1000);
      throw new RetryLaterException('LOGIN_THROTTLED', `Too many failed attempts from this address; try again in ${seconds} seconds`, seconds);
    }
    try {
      return await run();
    } catch (e) {
      if (isFailure(e)) this.countFailure(address);
      throw e;
    }
  }

  onModuleInit(): void {
    this.pruning = setInterval(() => {
      const now = Date.now();
      for (const [address, window] of this.windows) if (window.endsAt <= now) this.windows.delete(address);
    }, WINDOW_MS);
    this.pruning.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.pruning);
  }

  private countFailure(address: string): void {
    const now = Date.now();
    const window = this.windows.get(address);
    if (window && window.endsAt > now) window.failures++;
    else this.windows.set(address, { failures: 1, endsAt: now + WINDOW_MS });
  }
}

/** A wrong password, unknown email or refresh token, or an attempt the account's lock refused. */
function isFailure(e: unknown): boolean {
  return e instanceof LoginThrottledException || (e instanceof HttpException && e.getStatus() === HttpStatus.UNAUTHORIZED);
}
