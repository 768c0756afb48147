/** What the sign-in and sign-up forms hold. `name` is empty and ignored on sign-in. */
export interface AccountForm {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

/** A field's problem, worded for the person; fields without one are absent. */
export type AccountFormProblems = Partial<Record<keyof AccountForm, string>>;

/** Limits of POST /api/auth/signup (docs/access.md), counted in characters as the server does. */
export const NAME_MAX = 100;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

const length = (text: string): number => [...text].length;

/**
 * Checks a form before it is sent, so the common mistakes are explained beside their field. The
 * server decides in the end (it also answers 400, 401, 409 and 429, shown as it words them).
 * Sign-in only checks that the fields are filled in: its password rules are the server's business.
 */
export function accountFormProblems(
  form: AccountForm,
  mode: 'signin' | 'signup',
): AccountFormProblems {
  const problems: { -readonly [K in keyof AccountForm]?: string } = {};
  const email = form.email.trim();
  if (email === '') problems.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+$/.test(email))
    problems.email = 'Enter an email address like dana@example.com.';
  if (mode === 'signin') {
    if (form.password === '') problems.password = 'Enter your password.';
    return problems;
  }
  const name = form.name.trim();
  if (name === '') problems.name = 'Enter your name, as others will see it.';
  else if (length(name) > NAME_MAX) problems.name = `Use at most ${NAME_MAX} characters.`;
  if (length(form.password) < PASSWORD_MIN) {
    problems.password = `Use at least ${PASSWORD_MIN} characters.`;
  } else if (length(form.password) > PASSWORD_MAX) {
    problems.password = `Use at most ${PASSWORD_MAX} characters.`;
  }
  return problems;
}
