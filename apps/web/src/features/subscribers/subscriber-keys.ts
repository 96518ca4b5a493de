/** The react-query keys of the subscribers feature, so that every mutation invalidates exactly what it changes. */
export const subscriberKeys = {
  all: ['subscribers'] as const,
  lists: () => [...subscriberKeys.all, 'list'] as const,
  list: (filters: { q: string; status: string | null; ownerId: string | null; cursor: string | null }) => [...subscriberKeys.lists(), filters] as const,
  detail: (id: number) => [...subscriberKeys.all, 'detail', id] as const,
  notes: (id: number) => [...subscriberKeys.all, 'detail', id, 'notes'] as const,
  activity: (id: number) => [...subscriberKeys.all, 'detail', id, 'activity'] as const,
};
