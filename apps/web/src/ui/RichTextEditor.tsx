import { readRichTextPlain } from '@cairn/model';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Extensions } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useCallback, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { BoardAwareness } from '../sync/BoardAwareness';
import './richText.css';

/** Props of the live rich-text editor. */
export interface RichTextEditorProps {
  /** The entry's Y.Map that holds the rich text. */
  readonly entry: Y.Map<unknown>;
  /** The field of `entry` holding a Y.XmlFragment (created with the entry). */
  readonly field: string;
  /** Shared presence, for other people's carets; null hides carets. */
  readonly awareness: BoardAwareness | null;
  /** Name and color of the local person, shown on their caret to others. */
  readonly user: { readonly name: string; readonly color: string };
  readonly readOnly: boolean;
  /** Accessible name of the editing area, e.g. "Description". */
  readonly label: string;
}

/**
 * The value stored under `field`, re-read when that key of the entry changes. Yjs returns the
 * same instance for a shared type (and the same primitive otherwise), so the snapshot is stable.
 */
function useEntryField(entry: Y.Map<unknown>, field: string): unknown {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = (event: Y.YMapEvent<unknown>): void => {
        if (event.keysChanged.has(field)) onChange();
      };
      entry.observe(observer);
      return () => entry.unobserve(observer);
    },
    [entry, field],
  );
  return useSyncExternalStore(subscribe, () => entry.get(field));
}

/**
 * A rich-text field edited live by everyone on the board, with carets: TipTap bound to the
 * entry's Y.XmlFragment through Collaboration, so every keystroke is a Yjs update of the board's
 * own document (no second document, no save button). When the field holds no rich text (an
 * older or foreign client wrote a plain string or nothing), it shows the plain text read-only,
 * and never creates the fragment itself: writes belong to named operations, not to rendering.
 */
export function RichTextEditor(props: RichTextEditorProps) {
  const value = useEntryField(props.entry, props.field);
  if (!(value instanceof Y.XmlFragment)) {
    return <PlainTextFallback entry={props.entry} field={props.field} label={props.label} />;
  }
  // A new fragment (the field was replaced) needs a new editor bound to it.
  return <CollaborativeEditor key={fragmentKey(value)} {...props} fragment={value} />;
}

const fragmentKeys = new WeakMap<Y.XmlFragment, number>();
let nextFragmentKey = 0;

/** A React key per fragment instance. */
function fragmentKey(fragment: Y.XmlFragment): number {
  let key = fragmentKeys.get(fragment);
  if (key === undefined) {
    key = ++nextFragmentKey;
    fragmentKeys.set(fragment, key);
  }
  return key;
}

function PlainTextFallback({
  entry,
  field,
  label,
}: Pick<RichTextEditorProps, 'entry' | 'field' | 'label'>) {
  const text = readRichTextPlain(entry, field);
  return (
    <div className="rich-text rich-text--plain">
      <div
        className="rich-text__content"
        role="textbox"
        aria-label={label}
        aria-multiline="true"
        aria-readonly="true"
        dir="auto"
      >
        {text}
      </div>
      <p className="rich-text__note">
        This text was saved without formatting by another app, so it cannot be edited here.
      </p>
    </div>
  );
}

interface CollaborativeEditorProps extends RichTextEditorProps {
  readonly fragment: Y.XmlFragment;
}

function CollaborativeEditor({
  fragment,
  awareness,
  user,
  readOnly,
  label,
}: CollaborativeEditorProps) {
  const extensions: Extensions = [
    StarterKit.configure({
      // Collaboration brings Yjs undo, which undoes only this person's own changes.
      undoRedo: false,
      // No links in descriptions: a link mark would carry any URL another client wrote,
      // javascript: included, into an <a href>.
      link: false,
    }),
    Collaboration.configure({ fragment }),
  ];
  if (awareness !== null) {
    // The extension wants a provider; it only ever reads `provider.awareness`. The server
    // stamps the real name and color on presence, whatever `user` says.
    extensions.push(CollaborationCaret.configure({ provider: { awareness }, user: { ...user } }));
  }
  const editor = useEditor(
    {
      extensions,
      editable: !readOnly,
      // Rendering a transaction is ProseMirror's job; React only hosts the element.
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'rich-text__content',
          role: 'textbox',
          'aria-label': label,
          'aria-multiline': 'true',
          'aria-readonly': readOnly ? 'true' : 'false',
          dir: 'auto',
        },
      },
    },
    [fragment, awareness, readOnly, label, user.name, user.color],
  );
  return (
    <div className={`rich-text${readOnly ? ' rich-text--read-only' : ''}`}>
      <EditorContent editor={editor} />
    </div>
  );
}
