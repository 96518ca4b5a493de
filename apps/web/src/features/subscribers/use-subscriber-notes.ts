import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { subscriberKeys } from './subscriber-keys';

/** The subscriber's notes, newest first. */
export function useSubscriberNotes(id: number) {
  return useQuery({
    queryKey: subscriberKeys.notes(id),
    queryFn: () => dataOf(api.GET('/api/subscribers/{id}/notes', { params: { path: { id } } })),
  });
}
