import { describe, expect, it } from 'vitest';
import { credentialFromFragment } from './credentialFromFragment';

describe('credentialFromFragment', () => {
  it('reads an API token and leaves nothing behind', () => {
    expect(credentialFromFragment('#token=cairn_abc')).toEqual({
      credential: { kind: 'token', secret: 'cairn_abc' },
      found: true,
      rest: '',
    });
  });

  it('reads a share link secret and keeps other parameters', () => {
    expect(credentialFromFragment('#item=i1&link=cairnlink_xyz')).toEqual({
      credential: { kind: 'link', secret: 'cairnlink_xyz' },
      found: true,
      rest: '#item=i1',
    });
  });

  it('prefers the link when a fragment holds both, and removes both', () => {
    expect(credentialFromFragment('#token=cairn_a&link=cairnlink_b')).toEqual({
      credential: { kind: 'link', secret: 'cairnlink_b' },
      found: true,
      rest: '',
    });
  });

  it('decodes percent-encoding and trims spaces a copy may have added', () => {
    expect(credentialFromFragment('#link=%20cairnlink_a%2Bb%20').credential).toEqual({
      kind: 'link',
      secret: 'cairnlink_a+b',
    });
  });

  it('treats a blank secret as none but still removes it from the address', () => {
    expect(credentialFromFragment('#token=%20%20')).toEqual({
      credential: null,
      found: true,
      rest: '',
    });
  });

  it('finds nothing in fragments without a credential', () => {
    expect(credentialFromFragment('')).toEqual({ credential: null, found: false, rest: '' });
    expect(credentialFromFragment('#section-2')).toEqual({
      credential: null,
      found: false,
      rest: '#section-2',
    });
  });
});
