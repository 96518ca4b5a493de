import { Center, Loader } from '@mantine/core';
import { useMe } from './hooks/use-me';
import { MyPermissionsPage } from './pages/my-permissions-page';
import { SignInPage } from './pages/sign-in-page';

export function App() {
  const me = useMe();
  if (me.isPending) return <Center h="100vh"><Loader /></Center>;
  return me.data ? <MyPermissionsPage me={me.data} /> : <SignInPage />;
}
