import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import './toolbarMenu.css';

interface ToolbarMenuProps {
  /** The button's text, also the accessible name of the panel it opens. */
  readonly label: string;
  /** The panel's content; `close` hides the panel (call it once an action starts). */
  readonly children: (close: () => void) => ReactNode;
}

/**
 * A button of the whiteboard's toolbar that opens a small panel of actions below it. The panel
 * closes on Escape, on a press outside it, or when an action calls `close`.
 */
export function ToolbarMenu({ label, children }: ToolbarMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent): void => {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      className="toolbar-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((current) => !current)}
      >
        {label}
      </button>
      {open && (
        <div id={panelId} className="toolbar-menu__panel" role="group" aria-label={label}>
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}

interface ToolbarMenuItemProps {
  readonly label: string;
  /** A line under the label saying what the action does. */
  readonly description: string;
  /** Why the action is not available now; the item is disabled and says so. Null when it is. */
  readonly disabledReason?: string | null;
  readonly onSelect: () => void;
}

/** One action of a {@link ToolbarMenu}: a button, or a disabled one with the reason under it. */
export function ToolbarMenuItem({
  label,
  description,
  disabledReason = null,
  onSelect,
}: ToolbarMenuItemProps) {
  const reasonId = useId();
  return (
    <div className="toolbar-menu__item">
      <button
        type="button"
        className="toolbar-menu__action"
        disabled={disabledReason !== null}
        aria-describedby={disabledReason !== null ? reasonId : undefined}
        onClick={onSelect}
      >
        <span className="toolbar-menu__label">{label}</span>
        <span className="toolbar-menu__description">{description}</span>
      </button>
      {disabledReason !== null && (
        <p id={reasonId} className="toolbar-menu__reason">
          {disabledReason}
        </p>
      )}
    </div>
  );
}
