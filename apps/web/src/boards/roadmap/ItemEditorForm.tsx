import {
  deleteItem,
  ITEM_FIELDS,
  ITEM_STATUSES,
  itemMap,
  updateItem,
  type ItemView,
} from '@cairn/model';
import { useId, useState, type FormEvent } from 'react';
import { EditorFormActions } from '../../ui/EditorFormActions';
import { submitOnModEnter } from '../../ui/submitOnModEnter';
import { LinkedItems } from '../../links/LinkedItems';
import { RichTextEditor } from '../../ui/RichTextEditor';
import { DependencyPicker } from './DependencyPicker';
import { draftOf, patchOf, type Draft, type EditDraft } from './itemDraft';
import { ItemPlanFields } from './ItemPlanFields';
import { ItemScoreFields } from './ItemScoreFields';
import { ITEM_STATUS_LABEL } from './itemStatusLabel';
import { useRoadmap } from './useRoadmap';
import { performThenClose } from '../performThenClose';

interface ItemEditorFormProps {
  /** The live item: fields this person has not touched follow other people's edits. */
  readonly item: ItemView;
  readonly onClose: () => void;
}

/**
 * Edits an item. Only the fields this person changed are written, in one updateItem call, so a
 * concurrent edit of another field survives. Save (or Enter in a one-line field, or Ctrl/⌘+Enter
 * anywhere) writes and closes; Cancel or Escape drops the changes. The description is rich text
 * edited live by everyone (it is not part of Save), and links are saved as they are made.
 */
export function ItemEditorForm({ item, onClose }: ItemEditorFormProps) {
  const { perform, editorsOf, boardId, doc, awareness, user } = useRoadmap();
  const [edits, setEdits] = useState<Partial<Draft>>({});
  // The tags as they were when this person started typing in the field (see mergeTagEdit).
  const [tagsAtStart, setTagsAtStart] = useState<readonly string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = {
    title: useId(),
    status: useId(),
    owner: useId(),
    tags: useId(),
  };
  const tagsHintId = useId();
  const errorId = useId();

  const draft: Draft = draftOf(item, edits);
  const edit: EditDraft = (field, value) => {
    setEdits((current) => ({ ...current, [field]: value }));
    setError(null);
  };
  const others = editorsOf(item.id);
  const entry = itemMap(doc, item.id);

  const save = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const patch = patchOf(item, edits, tagsAtStart);
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    performThenClose(
      perform,
      (doc, ctx) => updateItem(doc, item.id, patch, ctx),
      onClose,
      setError,
    );
  };

  const remove = (): void => {
    performThenClose(perform, (doc, ctx) => deleteItem(doc, item.id, ctx), onClose, setError);
  };

  return (
    <form className="item-form" onSubmit={save} onKeyDown={submitOnModEnter} noValidate>
      {others.length > 0 && (
        <p className="item-form__others">
          Also editing: {others.map((user) => user.name).join(', ')}. Fields you change are saved
          over theirs.
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.title}>Title</label>
        <input
          id={ids.title}
          type="text"
          dir="auto"
          autoComplete="off"
          autoFocus
          required
          value={draft.title}
          aria-describedby={error !== null ? errorId : undefined}
          onChange={(event) => edit('title', event.target.value)}
        />
      </div>
      {entry && (
        <div className="field">
          <RichTextEditor
            entry={entry}
            field={ITEM_FIELDS.description}
            awareness={awareness}
            user={user}
            readOnly={false}
            label="Description"
          />
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.status}>Status</label>
          <select
            id={ids.status}
            value={draft.status}
            onChange={(event) => {
              const status = ITEM_STATUSES.find((known) => known === event.target.value);
              if (status) edit('status', status);
            }}
          >
            {ITEM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {ITEM_STATUS_LABEL[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.owner}>Owner</label>
          <input
            id={ids.owner}
            type="text"
            dir="auto"
            autoComplete="off"
            value={draft.owner}
            onChange={(event) => edit('owner', event.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.tags}>Tags</label>
        <input
          id={ids.tags}
          type="text"
          dir="auto"
          autoComplete="off"
          aria-describedby={tagsHintId}
          value={draft.tags}
          onChange={(event) => {
            if (tagsAtStart === null) setTagsAtStart(item.tags);
            edit('tags', event.target.value);
          }}
        />
        <p id={tagsHintId} className="field__hint">
          Separate tags with commas.
        </p>
      </div>
      <ItemPlanFields draft={draft} edit={edit} />
      <DependencyPicker itemId={item.id} draft={draft} edit={edit} />
      <ItemScoreFields draft={draft} edit={edit} />
      <LinkedItems
        boardId={boardId}
        doc={doc}
        collection="items"
        entryId={item.id}
        targetKinds={['personas', 'strategy']}
        readOnly={false}
      />
      {error !== null && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      <EditorFormActions noun="item" title={item.title} onDelete={remove} onCancel={onClose} />
    </form>
  );
}
