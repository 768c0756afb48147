import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AccessLinkRequiredPage } from '../auth/AccessLinkRequiredPage';
import { SessionProvider } from '../auth/SessionProvider';
import { useAccessToken } from '../auth/useAccessToken';
import { createAppRouter } from './router';

/** No token: ask for an access link. Otherwise: sign in with it, then route. */
export function App() {
  const { token, forget } = useAccessToken();
  const [router] = useState(createAppRouter);
  if (token === null) return <AccessLinkRequiredPage />;
  return (
    <SessionProvider key={token} token={token} onForgetToken={forget}>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
