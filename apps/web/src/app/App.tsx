import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AuthProvider } from '../auth/AuthProvider';
import { useTabCredential } from '../auth/useTabCredential';
import { createAppRouter } from './router';

/**
 * Finds out who this tab is (API token or share link from the address, else the session
 * cookie), then routes. Pages that need someone ask to sign in when nobody is there.
 */
export function App() {
  const { credential, forget } = useTabCredential();
  const [router] = useState(createAppRouter);
  return (
    <AuthProvider
      key={credential?.secret ?? ''}
      credential={credential}
      onForgetCredential={forget}
    >
      <RouterProvider router={router} />
    </AuthProvider>
  );
}
