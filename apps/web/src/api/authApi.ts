import type { Me } from './apiTypes';
import type { SignInRequest, SignUpRequest } from './accessTypes';
import { parseMe } from './parseApiResponse';
import { requestJson } from './requestJson';

/**
 * Signing up and in: the two calls made before anyone is signed in. Their 401 (wrong password)
 * is an answer to show on the form, not a session that ended, so they go without the app's
 * unauthorized handler and without a bearer secret. Both answer `Me` and set the session cookie.
 */

/** Makes an account and signs it in. 400 invalid, 409 email taken. */
export function signUp(request: SignUpRequest): Promise<Me> {
  return requestJson({ token: '' }, 'POST', '/api/auth/signup', parseMe, request);
}

/** Signs in. 401 `Wrong email or password.`, 429 after too many failures. */
export function signIn(request: SignInRequest): Promise<Me> {
  return requestJson({ token: '' }, 'POST', '/api/auth/signin', parseMe, request);
}
