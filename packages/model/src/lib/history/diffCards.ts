import type { CanvasView } from '../canvas/readCanvas.js';
import type { PersonasView } from '../personas/readPersonas.js';
import type { ChangeList } from './ChangeList.js';
import { boardRef, entryRef } from './entryRefs.js';

/** A personas board's changes: title; personas added, removed, renamed, role and segment. */
export function diffPersonas(before: PersonasView, after: PersonasView, out: ChangeList): void {
  out.renamed(boardRef(after), before.title, after.title);
  out.entries(
    before.items,
    after.items,
    ({ id, title }) => entryRef('items', id, title, 'persona'),
    (was, now, ref) => {
      out.renamed(ref, was.title, now.title);
      out.changed(ref, 'role', was.role, now.role);
      out.changed(ref, 'segment', was.segment, now.segment);
    },
  );
}

/** A shape of a canvas's whiteboard, as the caller read it (the model does not know tldraw). */
export interface ShapeEntry {
  /** The shape's record id. */
  readonly id: string;
  /** Its kind (`note`, `geo`, `frame`…), shown when it has no text. */
  readonly type: string;
  /** Its text as plain text; '' when it has none. */
  readonly text: string;
}

/** The shapes of both states, when the caller could read them. */
export interface ShapeStates {
  readonly before: readonly ShapeEntry[];
  readonly after: readonly ShapeEntry[];
}

/**
 * A canvas board's changes: title; notes added, removed or rewritten; and, given the shapes of
 * its whiteboard, shapes added, removed or rewritten. Where a note or shape sits is a matter of
 * the workshop's layout, not of the plan, so moves are not changes.
 */
export function diffCanvas(
  before: CanvasView,
  after: CanvasView,
  out: ChangeList,
  shapes?: ShapeStates,
): void {
  out.renamed(boardRef(after), before.title, after.title);
  out.entries(
    before.items,
    after.items,
    ({ id, title }) => entryRef('items', id, title, 'note'),
    (was, now, ref) => out.renamed(ref, was.title, now.title),
  );
  if (!shapes) return;
  out.entries(
    shapes.before,
    shapes.after,
    ({ id, type, text }) => entryRef('shapes', id, text === '' ? type : text, 'shape'),
    (was, now, ref) => out.renamed(ref, was.text, now.text),
  );
}
