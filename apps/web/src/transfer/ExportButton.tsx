import { useContext, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ApiError } from '../api/ApiError';
import { messageOf } from '../api/messageOf';
import { SessionContext } from '../auth/SessionContext';
import { useBoardChrome } from '../boards/BoardChromeContext';
import { exportChoices, type ExportChoice } from './exportChoices';
import { runExport } from './runExport';
import './transfer.css';

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly label: string }
  | {
      readonly kind: 'failed';
      readonly message: string;
      /** The server could not be reached: pictures of the view still work. */
      readonly unreachable: boolean;
    };

/**
 * Export the board: JSON, CSV, Markdown, ICS, and PNG or PDF of roadmap views (docs/formats.md).
 * A menu button after the WAI-ARIA pattern: Enter, Space or ArrowDown open it on the first
 * item, ArrowUp on the last; arrows, Home and End move; Escape closes it and returns to the
 * button; Tab or a click elsewhere closes it. Everyone who can read the board may export it.
 */
export function ExportButton() {
  const { board } = useBoardChrome();
  const session = useContext(SessionContext);
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState(0);
  const menuId = useId();

  useEffect(() => {
    if (!open) return undefined;
    itemRefs.current[focusIndex]?.focus();
    const onPointerDown = (event: PointerEvent): void => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, focusIndex]);

  if (board === null) return null;
  const choices = exportChoices(board.kind);
  const busy = state.kind === 'busy';

  const openAt = (index: number): void => {
    setFocusIndex((index + choices.length) % choices.length);
    setOpen(true);
  };
  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const choose = (choice: ExportChoice): void => {
    close(true);
    setState({ kind: 'busy', label: `Exporting ${choice.format.toUpperCase()}…` });
    runExport(session?.token ?? '', board, choice).then(
      () => setState({ kind: 'idle' }),
      (error: unknown) =>
        setState({
          kind: 'failed',
          message: messageOf(error),
          unreachable: error instanceof ApiError && error.status === 0,
        }),
    );
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (!busy && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : -1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const moves: Record<string, number> = {
      ArrowDown: focusIndex + 1,
      ArrowUp: focusIndex - 1,
      Home: 0,
      End: choices.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      openAt(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="transfer-export" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        // Not `disabled`: focus stays on the button while the file is made.
        aria-disabled={busy}
        onClick={() => {
          if (busy) return;
          if (open) close(false);
          else openAt(0);
        }}
        onKeyDown={onButtonKeyDown}
      >
        {/* The whiteboard's toolbar has its own Export (PNG, SVG of shapes). */}
        {busy ? state.label : board.kind === 'canvas' ? 'Export board' : 'Export'}
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label="Export as"
          className="transfer-export__menu"
          onKeyDown={onMenuKeyDown}
        >
          {choices.map((choice, index) => (
            <button
              key={choice.format}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === focusIndex ? 0 : -1}
              className="transfer-export__item"
              onClick={() => choose(choice)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
      <span className="visually-hidden" role="status">
        {busy ? state.label : ''}
      </span>
      {state.kind === 'failed' && (
        <div className="transfer-export__error" role="alert">
          <p>{state.message}</p>
          {board.kind === 'roadmap' && state.unreachable && (
            <p>Image and PDF exports work without one.</p>
          )}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setState({ kind: 'idle' })}
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
