import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list screen's filters kept in the URL (`/payments?method=cash&from=2026-11-01`), so a filtered list can be
 * bookmarked, reloaded and linked to from a subscriber's or an account's page. Empty values are left out.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => Object.fromEntries(keys.map((k) => [k, params.get(k)?.trim() || null])) as Record<K, string | null>, [params, keys]);
  const set = (next: Partial<Record<K, string | null>>) => {
    const merged = { ...values, ...next };
    const out = new URLSearchParams();
    for (const k of keys) if (merged[k]) out.set(k, merged[k]!);
    setParams(out, { replace: true });
  };
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  const active = keys.filter((k) => values[k] !== null).length;
  return { values, params, set, clear, active };
}

/** A positive id typed into a filter, or null. */
export function idParam(value: string | null): number | null {
  const n = Number(value);
  return value && /^\d{1,10}$/.test(value) && n > 0 ? n : null;
}
