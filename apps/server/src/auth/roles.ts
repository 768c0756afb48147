/** What a principal may do on a board, weakest first (docs/access.md). */
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

/** The strongest of `roles`, ignoring nulls (no role); null when there is none. */
export function strongestRole(...roles: readonly (Role | null)[]): Role | null {
  let strongest: Role | null = null;
  for (const role of roles) {
    if (role !== null && (strongest === null || hasRole(role, strongest))) strongest = role;
  }
  return strongest;
}
