import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { sortOf } from '../api/list-query';

/** How long typing must pause before a typed filter reaches the URL (and the API). */
export const TYPING_PAUSE_MS = 300;

/** The URL keys of a list's place: its sort, the keyset cursor of its page and that page's number (for display). */
const SORT = 'sort';
const CURSOR = 'cursor';
const PAGE = 'page';

export interface UrlListOptions<K extends string, T extends K> {
  /** The filters kept in the URL under these keys (`/payments?method=cash&from=2026-11-01`). */
  filters: readonly K[];
  /** Filters typed into a text box (a search): the box answers at once, the URL once typing pauses. */
  typed?: readonly T[];
  /** The fields the list may be sorted by (`?sort=name`, `?sort=-name` descending); anything else is ignored. */
  sorts?: readonly string[];
}

/**
 * A list screen's state in the URL, so Reload, Back and a shared link show the same list: its filters, its sort and
 * its page (`cursor` for the API, `page` for the words). A change of a filter or of the sort starts again at page 1.
 * Keys the list does not own (e.g. Resellers & Managers' `view`) are left as they are.
 */
export function useUrlList<K extends string, T extends K = never>({ filters: keys, typed: typedKeys = [], sorts = [] }: UrlListOptions<K, T>) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => Object.fromEntries(keys.map((k) => [k, params.get(k)?.trim() || null])) as Record<K, string | null>, [params, keys]);
  const sort = sortOf(params.get(SORT), sorts) ?? null;
  const cursor = params.get(CURSOR) || null;
  const pageNumber = Number(params.get(PAGE));
  const page = Number.isSafeInteger(pageNumber) && pageNumber > 1 ? pageNumber : 1;

  /** Writes these keys (null removes one) and forgets the page unless it is what changes. */
  const write = (changes: Record<string, string | null>, how: 'replace' | 'push' = 'replace') =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (!(PAGE in changes)) {
          next.delete(CURSOR);
          next.delete(PAGE);
        }
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: how === 'replace' },
    );

  const set = (next: Partial<Record<K, string | null>>) => write(next as Record<string, string | null>);
  const clear = () => write(Object.fromEntries(keys.map((k) => [k, null])));
  const active = keys.filter((k) => values[k] !== null).length;
  const typed = useTypedFilters(typedKeys, values, set);

  return {
    /** The filters as the URL has them (trimmed; an empty one is null). */
    values,
    params,
    set,
    clear,
    /** How many filters are set. */
    active,
    /** The text boxes' values, as typed. */
    typed: typed.text,
    type: typed.type,
    sort,
    /** A new sort (null: the list's own order, newest first). */
    setSort: (next: string | null) => write({ [SORT]: next }, 'push'),
    cursor,
    page,
    /** Another page: a new history entry, so Back returns to the page before. */
    goToPage: (number: number, at: string | null = null) => {
      write({ [PAGE]: number > 1 ? String(number) : null, [CURSOR]: number > 1 ? at : null }, 'push');
      window.scrollTo({ top: 0 });
    },
  };
}

/**
 * Text boxes that filter a list. The typed text reaches the URL once typing pauses; when the URL changes under a
 * box (a link, Clear filters, Back), the box follows it.
 */
function useTypedFilters<T extends string>(keys: readonly T[], values: Record<T, string | null>, set: (next: Partial<Record<T, string | null>>) => void) {
  const fromUrl = () => Object.fromEntries(keys.map((k) => [k, values[k] ?? ''])) as Record<T, string>;
  const [text, setText] = useState(fromUrl);
  const [settled] = useDebouncedValue(text, TYPING_PAUSE_MS);
  const urlKey = JSON.stringify(keys.map((k) => values[k]));

  // Only a new settled text is news: the URL follows it.
  useEffect(() => {
    const changed = keys.filter((k) => settled[k].trim() !== (values[k] ?? ''));
    if (changed.length) set(Object.fromEntries(changed.map((k) => [k, settled[k].trim() || null])) as Partial<Record<T, string | null>>);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the typed text settles
  }, [settled]);
  // The address changed under the boxes (not by our own push): they show what is filtered. Not on typing.
  useEffect(() => {
    const behind = keys.filter((k) => settled[k].trim() !== (values[k] ?? ''));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is outside React: the boxes follow it
    if (behind.length) setText((current) => ({ ...current, ...Object.fromEntries(behind.map((k) => [k, values[k] ?? ''])) }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the address changes
  }, [urlKey]);

  return { text, type: (key: T, value: string) => setText((current) => ({ ...current, [key]: value })) };
}

/** A positive id typed into a filter, or null. */
export function idParam(value: string | null): number | null {
  const n = Number(value);
  return value && /^\d{1,10}$/.test(value) && n > 0 ? n : null;
}
