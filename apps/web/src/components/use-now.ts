import { useState } from 'react';

/** The time when the component first rendered: what "overdue" or "expired" is measured against while it stays open. */
export function useNow(): number {
  const [now] = useState(Date.now);
  return now;
}
