import type { TabCredential } from './TabCredential';

/** What {@link credentialFromFragment} found in a URL fragment. */
export interface FragmentCredential {
  /** The credential, or null when the fragment held none (or only an empty one). */
  readonly credential: TabCredential | null;
  /** True when `token=` or `link=` was present, so the address must be rewritten without it. */
  readonly found: boolean;
  /** The fragment without `token=` and `link=`, with its `#`, or '' when nothing is left. */
  readonly rest: string;
}

/**
 * Reads `token=` or `link=` from a URL fragment such as `#token=…` or `#link=…&x=1`. Other
 * parameters stay in `rest`. With both, the link wins: it is the newer, narrower of the two and
 * the one the address was shared for. Secrets are trimmed; a blank one counts as none.
 */
export function credentialFromFragment(hash: string): FragmentCredential {
  if (!hash.startsWith('#')) return { credential: null, found: false, rest: hash };
  const params = new URLSearchParams(hash.slice(1));
  const token = params.get('token')?.trim() ?? null;
  const link = params.get('link')?.trim() ?? null;
  if (token === null && link === null) return { credential: null, found: false, rest: hash };
  params.delete('token');
  params.delete('link');
  const left = params.toString();
  const rest = left === '' ? '' : `#${left}`;
  if (link !== null && link !== '')
    return { credential: { kind: 'link', secret: link }, found: true, rest };
  if (token !== null && token !== '')
    return { credential: { kind: 'token', secret: token }, found: true, rest };
  return { credential: null, found: true, rest };
}
