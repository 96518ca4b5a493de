import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { subscriberKeys } from './subscriber-keys';

export interface SubscriberNote {
  id: number;
  authorId: number | null;
  authorName: string;
  body: string;
  createdAt: string;
}

/** The subscriber's notes, newest first. */
export function useSubscriberNotes(id: number) {
  return useQuery({
    queryKey: subscriberKeys.notes(id),
    queryFn: () => api.get<SubscriberNote[]>(`/subscribers/${id}/notes`),
  });
}
