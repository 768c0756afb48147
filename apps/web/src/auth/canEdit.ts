import type { Role } from '../api/apiTypes';

/** True for roles that may change boards. Viewers and commenters are read-only on the server. */
export function canEdit(role: Role): boolean {
  switch (role) {
    case 'editor':
    case 'admin':
      return true;
    case 'viewer':
    case 'commenter':
      return false;
  }
}
