import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError, hasCode } from './api/client';
import { router } from './app/router';
import { ME_QUERY_KEY } from './session/use-me';

/** A permission refused means the account's permissions changed under it: fetch /me again so the menu follows (UI.md). */
const refreshMeOn403 = (error: Error) => {
  if (hasCode(error, 'MISSING_PERMISSION', 'MODULE_DISABLED', 'GRANT_NOT_HELD')) void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
};
const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: refreshMeOn403 }),
  mutationCache: new MutationCache({ onError: refreshMeOn403 }),
  defaultOptions: { queries: { retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2 } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
