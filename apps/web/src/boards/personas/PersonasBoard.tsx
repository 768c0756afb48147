import { readPersonas, SCHEMA_VERSION } from '@cairn/model';
import { useMemo, useState } from 'react';
import { canShare } from '../../auth/canShare';
import { ShareDialog } from '../../share/ShareDialog';
import type { PresenceUser } from '../../sync/PresencePeer';
import { ErrorBanner } from '../../ui/ErrorBanner';
import type { BoardProps } from '../BoardProps';
import { NewerSchemaNotice } from '../NewerSchemaNotice';
import { KindBoardHeader } from '../KindBoardHeader';
import { useBoardOperation } from '../useBoardOperation';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDocView } from '../useDocView';
import { NewPersonaForm } from './NewPersonaForm';
import { PersonaCard } from './PersonaCard';
import { PersonaDialog } from './PersonaDialog';
import './personas.css';

/** A synced personas board: a grid of persona cards, each opening a live editor. */
export function PersonasBoard({
  boardId,
  doc,
  status,
  presence,
  awareness,
  me,
  role,
  readOnly: roleReadOnly,
}: BoardProps) {
  const view = useDocView(doc, readPersonas);
  const [error, setError] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  const perform = useBoardOperation(doc, me.id);
  useDocumentTitle(view?.title ?? '');
  const editorsByPersona = useMemo(() => {
    const byPersona = new Map<string, PresenceUser[]>();
    for (const peer of presence.peers) {
      if (peer.editing === null) continue;
      const users = byPersona.get(peer.editing) ?? [];
      if (!users.some((user) => user.id === peer.user.id)) users.push(peer.user);
      byPersona.set(peer.editing, users);
    }
    return byPersona;
  }, [presence.peers]);
  if (!view) return null;
  const newerSchema = view.schemaVersion > SCHEMA_VERSION;
  const readOnly = roleReadOnly || newerSchema;

  return (
    <main className="board-page personas-board" data-board-id={boardId}>
      <KindBoardHeader
        title={view.title}
        readOnly={readOnly}
        status={status}
        peers={presence.peers}
        perform={perform}
        onShare={canShare(role) ? () => setSharing(true) : null}
      />
      {newerSchema && <NewerSchemaNotice />}
      {error !== null && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      {!readOnly && <NewPersonaForm perform={perform} />}
      {view.items.length === 0 ? (
        <p className="personas-board__empty">No personas yet.</p>
      ) : (
        <ul className="persona-grid" aria-label="Personas">
          {view.items.map((persona) => (
            <PersonaCard
              key={persona.id}
              persona={persona}
              editors={editorsByPersona.get(persona.id) ?? []}
              onOpen={() => setOpenId(persona.id)}
            />
          ))}
        </ul>
      )}
      {openId !== null && (
        <PersonaDialog
          boardId={boardId}
          doc={doc}
          personaId={openId}
          persona={view.items.find((persona) => persona.id === openId)}
          readOnly={readOnly}
          awareness={awareness}
          user={{ name: me.name, color: me.color }}
          perform={perform}
          setEditing={presence.setEditing}
          onClose={() => setOpenId(null)}
        />
      )}
      {sharing && <ShareDialog boardId={boardId} role={role} onClose={() => setSharing(false)} />}
    </main>
  );
}
