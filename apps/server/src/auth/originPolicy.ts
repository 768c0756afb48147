/**
 * True when `origin` (scheme://host[:port]) is this server's own, as the request's `Host` names
 * it, or one of `allowed` (CAIRN_ALLOWED_ORIGINS). Browsers send Origin on every socket upgrade
 * and every non-GET fetch, so this keeps other sites from acting with a visitor's cookie or
 * share link.
 */
export function isAllowedOrigin(
  origin: string,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
