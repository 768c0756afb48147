import { BlockList, isIP } from 'node:net';

/** Longest webhook address accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 2_048;

/**
 * Addresses a webhook may not reach unless private destinations are allowed: this machine, the
 * local network and the cloud metadata address, so that a board admin cannot make the server
 * call into the network it runs in.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address (v4 or v6, v4-mapped included) is private, loopback or link-local. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] !== undefined) return PRIVATE.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) return PRIVATE.check(address, 'ipv6');
  // Not an address at all: refuse rather than guess.
  return true;
}

/**
 * `raw` as a webhook destination, or the reason it cannot be one: http or https, no user name
 * or password in it, and (unless `allowPrivate`) no private, loopback or link-local address or
 * `localhost`. Host names are checked again when each delivery resolves them (see postWebhook),
 * so a name that later points inside the network is refused too.
 */
export function checkWebhookUrl(raw: string, allowPrivate: boolean): URL | string {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) {
    return `The address is longer than ${MAX_WEBHOOK_URL_LENGTH} characters.`;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'The address is not a valid URL.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'The address must start with http:// or https://.';
  }
  if (url.username !== '' || url.password !== '') {
    return 'The address must not contain a user name or password; use the signing secret.';
  }
  if (allowPrivate) return url;
  // Brackets of IPv6 literals and the root's trailing dot ("localhost.") are not part of the name.
  const host = url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return 'The address must not point at this machine (localhost).';
  }
  if (isIP(host) !== 0 && isPrivateAddress(host)) {
    return 'The address must not be a private, loopback or link-local address.';
  }
  return url;
}
