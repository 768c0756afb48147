/** What a token may do, weakest first. */
export const ROLES = ['viewer', 'commenter', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** True when `role` is at least `required`. */
export function hasRole(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/** True when a socket of this role may change documents. */
export function canEdit(role: Role): boolean {
  return hasRole(role, 'editor');
}
