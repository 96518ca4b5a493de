import type { PermissionKey } from '@tiergate/access';
import { useMe } from './use-me';

/** Whether the signed-in account holds a permission now (R13): what it may not do is hidden. */
export function useCan(): (key: PermissionKey) => boolean {
  const me = useMe().data;
  return (key) => me?.permissions.includes(key) ?? false;
}
