/** A minimal REST client for tests: JSON in, status and JSON out. */
export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
}

/** Calls Cairn's REST API at `baseUrl` with `token` (or none). */
export async function api<T = unknown>(
  baseUrl: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  const { status, body: answer } = await apiAs<T>(
    baseUrl,
    token === null ? {} : { bearer: token },
    method,
    path,
    body,
  );
  return { status, body: answer };
}

/**
 * Who makes a request: an API token or share link (`Authorization: Bearer`), a session cookie
 * (a signed-in browser), or both, as the web app sends them for a share link it opened.
 */
export interface Caller {
  readonly bearer?: string;
  /** `cairn_session=…`. */
  readonly cookie?: string;
  /**
   * The `Origin` header. With a cookie it defaults to the server's own origin, as a browser on
   * Cairn's pages sends; null sends none.
   */
  readonly origin?: string | null;
  /** Any other header, e.g. `x-forwarded-proto`. */
  readonly headers?: Record<string, string>;
}

/** An answer with the `Set-Cookie` headers it carried. */
export interface CallerResponse<T> extends ApiResponse<T> {
  readonly setCookies: string[];
}

/** Calls Cairn's REST API at `baseUrl` as `caller`: JSON in, status and JSON out. */
export async function apiAs<T = unknown>(
  baseUrl: string,
  caller: Caller,
  method: string,
  path: string,
  body?: unknown,
): Promise<CallerResponse<T>> {
  const headers: Record<string, string> = { ...caller.headers };
  if (caller.bearer !== undefined) headers.authorization = `Bearer ${caller.bearer}`;
  if (caller.cookie !== undefined) headers.cookie = caller.cookie;
  const origin =
    caller.origin === undefined && caller.cookie !== undefined ? baseUrl : caller.origin;
  if (origin) headers.origin = origin;
  let payload: string | undefined;
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: payload });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : null) as T,
    setCookies: response.headers.getSetCookie(),
  };
}

/** The `cairn_session=<secret>` pair of a response's Set-Cookie, ready for a Cookie header. */
export function sessionCookieOf(response: CallerResponse<unknown>): string {
  const cookie = response.setCookies.find((header) => header.startsWith('cairn_session='));
  const pair = cookie?.split(';')[0];
  if (!pair) throw new Error(`No session cookie in ${JSON.stringify(response.setCookies)}.`);
  return pair;
}
