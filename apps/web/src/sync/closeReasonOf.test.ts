import { describe, expect, it } from 'vitest';
import { closeReasonOf } from './closeReasonOf';

describe('closeReasonOf', () => {
  it('reads the close codes of a socket the server closed', () => {
    expect(closeReasonOf({ code: 4401, reason: '' })).toBe('access-ended');
    expect(closeReasonOf({ code: 4403, reason: '' })).toBe('role-changed');
  });

  it('reads the reason of one document closed on an open socket (code 1000)', () => {
    expect(closeReasonOf({ code: 1000, reason: 'unauthorized' })).toBe('access-ended');
    expect(closeReasonOf({ code: 1000, reason: 'role-changed' })).toBe('role-changed');
  });

  it('stops at a board that reached its size limit instead of resending the change', () => {
    expect(closeReasonOf({ code: 4413, reason: 'document-too-large' })).toBe('document-too-large');
    expect(closeReasonOf({ code: 4413, reason: '' })).toBe('document-too-large');
    expect(closeReasonOf({ code: 1000, reason: 'document-too-large' })).toBe('document-too-large');
  });

  it('leaves a rate-limited socket to the provider, which reconnects after a pause', () => {
    expect(closeReasonOf({ code: 4429, reason: 'rate-limited' })).toBe('other');
  });

  it('leaves network drops and normal closes to the provider’s reconnecting', () => {
    expect(closeReasonOf({ code: 1006, reason: '' })).toBe('other');
    expect(closeReasonOf({ code: 1000, reason: 'Server closed the connection' })).toBe('other');
    expect(closeReasonOf({})).toBe('other');
  });

  it('does not reconnect after other refusals that share a close code', () => {
    expect(closeReasonOf({ code: 4403, reason: 'forbidden' })).toBe('other');
    expect(closeReasonOf({ code: 1000, reason: 'forbidden' })).toBe('other');
  });
});
