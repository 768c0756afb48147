import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isPrivateAddress } from './webhookDestination.js';

describe('isPrivateAddress', () => {
  it('refuses loopback, private, link-local and mapped addresses', () => {
    for (const address of [
      '127.0.0.1',
      '127.9.9.9',
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fd12:3456::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::FFFF:10.1.2.3',
      'not an address',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it('lets public addresses through', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});

describe('checkWebhookUrl', () => {
  it('takes public http and https addresses', () => {
    expect(checkWebhookUrl('https://example.com/hook?x=1', false)).toBeInstanceOf(URL);
    expect(checkWebhookUrl('http://93.184.216.34:8080/', false)).toBeInstanceOf(URL);
  });

  it('names what is wrong with the others', () => {
    expect(checkWebhookUrl('ftp://example.com', false)).toMatch(/http/);
    expect(checkWebhookUrl('nope', false)).toMatch(/not a valid URL/);
    expect(checkWebhookUrl('https://a:b@example.com', false)).toMatch(/password/);
    expect(checkWebhookUrl('http://localhost:1234/', false)).toMatch(/localhost/);
    expect(checkWebhookUrl('http://app.localhost/', false)).toMatch(/localhost/);
    expect(checkWebhookUrl('http://LOCALHOST.:80/', false)).toMatch(/localhost/);
    expect(checkWebhookUrl('http://2130706433/', false)).toMatch(/private/);
    expect(checkWebhookUrl('http://0x7f.1/', false)).toMatch(/private/);
    expect(checkWebhookUrl('http://[::1]/', false)).toMatch(/private/);
    expect(checkWebhookUrl('http://169.254.169.254/', false)).toMatch(/private/);
  });

  it('takes private destinations when they are allowed', () => {
    expect(checkWebhookUrl('http://127.0.0.1:9/hook', true)).toBeInstanceOf(URL);
    expect(checkWebhookUrl('http://localhost/', true)).toBeInstanceOf(URL);
    expect(checkWebhookUrl('ftp://127.0.0.1/', true)).toMatch(/http/);
  });
});
