import {
  addQuote,
  deletePersona,
  PERSONA_FIELDS,
  personaMap,
  updatePersona,
  type PersonaFieldsInput,
  type PersonasItemView,
} from '@cairn/model';
import type * as Y from 'yjs';
import { LinkedItems } from '../../links/LinkedItems';
import type { BoardAwareness } from '../../sync/BoardAwareness';
import { RichTextEditor } from '../../ui/RichTextEditor';
import { ConfirmDeleteButton } from '../../ui/ConfirmDeleteButton';
import { linesOf } from '../../text/linesOf';
import { LiveTextField } from '../../ui/LiveTextField';
import type { KindOperation } from '../useBoardOperation';
import { AddQuoteForm } from './AddQuoteForm';
import { QuoteItem } from './QuoteItem';

interface PersonaEditorProps {
  readonly boardId: string;
  readonly doc: Y.Doc;
  readonly persona: PersonasItemView;
  readonly readOnly: boolean;
  readonly awareness: BoardAwareness | null;
  /** The local person, as their caret shows to others. */
  readonly user: { readonly name: string; readonly color: string };
  readonly perform: (operation: KindOperation) => string | null;
  readonly onDeleted: () => void;
}

const LISTS = [
  { field: 'goals', label: 'Goals' },
  { field: 'pains', label: 'Pains' },
  { field: 'jobs', label: 'Jobs to be done' },
] as const;

/**
 * Every field of a persona, each saved on its own as soon as the person leaves it, so the card
 * stays live while several people fill it in during a workshop.
 */
export function PersonaEditor({
  boardId,
  doc,
  persona,
  readOnly,
  awareness,
  user,
  perform,
  onDeleted,
}: PersonaEditorProps) {
  const { id } = persona;
  const save = (patch: PersonaFieldsInput) => perform((d, ctx) => updatePersona(d, id, patch, ctx));
  const entry = personaMap(doc, id);
  return (
    <div className="persona-editor">
      <div className="persona-editor__row">
        <LiveTextField
          label="Name"
          value={persona.title}
          readOnly={readOnly}
          onSave={(title) => save({ title })}
        />
        <LiveTextField
          label="Role"
          value={persona.role}
          placeholder="e.g. Product manager"
          readOnly={readOnly}
          onSave={(role) => save({ role })}
        />
        <LiveTextField
          label="Segment"
          value={persona.segment}
          placeholder="e.g. Mid-size SaaS"
          readOnly={readOnly}
          onSave={(segment) => save({ segment })}
        />
      </div>
      <div className="persona-editor__lists">
        {LISTS.map(({ field, label }) => (
          <LiveTextField
            key={field}
            label={label}
            hint="One per line"
            multiline
            value={persona[field].join('\n')}
            readOnly={readOnly}
            onSave={(text) => save({ [field]: linesOf(text) })}
          />
        ))}
      </div>
      <section className="persona-editor__section" aria-label="Interview quotes">
        <h3 className="persona-editor__heading">Interview quotes</h3>
        {persona.quotes.length === 0 && <p className="persona-editor__empty">No quotes yet.</p>}
        <ul className="quote-list">
          {persona.quotes.map((quote) => (
            <QuoteItem
              key={quote.id}
              personaId={id}
              quote={quote}
              readOnly={readOnly}
              perform={perform}
            />
          ))}
        </ul>
        {!readOnly && (
          <AddQuoteForm
            label={`Add a quote to ${persona.title}`}
            onAdd={(quote) => perform((d, ctx) => void addQuote(d, id, quote, ctx))}
          />
        )}
      </section>
      <section className="persona-editor__section" aria-label="Description">
        <h3 className="persona-editor__heading">Description</h3>
        {entry && (
          <RichTextEditor
            entry={entry}
            field={PERSONA_FIELDS.description}
            awareness={awareness}
            user={user}
            readOnly={readOnly}
            label={`Description of ${persona.title}`}
          />
        )}
      </section>
      <section className="persona-editor__section" aria-label="Roadmap items serving this persona">
        <LinkedItems
          boardId={boardId}
          doc={doc}
          collection="items"
          entryId={id}
          targetKinds={[]}
          readOnly={readOnly}
        />
      </section>
      {!readOnly && (
        <div className="dialog__actions dialog__actions--split">
          <span className="persona-editor__delete">
            Delete persona{' '}
            <ConfirmDeleteButton
              what={`persona “${persona.title}”`}
              onDelete={() => {
                if (perform((d, ctx) => deletePersona(d, id, ctx)) === null) onDeleted();
              }}
            />
          </span>
        </div>
      )}
    </div>
  );
}
