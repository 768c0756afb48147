import { useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

interface DialogProps {
  readonly title: string;
  /** Called on Escape, on the close button and on a click on the backdrop. */
  readonly onClose: () => void;
  /** Focused when the dialog opens; otherwise the browser picks the first focusable element. */
  readonly initialFocusRef?: RefObject<HTMLElement | null>;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` element, which gives focus trapping, Escape and the
 * top layer for free. Open while mounted: the parent decides by rendering it or not. On close,
 * focus returns to whatever had it before (the card that opened an editor, say).
 */
export function Dialog({ title, onClose, initialFocusRef, className, children }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const pressStartedOnBackdrop = useRef(false);
  const titleId = useId();

  // A layout effect, so that close() runs while the element is still in the document and the
  // browser can restore focus.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    const previouslyFocused =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    initialFocusRef?.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previouslyFocused?.isConnected) previouslyFocused.focus();
    };
  }, [initialFocusRef]);

  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Keep React in charge of whether the dialog is open.
        event.preventDefault();
        onClose();
      }}
      onMouseDown={(event) => {
        pressStartedOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        // Only a press that starts and ends on the backdrop closes: a text selection dragged out
        // of an input must not throw the person's draft away.
        if (event.target === event.currentTarget && pressStartedOnBackdrop.current) onClose();
        pressStartedOnBackdrop.current = false;
      }}
    >
      <div className="dialog__panel">
        <h2 id={titleId} className="dialog__title" dir="auto">
          {title}
        </h2>
        {children}
        <button
          type="button"
          className="dialog__close icon-button"
          aria-label="Close dialog"
          title="Close (Esc)"
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </dialog>
  );
}
