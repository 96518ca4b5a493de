import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

/**
 * A typed-in filter: shown at once, committed (to the URL) after a pause in typing; a value changed from outside
 * (Clear filters, "Only this actor") replaces what is shown.
 */
export function useDraft<T>(value: T, commit: (value: T) => void, delay = 400): [T, (value: T) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (!Object.is(value, seen)) {
    setSeen(value);
    setDraft(value);
  }
  const debounced = useDebouncedCallback(commit, delay);
  return [
    draft,
    (next: T) => {
      setDraft(next);
      debounced(next);
    },
  ];
}
