import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PreviewTarget } from '@tiergate/access';
import { useLocation, useNavigate } from 'react-router';
import { api, dataOf } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { currentPreview, setPreview } from '../../api/preview';
import { ME_QUERY_KEY } from '../../session/use-me';

/**
 * Starts a preview (R15): GET /preview (audited) answers the previewed me-shape, which becomes the panel's own; from
 * then on every request carries the preview's header, so every screen is filled as the previewed account's.
 */
export function useStartPreview() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  return useMutation({
    mutationFn: (target: PreviewTarget) =>
      dataOf(api.GET('/api/preview', { params: { query: target.kind === 'account' ? { accountId: target.id } : { roleId: target.id } } })),
    onSuccess: (me, target) => {
      queryClient.clear();
      setPreview({ target, name: me.name, returnTo: `${pathname}${search}` });
      queryClient.setQueryData(ME_QUERY_KEY, me);
      navigate('/');
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not open the preview', message: describeError(error) }),
  });
}

/** Ends the preview: the panel is the signed-in account's own again, back on the page the preview started from. */
export function useEndPreview() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return () => {
    const returnTo = currentPreview()?.returnTo ?? '/';
    setPreview(null);
    queryClient.clear();
    navigate(returnTo);
  };
}
