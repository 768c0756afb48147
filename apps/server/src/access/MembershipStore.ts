import type { Statement } from 'better-sqlite3';
import type { Role } from '../auth/roles.js';
import type { Db } from '../storage/Db.js';
import { AccessEpoch } from './AccessEpoch.js';

/** A person's membership of a board, with what member lists show of them. */
export interface BoardMember {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
}

/** Board memberships: a person's role on one board, on top of their workspace role. */
export class MembershipStore {
  private readonly upsertRow: Statement<[string, string, string, number]>;
  private readonly selectRole: Statement<[string, string], { role: Role }>;
  private readonly selectOfBoard: Statement<[string], BoardMember>;
  private readonly deleteRow: Statement<[string, string]>;

  constructor(
    db: Db,
    private readonly now: () => number,
    /** Told of every write that changes someone's access. */
    private readonly epoch: AccessEpoch = new AccessEpoch(),
  ) {
    this.upsertRow = db.prepare(
      `INSERT INTO board_members (board, user_id, role, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (board, user_id) DO UPDATE SET role = excluded.role`,
    );
    this.selectRole = db.prepare('SELECT role FROM board_members WHERE board = ? AND user_id = ?');
    this.selectOfBoard = db.prepare(
      `SELECT m.user_id AS userId, u.name AS name, u.email AS email, m.role AS role
       FROM board_members m JOIN users u ON u.id = m.user_id
       WHERE m.board = ? ORDER BY m.created_at, m.rowid`,
    );
    this.deleteRow = db.prepare('DELETE FROM board_members WHERE board = ? AND user_id = ?');
  }

  /** Makes `userId` a member of `boardId` with `role`, or changes the role of a member. */
  set(boardId: string, userId: string, role: Role): void {
    this.upsertRow.run(boardId, userId, role, this.now());
    this.epoch.advance();
  }

  /** The member's role on the board, or null (one indexed lookup, cheap per socket message). */
  roleOf(boardId: string, userId: string): Role | null {
    return this.selectRole.get(boardId, userId)?.role ?? null;
  }

  /** The members of a board, in the order they joined. */
  listOn(boardId: string): BoardMember[] {
    return this.selectOfBoard.all(boardId);
  }

  /** One member of a board, or undefined. */
  get(boardId: string, userId: string): BoardMember | undefined {
    return this.listOn(boardId).find((member) => member.userId === userId);
  }

  /** Removes a membership; true if there was one. */
  remove(boardId: string, userId: string): boolean {
    const removed = this.deleteRow.run(boardId, userId).changes > 0;
    this.epoch.advance();
    return removed;
  }
}
