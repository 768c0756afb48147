import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Role } from '../api/apiTypes';
import { Dialog } from '../ui/Dialog';
import { BoardMembersPanel } from './BoardMembersPanel';
import { ShareLinksPanel } from './ShareLinksPanel';
import '../styles/share.css';

type Tab = 'links' | 'members';

const TABS: readonly { readonly id: Tab; readonly label: string }[] = [
  { id: 'links', label: 'Links' },
  { id: 'members', label: 'Members' },
];

interface ShareDialogProps {
  readonly boardId: string;
  /** The person's role on the board: editors make links; admins also manage members. */
  readonly role: Role;
  readonly onClose: () => void;
}

/**
 * Sharing a board, for its editors and admins, in two tabs: share links (make one with a role,
 * a name and an expiry, copy it once, see and revoke the links) and members (the people with a
 * role on this board; admins add, change and remove them). The tabs follow the WAI-ARIA tabs
 * pattern: arrow keys move between them.
 */
export function ShareDialog({ boardId, role, onClose }: ShareDialogProps) {
  const [tab, setTab] = useState<Tab>('links');
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const baseId = useId();

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const index = TABS.findIndex((candidate) => candidate.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length];
    if (next === undefined) return;
    setTab(next.id);
    tabRefs.current[next.id]?.focus();
  };

  return (
    <Dialog title="Share this board" onClose={onClose} className="share-dialog">
      <div className="share-dialog__tabs" role="tablist" aria-label="Ways to share">
        {TABS.map((candidate) => (
          <button
            key={candidate.id}
            ref={(element) => {
              tabRefs.current[candidate.id] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-${candidate.id}-tab`}
            aria-controls={`${baseId}-${candidate.id}-panel`}
            aria-selected={tab === candidate.id}
            tabIndex={tab === candidate.id ? 0 : -1}
            className="share-dialog__tab"
            onClick={() => setTab(candidate.id)}
            onKeyDown={onTabKeyDown}
          >
            {candidate.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-${tab}-panel`}
        aria-labelledby={`${baseId}-${tab}-tab`}
        className="share-dialog__panel"
      >
        {tab === 'links' ? (
          <ShareLinksPanel boardId={boardId} role={role} onClose={onClose} />
        ) : (
          <BoardMembersPanel boardId={boardId} role={role} />
        )}
      </div>
    </Dialog>
  );
}
