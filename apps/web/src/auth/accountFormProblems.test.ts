import { describe, expect, it } from 'vitest';
import { accountFormProblems } from './accountFormProblems';

const valid = { email: ' Dana@Example.com ', name: 'Dana Scully', password: 'correct horse' };

describe('accountFormProblems', () => {
  it('accepts a complete sign-up', () => {
    expect(accountFormProblems(valid, 'signup')).toEqual({});
  });

  it('explains every missing field of a sign-up', () => {
    expect(accountFormProblems({ email: '', name: '  ', password: '' }, 'signup')).toEqual({
      email: 'Enter your email address.',
      name: 'Enter your name, as others will see it.',
      password: 'Use at least 10 characters.',
    });
  });

  it('counts characters, not UTF-16 units, against the limits', () => {
    expect(accountFormProblems({ ...valid, name: '😀'.repeat(100) }, 'signup')).toEqual({});
    expect(accountFormProblems({ ...valid, name: '😀'.repeat(101) }, 'signup').name).toBe(
      'Use at most 100 characters.',
    );
    expect(accountFormProblems({ ...valid, password: '😀'.repeat(10) }, 'signup')).toEqual({});
    expect(accountFormProblems({ ...valid, password: 'x'.repeat(257) }, 'signup').password).toBe(
      'Use at most 256 characters.',
    );
  });

  it('rejects something that is not an email address', () => {
    expect(accountFormProblems({ ...valid, email: 'dana' }, 'signup').email).toMatch(/like/);
  });

  it('only asks sign-in for both fields, leaving password rules to the server', () => {
    expect(accountFormProblems({ email: 'a@b.c', name: '', password: 'short' }, 'signin')).toEqual(
      {},
    );
    expect(accountFormProblems({ email: 'a@b.c', name: '', password: '' }, 'signin')).toEqual({
      password: 'Enter your password.',
    });
  });
});
