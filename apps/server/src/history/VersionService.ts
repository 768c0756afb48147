import { randomBytes } from 'node:crypto';
import { readWhiteboardShapes } from '@cairn/canvas';
import {
  diffBoards,
  documentOfState,
  formatChangelog,
  LIMITS,
  ModelError,
  quoteOneLine,
  readBoard,
  readBoardState,
  renameBoard,
  restoreBoardState,
  type BoardChange,
  type BoardView,
  type ModelEnv,
  type ShapeEntry,
} from '@cairn/model';
import * as Y from 'yjs';
import type { Identity } from '../auth/Identity.js';
import type { BoardService } from '../boards/BoardService.js';
import type { BoardSummary } from '../storage/BoardIndex.js';
import { type SchedulePeriod, type ScheduleStore, type VersionSchedule } from './ScheduleStore.js';
import type { VersionAuthor, VersionStore, VersionSummary } from './VersionStore.js';

/** Limits on versions (docs/history.md). */
export const HISTORY_LIMITS = {
  /** Characters (code points) of a version's name. */
  nameLength: 100,
  /** Versions a board keeps; taking one more by hand is refused until some are deleted. */
  versionsPerBoard: 200,
  /** Automatic versions a board keeps; older ones are deleted as new ones are taken. */
  scheduledPerBoard: 50,
} as const;

/** One side of a comparison: a version, or the board as it is now. */
export interface ComparedState {
  /** A version id, or `now`. */
  readonly id: string;
  /** The version's name, or `now`. */
  readonly name: string;
  /** When the version was taken, or the time of the comparison. */
  readonly createdAt: number;
}

/** What `GET …/versions/:a/diff/:b` answers. */
export interface VersionDiff {
  readonly from: ComparedState;
  readonly to: ComparedState;
  readonly changes: readonly BoardChange[];
  /** The plain-text changelog for stakeholders (formatChangelog). */
  readonly changelog: string;
}

/** What a rollback did. */
export interface RollbackResult {
  /** The version taken of the board just before the rollback, to undo it with. */
  readonly before: VersionSummary;
  /** What the rollback changed, from the board before it to the board after. */
  readonly changes: readonly BoardChange[];
}

/** The reference to the live board in a diff. */
export const NOW = 'now';

/** A board as compared: its view, and on a canvas the shapes of its whiteboard. */
interface BoardState {
  readonly view: BoardView;
  readonly shapes: readonly ShapeEntry[];
}

/** What a comparison reads of a document. */
function stateOf(doc: Y.Doc): BoardState {
  const view = readBoard(doc);
  const shapes =
    view.kind === 'canvas'
      ? readWhiteboardShapes(doc).map(({ id, type, text }) => ({ id, type, text }))
      : [];
  return { view, shapes };
}

/** 96 random bits: versions appear in URLs. */
function newVersionId(): string {
  return `v_${randomBytes(12).toString('base64url')}`;
}

/** An instant for people: '2026-11-26 14:05 UTC', the same in every time zone. */
export function formatInstant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function authorOf(identity: Identity): VersionAuthor {
  return { id: identity.id, name: identity.name };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** `text` cut to `max` code points. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? chars.slice(0, max).join('') : text;
}

/**
 * Named versions of boards: taking them from the live document, comparing, rolling back and
 * copying (docs/history.md). Reads and writes go through the BoardService, so a version holds
 * exactly what live editors see, and a rollback is an edit they see at once.
 */
export class VersionService {
  constructor(
    private readonly versions: VersionStore,
    private readonly schedules: ScheduleStore,
    private readonly boards: BoardService,
    private readonly env: ModelEnv,
  ) {}

  list(boardId: string): VersionSummary[] {
    return this.versions.list(boardId);
  }

  schedule(boardId: string): VersionSchedule | null {
    return this.schedules.get(boardId) ?? null;
  }

  /**
   * Takes a version of the board as it is now. By hand (`scheduled` false), a board that holds
   * `versionsPerBoard` versions already is refused (409); the schedule prunes its own instead.
   */
  async take(
    boardId: string,
    actor: Identity,
    name: string,
    options: { readonly scheduled?: boolean; readonly author?: VersionAuthor } = {},
  ): Promise<VersionSummary> {
    const scheduled = options.scheduled ?? false;
    if (!scheduled) this.assertRoom(boardId);
    const { state, stateVector } = await this.boards.read(boardId, actor, (doc) => ({
      state: Y.encodeStateAsUpdate(doc),
      stateVector: Y.encodeStateVector(doc),
    }));
    const version = this.versions.add({
      id: newVersionId(),
      boardId,
      name,
      author: options.author ?? authorOf(actor),
      scheduled,
      state,
      stateVector,
      createdAt: this.env.now(),
    });
    if (scheduled) this.versions.pruneScheduled(boardId, HISTORY_LIMITS.scheduledPerBoard);
    return version;
  }

