import { createBrowserRouter } from 'react-router';
import { AccountFormPage } from '../auth/AccountFormPage';
import { RequireSession } from '../auth/RequireSession';
import { HomePage } from '../home/HomePage';
import { FullPageMessage } from '../ui/FullPageMessage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

/**
 * The app's routes. `/signin`, `/signup` and published boards (`/p/:secret`) are open to anyone; every other page needs someone
 * (an account, an API token or a share link) and sends nobody to `/signin?next=…`. `/b/:id`
 * shows any board kind. It loads on demand, so the home page does not wait for Yjs, the
 * provider and drag and drop. A function, not a module constant, so the router reads the
 * address after the token or link was taken out of it.
 */
export function createAppRouter(): ReturnType<typeof createBrowserRouter> {
  return createBrowserRouter([
    {
      path: '/signin',
      element: <AccountFormPage mode="signin" />,
      errorElement: <RouteErrorPage />,
    },
    {
      path: '/signup',
      element: <AccountFormPage mode="signup" />,
      errorElement: <RouteErrorPage />,
    },
    {
      path: '/p/:secret',
      lazy: async () => {
        const { PublishedPage } = await import('../publishing/PublishedPage');
        return { Component: PublishedPage };
      },
      errorElement: <RouteErrorPage />,
    },
    {
      path: '/',
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      errorElement: <RouteErrorPage />,
      // Shown while a lazy route (the board) loads on the first page load.
      hydrateFallbackElement: <FullPageMessage title="Opening Cairn…" tone="busy" />,
      children: [
        { index: true, element: <HomePage /> },
        {
          path: 'b/:id',
          lazy: async () => {
            const { BoardPage } = await import('../boards/BoardPage');
            return { Component: BoardPage };
          },
        },
        {
          path: 'inbox',
          lazy: async () => {
            const { InboxPage } = await import('../inbox/InboxPage');
            return { Component: InboxPage };
          },
        },
        {
          path: 'import',
          lazy: async () => {
            const { ImportPage } = await import('../transfer/ImportPage');
            return { Component: ImportPage };
          },
        },
        {
          path: 'members',
          lazy: async () => {
            const { MembersPage } = await import('../members/MembersPage');
            return { Component: MembersPage };
          },
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
