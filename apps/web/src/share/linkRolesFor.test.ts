import { describe, expect, it } from 'vitest';
import { linkRolesFor } from './linkRolesFor';

describe('linkRolesFor', () => {
  it('offers every link role to admins, but never admin itself', () => {
    expect(linkRolesFor('admin')).toEqual(['viewer', 'commenter', 'editor']);
  });

  it('offers editors links up to editor', () => {
    expect(linkRolesFor('editor')).toEqual(['viewer', 'commenter', 'editor']);
  });

  it('offers nothing to people who cannot share', () => {
    expect(linkRolesFor('commenter')).toEqual([]);
    expect(linkRolesFor('viewer')).toEqual([]);
  });
});
