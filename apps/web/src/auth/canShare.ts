import type { Role } from '../api/apiTypes';
import { hasRole } from './hasRole';

/**
 * True when a person with `role` on a board may open its Share dialog: editors (links up to
 * editor, revoke their own) and admins (also members). Every board kind shows Share through this.
 */
export function canShare(role: Role): boolean {
  return hasRole(role, 'editor');
}
