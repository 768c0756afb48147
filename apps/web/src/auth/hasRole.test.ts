import { describe, expect, it } from 'vitest';
import { ROLES } from '../api/apiTypes';
import { canShare } from './canShare';
import { hasRole } from './hasRole';

describe('hasRole', () => {
  it('orders the roles viewer < commenter < editor < admin', () => {
    for (const [index, role] of ROLES.entries()) {
      for (const [requiredIndex, required] of ROLES.entries()) {
        expect(hasRole(role, required), `${role} ≥ ${required}`).toBe(index >= requiredIndex);
      }
    }
  });

  it('gives no role nothing', () => {
    expect(hasRole(null, 'viewer')).toBe(false);
  });
});

describe('canShare', () => {
  it('shows Share to editors and admins of the board only', () => {
    expect(ROLES.filter(canShare)).toEqual(['editor', 'admin']);
  });
});
