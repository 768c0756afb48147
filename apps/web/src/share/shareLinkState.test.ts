import { describe, expect, it } from 'vitest';
import { expiryOfDate } from './expiryOfDate';
import { shareLinkState } from './shareLinkState';

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

describe('shareLinkState', () => {
  it('is active without expiry or revocation', () => {
    expect(shareLinkState({ expiresAt: null, revokedAt: null }, NOW)).toBe('active');
    expect(shareLinkState({ expiresAt: NOW + 1, revokedAt: null }, NOW)).toBe('active');
  });

  it('expires at its expiry exactly', () => {
    expect(shareLinkState({ expiresAt: NOW, revokedAt: null }, NOW)).toBe('expired');
  });

  it('says revoked even when the link has also expired since', () => {
    expect(shareLinkState({ expiresAt: NOW - 10, revokedAt: NOW - 20 }, NOW)).toBe('revoked');
  });
});

describe('expiryOfDate', () => {
  it('is the last millisecond of the chosen local day', () => {
    const expiry = expiryOfDate('2026-12-03');
    expect(expiry).not.toBeNull();
    const date = new Date(expiry ?? 0);
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 11, 3]);
    expect([date.getHours(), date.getMinutes(), date.getSeconds()]).toEqual([23, 59, 59]);
  });

  it('is null for an empty or malformed value', () => {
    expect(expiryOfDate('')).toBeNull();
    expect(expiryOfDate('3/12/2026')).toBeNull();
    expect(expiryOfDate('2026-02-31')).toBeNull();
  });
});
