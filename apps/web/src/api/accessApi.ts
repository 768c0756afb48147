import type { Role } from './apiTypes';
import type {
  BoardMember,
  CreatedShareLink,
  NewBoardMemberRequest,
  NewShareLinkRequest,
  ShareLink,
  WorkspaceMember,
} from './accessTypes';
import {
  parseBoardMember,
  parseBoardMembers,
  parseBoardRole,
  parseCreatedShareLink,
  parseShareLinks,
  parseWorkspaceMember,
  parseWorkspaceMembers,
} from './parseAccessResponse';
import { requestJson, type RequestMethod, type RequestOptions } from './requestJson';
import { boardApiPath, ignoreBody } from './apiPaths';

/**
 * The REST calls of docs/access.md that need someone signed in: sessions, roles on boards, board
 * and workspace members, share links. Every method rejects with an ApiError carrying the
 * server's message (404 for a board the caller has no role on).
 */
export interface AccessApi {
  /** Ends this browser's session (POST /api/auth/signout). */
  signOut(): Promise<void>;
  /** Ends every session of this account and closes its sockets. */
  signOutEverywhere(): Promise<void>;
  /** The caller's role on board `boardId`, from workspace role, membership and share link. */
  getBoardRole(boardId: string, signal?: AbortSignal): Promise<Role>;
  listBoardMembers(boardId: string, signal?: AbortSignal): Promise<BoardMember[]>;
  /** Board admins: 404 when no account has that email. */
  addBoardMember(boardId: string, member: NewBoardMemberRequest): Promise<BoardMember>;
  setBoardMemberRole(boardId: string, userId: string, role: Role): Promise<void>;
  removeBoardMember(boardId: string, userId: string): Promise<void>;
  /** Editors and admins of the board. */
  listShareLinks(boardId: string, signal?: AbortSignal): Promise<ShareLink[]>;
  createShareLink(boardId: string, link: NewShareLinkRequest): Promise<CreatedShareLink>;
  /** Board admins, or the editor who made the link. */
  revokeShareLink(boardId: string, linkId: string): Promise<void>;
  /** Workspace admins: every account. */
  listWorkspaceMembers(signal?: AbortSignal): Promise<WorkspaceMember[]>;
  /** Workspace admins: null removes the workspace role; 409 when no admin would be left. */
  setWorkspaceRole(userId: string, role: Role | null): Promise<WorkspaceMember>;
}

const boardMemberPath = (boardId: string, userId: string) =>
  `${boardApiPath(boardId)}/members/${encodeURIComponent(userId)}`;

/** The access calls, made with the tab's credentials as in {@link RequestOptions}. */
export function createAccessApi(options: RequestOptions): AccessApi {
  const request = <T>(
    method: RequestMethod,
    path: string,
    parse: (value: unknown) => T,
    body?: unknown,
    signal?: AbortSignal,
  ) => requestJson(options, method, path, parse, body, signal);

  return {
    signOut: () => request('POST', '/api/auth/signout', ignoreBody),
    signOutEverywhere: () => request('POST', '/api/auth/signout-everywhere', ignoreBody),
    getBoardRole: (boardId, signal) =>
      request('GET', `${boardApiPath(boardId)}/role`, parseBoardRole, undefined, signal),
    listBoardMembers: (boardId, signal) =>
      request('GET', `${boardApiPath(boardId)}/members`, parseBoardMembers, undefined, signal),
    addBoardMember: (boardId, member) =>
      request('POST', `${boardApiPath(boardId)}/members`, parseBoardMember, member),
    setBoardMemberRole: (boardId, userId, role) =>
      request('PUT', boardMemberPath(boardId, userId), ignoreBody, { role }),
    removeBoardMember: (boardId, userId) =>
      request('DELETE', boardMemberPath(boardId, userId), ignoreBody),
    listShareLinks: (boardId, signal) =>
      request('GET', `${boardApiPath(boardId)}/share-links`, parseShareLinks, undefined, signal),
    createShareLink: (boardId, link) =>
      request('POST', `${boardApiPath(boardId)}/share-links`, parseCreatedShareLink, link),
    revokeShareLink: (boardId, linkId) =>
      request(
        'DELETE',
        `${boardApiPath(boardId)}/share-links/${encodeURIComponent(linkId)}`,
        ignoreBody,
      ),
    listWorkspaceMembers: (signal) =>
      request('GET', '/api/members', parseWorkspaceMembers, undefined, signal),
    setWorkspaceRole: (userId, role) =>
      request('PUT', `/api/members/${encodeURIComponent(userId)}`, parseWorkspaceMember, {
        role,
      }),
  };
}
