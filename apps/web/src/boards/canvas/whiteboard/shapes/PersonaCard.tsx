import { readKind, readPersonas, updatePersona, type PersonaFieldsInput } from '@cairn/model';
import { useIsEditing } from 'tldraw';
import type * as Y from 'yjs';
import { useSession } from '../../../../auth/useSession';
import { useLinkedBoard } from '../../../../sync/useLinkedBoard';
import { LiveTextField } from '../../../../ui/LiveTextField';
import { attemptOperation } from '../../../attemptOperation';
import { localUserContext } from '../../../localUserContext';
import { useWhiteboardSession } from '../WhiteboardSession';
import { cachedLinkedReader } from './cachedLinkedReader';
import { LinkedCardFrame, LinkedCardNotice } from './LinkedCardFrame';
import type { PersonaCardShape } from './linkedCardShapes';

const readLinkedPersonas = cachedLinkedReader((doc: Y.Doc) =>
  readKind(doc) === 'personas' ? readPersonas(doc) : null,
);

/** The persona fields a card shows and edits, in order. */
const FIELDS = [
  { key: 'title', label: 'Name' },
  { key: 'role', label: 'Role' },
  { key: 'segment', label: 'Segment' },
] as const;

interface PersonaCardProps {
  readonly shape: PersonaCardShape;
}

/**
 * A persona on the whiteboard, live: name, role and segment as the personas board holds them
 * now. While the card is edited (double-click), each field writes to the personas board.
 */
export function PersonaCard({ shape }: PersonaCardProps) {
  const { boardId, itemId, placedTitle } = shape.props;
  const { token } = useSession();
  const session = useWhiteboardSession();
  const board = useLinkedBoard(token, boardId);
  const personas = readLinkedPersonas(board);
  const editing = useIsEditing(shape.id);

  const persona = personas?.items.find((candidate) => candidate.id === itemId);
  if (board.status !== 'ready' || !persona) {
    return (
      <LinkedCardFrame kind="Persona" title={placedTitle} editing={false}>
        <p
          className={`linked-card__title${board.status === 'connecting' ? '' : ' linked-card__title--past'}`}
          dir="auto"
        >
          {placedTitle}
        </p>
        <LinkedCardNotice board={board} noun="persona" wrongKind={personas === null} />
      </LinkedCardFrame>
    );
  }

  const canWrite = !session.readOnly && !board.readOnly;
  const update = (patch: PersonaFieldsInput): string | null =>
    attemptOperation(() =>
      updatePersona(board.doc, itemId, patch, localUserContext(session.me.id)),
    );

  return (
    <LinkedCardFrame kind="Persona" title={persona.title} editing={editing && canWrite}>
      {editing && canWrite ? (
        FIELDS.map(({ key, label }) => (
          <LiveTextField
            key={key}
            label={label}
            value={persona[key]}
            readOnly={false}
            onSave={(value) => update({ [key]: value })}
          />
        ))
      ) : (
        <>
          <p className="linked-card__title" dir="auto">
            {persona.title}
          </p>
          <p className="linked-card__meta" dir="auto">
            {[persona.role, persona.segment].filter((text) => text !== '').join(' · ')}
          </p>
        </>
      )}
      {editing && !canWrite && (
        <p className="linked-card__notice">You can read this persona but not change it.</p>
      )}
    </LinkedCardFrame>
  );
}
