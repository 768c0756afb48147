import type { BoardKind } from '@cairn/model';
import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { PublicationsPanel } from './PublicationsPanel';
import { WebhooksPanel } from './WebhooksPanel';
import '../styles/share.css';
import './publishing.css';

type Tab = 'publish' | 'webhooks';

interface PublishDialogProps {
  readonly boardId: string;
  readonly kind: BoardKind;
  readonly token: string;
  /** Editors and admins of a roadmap or launch plan. */
  readonly canPublish: boolean;
  /** Admins of the board. */
  readonly canManageWebhooks: boolean;
  readonly onClose: () => void;
}

/** Published views and webhooks of a board, one tab each (only the tabs the person may use). */
export function PublishDialog({
  boardId,
  kind,
  token,
  canPublish,
  canManageWebhooks,
  onClose,
}: PublishDialogProps) {
  const tabs: { id: Tab; label: string }[] = [
    ...(canPublish ? [{ id: 'publish' as const, label: 'Published views' }] : []),
    ...(canManageWebhooks ? [{ id: 'webhooks' as const, label: 'Webhooks' }] : []),
  ];
  const [tab, setTab] = useState<Tab>(canPublish ? 'publish' : 'webhooks');
  const baseId = useId();
  return (
    <Dialog
      title={
        !canPublish
          ? 'Webhooks'
          : kind === 'launch'
            ? 'Publish this launch plan'
            : 'Publish this roadmap'
      }
      onClose={onClose}
      className="share-dialog"
    >
      {tabs.length > 1 && (
        <div className="share-dialog__tabs" role="tablist" aria-label="Publishing">
          {tabs.map((candidate) => (
            <button
              key={candidate.id}
              type="button"
              role="tab"
              id={`${baseId}-${candidate.id}-tab`}
              aria-controls={`${baseId}-panel`}
              aria-selected={tab === candidate.id}
              className="share-dialog__tab"
              onClick={() => setTab(candidate.id)}
            >
              {candidate.label}
            </button>
          ))}
        </div>
      )}
      <div
        id={`${baseId}-panel`}
        role={tabs.length > 1 ? 'tabpanel' : undefined}
        aria-labelledby={tabs.length > 1 ? `${baseId}-${tab}-tab` : undefined}
        className="share-dialog__panel"
      >
        {tab === 'publish' && (kind === 'roadmap' || kind === 'launch') ? (
          <PublicationsPanel boardId={boardId} kind={kind} token={token} />
        ) : (
          <WebhooksPanel boardId={boardId} token={token} />
        )}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
