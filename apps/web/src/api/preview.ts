import { type PreviewTarget } from '@tiergate/access';
import { useSyncExternalStore } from 'react';

/** A preview (R15) in progress in this tab: whom it shows, under which name, and the page it was started from. */
export interface Preview {
  target: PreviewTarget;
  name: string;
  returnTo: string;
}

/** Kept in sessionStorage: a reload stays in the preview, another tab does not start in it. */
const KEY = 'tiergate.preview';
const listeners = new Set<() => void>();
let current: Preview | null = read();

function read(): Preview | null {
  if (typeof sessionStorage === 'undefined') return null;
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
}

/** The preview in progress, or null: the API client sends its header on every request while there is one. */
export function currentPreview(): Preview | null {
  return current;
}

export function setPreview(preview: Preview | null) {
  if (preview) sessionStorage.setItem(KEY, JSON.stringify(preview));
  else sessionStorage.removeItem(KEY);
  current = preview;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function usePreview(): Preview | null {
  return useSyncExternalStore(subscribe, currentPreview);
}
