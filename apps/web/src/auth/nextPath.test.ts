import { describe, expect, it } from 'vitest';
import { nextPath, signInPathFor } from './nextPath';

describe('nextPath', () => {
  it('keeps paths on this site', () => {
    expect(nextPath('/b/b_123')).toBe('/b/b_123');
    expect(nextPath('/members?x=1')).toBe('/members?x=1');
  });

  it('sends anything that could leave the site home', () => {
    for (const raw of [
      null,
      '',
      'b/1',
      '//evil.example',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
      '/b/1\nSet-Cookie: x',
    ]) {
      expect(nextPath(raw), String(raw)).toBe('/');
    }
  });

  it('never loops back to the sign-in pages', () => {
    expect(nextPath('/signin')).toBe('/');
    expect(nextPath('/signup?next=/b/1')).toBe('/');
  });
});

describe('signInPathFor', () => {
  it('carries the page the person wanted', () => {
    expect(signInPathFor('/b/b_1')).toBe('/signin?next=%2Fb%2Fb_1');
    expect(signInPathFor('/b/b_1', '/signup')).toBe('/signup?next=%2Fb%2Fb_1');
  });

  it('leaves out a next of home', () => {
    expect(signInPathFor('/')).toBe('/signin');
  });
});
