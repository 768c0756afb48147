import type { BoardChange, DateField, EntryRef } from './boardChange.js';
import { daysBetween } from './daysBetween.js';

/** Anything a board lists by id: items, releases, lanes, tracks. */
interface Identified {
  readonly id: string;
}

/**
 * Collects the changes of one comparison in the order they are found; each method records a
 * change only when the two values differ, so comparers can call them for every field.
 */
export class ChangeList {
  readonly changes: BoardChange[] = [];

  /**
   * Compares two lists of entries by id: entries of `after` in its order (added ones, or those
   * `compare` finds changed), then entries only in `before`, in its order, as removed.
   */
  entries<T extends Identified>(
    before: readonly T[],
    after: readonly T[],
    refOf: (entry: T) => EntryRef,
    compare: (was: T, now: T, ref: EntryRef) => void,
  ): void {
    const earlier = new Map(before.map((entry) => [entry.id, entry]));
    const later = new Set(after.map((entry) => entry.id));
    for (const now of after) {
      const was = earlier.get(now.id);
      if (was === undefined) this.changes.push({ type: 'added', entry: refOf(now) });
      else compare(was, now, refOf(now));
    }
    for (const was of before) {
      if (!later.has(was.id)) this.changes.push({ type: 'removed', entry: refOf(was) });
    }
  }

  renamed(entry: EntryRef, from: string, to: string): void {
    if (from !== to) this.changes.push({ type: 'renamed', entry, from, to });
  }

  status(entry: EntryRef, from: string | null, to: string | null): void {
    if (from !== to) this.changes.push({ type: 'status', entry, from, to });
  }

  changed(entry: EntryRef, field: string, from: string, to: string): void {
    if (from !== to) this.changes.push({ type: 'changed', entry, field, from, to });
  }

  rescheduled(entry: EntryRef, field: DateField, from: string | null, to: string | null): void {
    if (from === to) return;
    this.changes.push({ type: 'rescheduled', entry, field, from, to, days: daysBetween(from, to) });
  }

  /** A move between axes; `names` gives each side's axis names (an id may be gone from one). */
  moved(
    entry: EntryRef,
    field: string,
    from: string,
    to: string,
    names: { readonly from: ReadonlyMap<string, string>; readonly to: ReadonlyMap<string, string> },
  ): void {
    if (from === to) return;
    this.changes.push({
      type: 'moved',
      entry,
      field,
      from,
      to,
      fromName: names.from.get(from) ?? '',
      toName: names.to.get(to) ?? '',
    });
  }
}

/** Names of an axis (lanes, horizons, tracks) by id. */
export function namesById(
  axes: readonly { readonly id: string; readonly name: string }[],
): Map<string, string> {
  return new Map(axes.map((axis) => [axis.id, axis.name]));
}
