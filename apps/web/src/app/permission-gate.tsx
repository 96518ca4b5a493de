import { Center, Loader } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { NotPermittedPage } from '../components/status-page';
import { mayOpen, switchedOffModule, type ScreenAccess } from '../session/routes';
import { useMe } from '../session/use-me';

/** Wraps every screen of the route table: an account that may not open it sees "Not permitted" instead (R13). */
export function PermissionGate({ access, children }: { access: ScreenAccess; children: ReactNode }) {
  const me = useMe().data;
  if (!me || !mayOpen(access, me)) return <NotPermittedPage switchedOff={me ? switchedOffModule(access, me) : undefined} />;
  return (
    <Suspense
      fallback={
        <Center py="xl">
          <Loader aria-label="Loading" />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}
