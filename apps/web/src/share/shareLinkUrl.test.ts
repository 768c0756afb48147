import { describe, expect, it } from 'vitest';
import { credentialFromFragment } from '../auth/credentialFromFragment';
import { shareLinkUrl } from './shareLinkUrl';

describe('shareLinkUrl', () => {
  it('puts the secret in the fragment of the board address', () => {
    expect(shareLinkUrl('https://cairn.example', 'b_1', 'cairnlink_abc')).toBe(
      'https://cairn.example/b/b_1#link=cairnlink_abc',
    );
  });

  it('round-trips secrets and ids with characters that need escaping', () => {
    const url = new URL(shareLinkUrl('http://127.0.0.1:1234', 'b/1 x', 'cairnlink_a+b/c=&d'));
    expect(decodeURIComponent(url.pathname)).toBe('/b/b/1 x');
    expect(credentialFromFragment(url.hash).credential).toEqual({
      kind: 'link',
      secret: 'cairnlink_a+b/c=&d',
    });
  });
});
