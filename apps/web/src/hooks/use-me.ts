import { useQuery } from '@tanstack/react-query';
import { fetchMe, storedTokens } from '../api/client';

/** The signed-in account and its effective permissions (R13); null while signed out. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: () => (storedTokens() ? fetchMe() : null),
    retry: false,
  });
}