  /**
   * Takes an automatic version when the board changed since its last version (or has none):
   * the state vectors differ exactly when some edit happened in between. Undefined otherwise.
   */
  async takeIfChanged(
    schedule: VersionSchedule,
    actor: Identity,
  ): Promise<VersionSummary | undefined> {
    const latest = this.versions.latest(schedule.boardId);
    const vector = await this.boards.read(schedule.boardId, actor, (doc) =>
      Y.encodeStateVector(doc),
    );
    if (latest && sameBytes(latest.stateVector, vector)) return undefined;
    const date = new Date(this.env.now()).toISOString().slice(0, 10);
    return this.take(schedule.boardId, actor, `Automatic – ${date}`, {
      scheduled: true,
      author: schedule.setBy,
    });
  }

  /** Deletes a version; ModelError('not-found') when the board has no such version. */
  delete(boardId: string, versionId: string): void {
    if (!this.versions.delete(boardId, versionId)) throw this.missing(versionId);
  }

  /** Sets (`every`) or removes (null) the board's schedule. */
  setSchedule(
    boardId: string,
    every: SchedulePeriod | null,
    actor: Identity,
  ): VersionSchedule | null {
    if (every === null) {
      this.schedules.delete(boardId);
      return null;
    }
    return this.schedules.set(boardId, every, authorOf(actor), this.env.now());
  }

  /** Compares two states of the board: version ids or `now`, in either order. */
  async diff(boardId: string, a: string, b: string, actor: Identity): Promise<VersionDiff> {
    const now = this.env.now();
    const needsLive = a === NOW || b === NOW;
    const live = needsLive ? await this.boards.read(boardId, actor, stateOf) : null;
    const from = this.resolve(boardId, a, live, now);
    const to = this.resolve(boardId, b, live, now);
    const { changes } = diffBoards(from.view, to.view, {
      shapes: { before: from.shapes, after: to.shapes },
    });
    const changelog = formatChangelog({
      title: to.view.title,
      from: from.label,
      to: to.label,
      changes,
    });
    return { from: from.state, to: to.state, changes, changelog };
  }

  /**
   * Makes the live board equal the version, as one edit through the BoardService that writes
   * only the differences: everyone on the board sees it at once, it is on disk when this
   * resolves, and edits made meanwhile merge. The board as it was just before is kept as a
   * version named "Before rolling back to …", so the rollback can itself be undone.
   */
  async rollBack(boardId: string, versionId: string, actor: Identity): Promise<RollbackResult> {
    const version = this.versions.get(boardId, versionId);
    if (!version) throw this.missing(versionId);
    this.assertRoom(boardId);
    const result = await this.boards.write(boardId, actor, (doc, ctx) => {
      const state = Y.encodeStateAsUpdate(doc);
      const stateVector = Y.encodeStateVector(doc);
      const before = readBoard(doc);
      restoreBoardState(doc, version.state, ctx);
      return { state, stateVector, changes: diffBoards(before, readBoard(doc)).changes };
    });
    const name = truncate(`Before rolling back to ${version.name}`, HISTORY_LIMITS.nameLength);
    const before = this.versions.add({
      id: newVersionId(),
      boardId,
      name,
      author: authorOf(actor),
      scheduled: false,
      state: result.state,
      stateVector: result.stateVector,
      createdAt: this.env.now(),
    });
    return { before, changes: result.changes };
  }

  /**
   * Creates a new board holding the version's content, titled `title` (default: the version's
   * board title and the version's name). The caller records the creator as its admin.
   */
  async copy(
    boardId: string,
    versionId: string,
    actor: Identity,
    title?: string,
  ): Promise<BoardSummary> {
    const version = this.versions.get(boardId, versionId);
    if (!version) throw this.missing(versionId);
    const view = readBoardState(version.state);
    const copyTitle =
      title ?? truncate(`${view.title} (${version.name})`, LIMITS.titleLength).trim();
    return this.boards.createWith(view.kind, actor, (doc, ctx) => {
      restoreBoardState(doc, version.state, ctx);
      renameBoard(doc, copyTitle, ctx);
    });
  }

  private resolve(
    boardId: string,
    ref: string,
    live: BoardState | null,
    now: number,
  ): BoardState & { state: ComparedState; label: string } {
    if (ref === NOW && live) {
      return {
        ...live,
        state: { id: NOW, name: NOW, createdAt: now },
        label: `now (${formatInstant(now)})`,
      };
    }
    const version = this.versions.get(boardId, ref);
    if (!version) throw this.missing(ref);
    const doc = documentOfState(version.state);
    try {
      return {
        ...stateOf(doc),
        state: { id: version.id, name: version.name, createdAt: version.createdAt },
        label: `version ${quoteOneLine(version.name)} (${formatInstant(version.createdAt)})`,
      };
    } finally {
      doc.destroy();
    }
  }

  private assertRoom(boardId: string): void {
    if (this.versions.count(boardId) >= HISTORY_LIMITS.versionsPerBoard) {
      throw new ModelError(
        'conflict',
        `This board has ${HISTORY_LIMITS.versionsPerBoard} versions, the most it keeps; delete some first.`,
      );
    }
  }

  private missing(versionId: string): ModelError {
    return new ModelError('not-found', `No version ${JSON.stringify(versionId)} of this board.`);
  }
}
