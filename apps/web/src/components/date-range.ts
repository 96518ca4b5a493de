import dayjs from 'dayjs';

/**
 * From and To on the accounting screens are whole days in the user's time zone, kept in the URL as YYYY-MM-DD.
 * The API gets instants: From is the start of its day, To the start of the day after (exclusive), so "To 30 Nov"
 * includes all of 30 November wherever the user is.
 */
export function dayParam(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).isValid() ? value : null;
}

export function rangeParams(from: string | null, to: string | null): { from?: string; to?: string } {
  return {
    from: from ? dayjs(from).startOf('day').format() : undefined,
    to: to ? dayjs(to).add(1, 'day').startOf('day').format() : undefined,
  };
}

/** What a date picker gives (a YYYY-MM-DD string, a Date or null) as the day kept in the URL. */
export function dayOf(value: string | Date | null): string | null {
  return value ? dayjs(value).format('YYYY-MM-DD') : null;
}
