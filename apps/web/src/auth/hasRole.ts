import { ROLES, type Role } from '../api/apiTypes';

/** True when `role` is at least `required` (viewer < commenter < editor < admin). */
export function hasRole(role: Role | null, required: Role): boolean {
  return role !== null && ROLES.indexOf(role) >= ROLES.indexOf(required);
}
