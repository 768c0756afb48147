import { SHAREABLE_ROLES, type Role, type ShareableRole } from '../api/apiTypes';
import { hasRole } from '../auth/hasRole';

/**
 * The roles a person with `role` on a board may put on a share link: at most their own, never
 * admin (docs/access.md). Empty for viewers and commenters, who cannot share.
 */
export function linkRolesFor(role: Role): ShareableRole[] {
  if (!hasRole(role, 'editor')) return [];
  return SHAREABLE_ROLES.filter((candidate) => hasRole(role, candidate));
}
