import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { onSessionChange } from '../api/client';
import { NotFoundPage } from '../components/status-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { PermissionGate } from './permission-gate';
import { setPreview } from '../api/preview';
import { ROUTES } from '../session/routes';
import { Shell } from './shell';
import { ME_QUERY_KEY, useMe } from '../session/use-me';
import { useLiveAccess } from '../session/use-live-access';
import { PAGES } from './pages';

/** Follows the session across tabs: signed out anywhere (or refused by the API) sends every tab to sign-in. */
function SessionWatcher() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  useEffect(
    () =>
      onSessionChange(({ signedOut, reason }) => {
        if (!signedOut) return void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
        setPreview(null);
        queryClient.clear();
        queryClient.setQueryData(ME_QUERY_KEY, null);
        navigate('/sign-in', { state: { reason } });
      }),
    [queryClient, navigate],
  );
  return <Outlet />;
}

/** The panel's screens need a session: without one, sign in first and come back to the URL asked for. */
function SignedIn() {
  const me = useMe();
  useLiveAccess(!!me.data);
  const location = useLocation();
  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (me.isError && me.data === undefined) {
    // The API is unreachable or failing (a 401 would have ended the session instead): say so, keep the place.
    return (
      <Center h="100vh" p="md">
        <Alert color="red" role="alert" title="Tiergate cannot be reached" maw={480}>
          <Stack gap="sm">
            <Text size="sm">{me.error.message}</Text>
            <Button variant="default" w="fit-content" onClick={() => me.refetch()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      </Center>
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Shell me={me.data} />;
}

export const router = createBrowserRouter([
  {
    element: <SessionWatcher />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      {
        element: <SignedIn />,
        children: [
          ...ROUTES.map(({ path, access }) => {
            const Page = PAGES[path];
            return {
              path,
              // Keyed by route, so a screen still loading shows its own loader instead of holding the one being left.
              element: (
                <PermissionGate key={path} access={access}>
                  <Page />
                </PermissionGate>
              ),
            };
          }),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
