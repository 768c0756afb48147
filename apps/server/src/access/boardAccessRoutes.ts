import { Hono, type Context } from 'hono';
import type { ApiEnv } from '../api/ApiEnv.js';
import { ApiError } from '../api/ApiError.js';
import { requireRole } from '../api/authenticate.js';
import { parseBody } from '../api/parseBody.js';
import { hasRole } from '../auth/roles.js';
import type { BoardService } from '../boards/BoardService.js';
import type { AccessChange } from './AccessChange.js';
import { addMemberBody, createShareLinkBody, roleBody } from './accessBodies.js';
import type { AccessServices } from './createAccessServices.js';
import type { ShareLink } from './ShareLinkStore.js';

/** What the board access routes need. */
export interface BoardAccessRouteDependencies {
  readonly accounts: AccessServices;
  readonly boards: BoardService;
  readonly now: () => number;
  readonly onAccessChanged: (change: AccessChange) => void;
}

/** What a link is called when its maker gives it no label. */
const DEFAULT_LINK_LABEL = 'Share link';

/**
 * Who may use one board, under `/api/boards/:id` (docs/access.md): the caller's role, board
 * members (board admins manage them), share links (editors make them, up to their own role)
 * and the people who can read the board, for @mentions. `boardAccess` has already answered 404
 * to anyone without a role on the board.
 */
export function boardAccessRoutes(deps: BoardAccessRouteDependencies): Hono<ApiEnv> {
  const { access, users, memberships, links } = deps.accounts;
  const app = new Hono<ApiEnv>();

  /**
   * The route's board id, or 404: a workspace role counts on every board id, even one that does
   * not exist, and nobody may add members or links to a board that is not there.
   */
  const boardIdOf = (c: Context<ApiEnv>) => {
    const boardId = c.req.param('id') ?? '';
    deps.boards.summary(boardId);
    return boardId;
  };

  const linkView = (link: ShareLink) => ({
    id: link.id,
    role: link.role,
    label: link.label,
    createdBy: { id: link.createdBy, name: access.nameOf(link.createdBy) },
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
  });

  const memberOf = (boardId: string, userId: string) => {
    const member = memberships.get(boardId, userId);
    if (!member)
      throw new ApiError(404, `${JSON.stringify(userId)} is not a member of this board.`);
    return member;
  };

  app.get('/:id/role', (c) => {
    boardIdOf(c);
    return c.json({ role: c.get('boardRole') });
  });

  app.get('/:id/people', (c) => c.json(access.peopleOn(boardIdOf(c))));

  app.get('/:id/members', (c) => {
    const members = memberships.listOn(boardIdOf(c));
    // Guests (people holding a share link) see who is on the board, not their addresses.
    const guest = c.get('identity').kind === 'guest';
    return c.json(guest ? members.map((member) => ({ ...member, email: null })) : members);
  });

  app.post('/:id/members', requireRole('admin'), async (c) => {
    const boardId = boardIdOf(c);
    const body = await parseBody(c, addMemberBody);
    const user = users.byEmail(body.email);
    if (!user) throw new ApiError(404, 'No account with that email; ask them to sign up first.');
    memberships.set(boardId, user.id, body.role);
    deps.onAccessChanged({ personId: user.id });
    return c.json(memberOf(boardId, user.id), 201);
  });

  app.put('/:id/members/:userId', requireRole('admin'), async (c) => {
    const boardId = boardIdOf(c);
    const userId = c.req.param('userId');
    const { role } = await parseBody(c, roleBody);
    memberOf(boardId, userId);
    memberships.set(boardId, userId, role);
    deps.onAccessChanged({ personId: userId });
    return c.json(memberOf(boardId, userId));
  });

  app.delete('/:id/members/:userId', requireRole('admin'), (c) => {
    const userId = c.req.param('userId');
    if (!memberships.remove(boardIdOf(c), userId)) {
      throw new ApiError(404, `${JSON.stringify(userId)} is not a member of this board.`);
    }
    deps.onAccessChanged({ personId: userId });
    return c.body(null, 204);
  });

  app.get('/:id/share-links', requireRole('editor'), (c) =>
    c.json(links.listOn(boardIdOf(c)).map(linkView)),
  );

  app.post('/:id/share-links', requireRole('editor'), async (c) => {
    const boardId = boardIdOf(c);
    const identity = c.get('identity');
    const body = await parseBody(c, createShareLinkBody);
    // The caller's own role, without any link: a link's holder must not mint links that
    // outlive the one they were given.
    const own = access.ownRoleOn(identity, boardId);
    if (own === null || !hasRole(own, 'editor')) {
      throw new ApiError(
        403,
        'Share links are made with your own role on the board, not a link’s.',
      );
    }
    if (!hasRole(own, body.role)) {
      throw new ApiError(403, `A link can carry at most your own role (${own}).`);
    }
    const expiresAt = body.expiresAt ?? null;
    if (expiresAt !== null && expiresAt <= deps.now()) {
      throw new ApiError(400, 'expiresAt: must be in the future.');
    }
    const created = links.create({
      boardId,
      role: body.role,
      label: body.label ?? DEFAULT_LINK_LABEL,
      createdBy: identity.id,
      expiresAt,
    });
    return c.json(
      { ...linkView(created), secret: created.secret, url: `/b/${boardId}#link=${created.secret}` },
      201,
    );
  });

  app.delete('/:id/share-links/:linkId', requireRole('editor'), (c) => {
    const boardId = boardIdOf(c);
    const link = links.get(c.req.param('linkId'));
    if (!link || link.boardId !== boardId) {
      throw new ApiError(
        404,
        `No share link ${JSON.stringify(c.req.param('linkId'))} on this board.`,
      );
    }
    const identity = c.get('identity');
    const isAdmin = hasRole(c.get('boardRole') ?? 'viewer', 'admin');
    if (!isAdmin && link.createdBy !== identity.id) {
      throw new ApiError(403, 'Only a board admin or the link’s maker may revoke it.');
    }
    links.revoke(link.id);
    deps.onAccessChanged({ linkId: link.id });
    return c.body(null, 204);
  });

  return app;
}
