import { useEffect, useId, useRef, useState } from 'react';
import type { Me } from '../api/apiTypes';
import { messageOf } from '../api/messageOf';
import { useAuth } from '../auth/useAuth';
import { MeSummary } from './MeSummary';

/**
 * The signed-in person's menu in the app bar: who they are (name, email, workspace role) and
 * signing out of this browser or of every browser. A disclosure (button and panel), closed by
 * Escape, by a click elsewhere or by choosing.
 */
export function AccountMenu({ me }: { readonly me: Me }) {
  const { signOut } = useAuth();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent): void => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const leave = (everywhere: boolean): void => {
    setBusy(true);
    setError(null);
    // On success the page reloads on the sign-in page.
    signOut(everywhere).catch((failure: unknown) => {
      setError(messageOf(failure));
      setBusy(false);
    });
  };

  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Account: ${me.name}`}
        onClick={() => setOpen((current) => !current)}
      >
        <MeSummary me={me} />
      </button>
      {open && (
        <div id={panelId} className="account-menu__panel">
          <div className="account-menu__who">
            <p className="account-menu__name" dir="auto">
              {me.name}
            </p>
            {me.email !== undefined && (
              <p className="account-menu__email" dir="auto">
                {me.email}
              </p>
            )}
          </div>
          <div className="account-menu__actions">
            <button type="button" className="button" disabled={busy} onClick={() => leave(false)}>
              Sign out
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => leave(true)}>
              Sign out everywhere
            </button>
          </div>
          {error !== null && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
