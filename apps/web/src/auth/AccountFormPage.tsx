import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { signIn, signUp } from '../api/authApi';
import { messageOf } from '../api/messageOf';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AccessLinkHelp } from './AccessLinkHelp';
import {
  accountFormProblems,
  PASSWORD_MIN,
  type AccountForm,
  type AccountFormProblems,
} from './accountFormProblems';
import { NEXT_PARAMETER, nextPath, signInPathFor } from './nextPath';
import { useAuth } from './useAuth';
import '../styles/auth.css';

type Mode = 'signin' | 'signup';

const WORDS: Readonly<Record<Mode, { title: string; submit: string; busy: string }>> = {
  signin: { title: 'Sign in to Cairn', submit: 'Sign in', busy: 'Signing in…' },
  signup: { title: 'Create your Cairn account', submit: 'Sign up', busy: 'Creating account…' },
};

interface FieldProps {
  readonly label: string;
  readonly type: 'email' | 'text' | 'password';
  readonly autoComplete: string;
  readonly value: string;
  readonly problem: string | undefined;
  readonly hint?: string;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onChange: (value: string) => void;
}

/** One labelled input with its hint and its problem, both tied to it for screen readers. */
function Field({
  label,
  type,
  autoComplete,
  value,
  problem,
  hint,
  inputRef,
  onChange,
}: FieldProps) {
  const id = useId();
  const described = [
    hint === undefined ? null : `${id}-hint`,
    problem === undefined ? null : `${id}-problem`,
  ]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type={type}
        dir={type === 'text' ? 'auto' : undefined}
        autoComplete={autoComplete}
        value={value}
        aria-invalid={problem === undefined ? undefined : true}
        aria-describedby={described === '' ? undefined : described}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {problem !== undefined && (
        <p id={`${id}-problem`} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}

/**
 * Routes `/signin` and `/signup`: email and password (and a name, to sign up), the server's
 * refusals in its own words (wrong password, email taken, too many attempts), then back to the
 * page the person wanted (`?next=`). Someone already signed in goes there at once.
 */
export function AccountFormPage({ mode }: { readonly mode: Mode }) {
  const auth = useAuth();
  const [params] = useSearchParams();
  const next = nextPath(params.get(NEXT_PARAMETER));
  const [form, setForm] = useState<AccountForm>({ email: '', name: '', password: '' });
  const [problems, setProblems] = useState<AccountFormProblems>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const words = WORDS[mode];
  useDocumentTitle(mode === 'signin' ? 'Sign in' : 'Sign up');

  if (auth.state.kind === 'signed-in' && auth.state.me.kind === 'user') {
    return <Navigate to={next} replace />;
  }

  const edit = (field: keyof AccountForm) => (value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found = accountFormProblems(form, mode);
    setProblems(found);
    setError(null);
    if (found.email !== undefined) return emailRef.current?.focus();
    if (found.name !== undefined) return nameRef.current?.focus();
    if (found.password !== undefined) return passwordRef.current?.focus();
    setBusy(true);
    const email = form.email.trim();
    const answer =
      mode === 'signin'
        ? signIn({ email, password: form.password })
        : signUp({ email, name: form.name.trim(), password: form.password });
    answer.then(
      // The page then redirects to `next` (see above).
      (me) => auth.signedIn(me),
      (failure: unknown) => {
        setError(messageOf(failure));
        setBusy(false);
      },
    );
  };

  return (
    <main className="auth-page">
      <div className="auth-page__card">
        <p className="full-page-message__brand" aria-hidden="true">
          Cairn
        </p>
        <h1 className="auth-page__title">{words.title}</h1>
        <form onSubmit={submit} noValidate aria-label={words.title}>
          <Field
            label="Email"
            type="email"
            autoComplete={mode === 'signin' ? 'username' : 'email'}
            value={form.email}
            problem={problems.email}
            inputRef={emailRef}
            onChange={edit('email')}
          />
          {mode === 'signup' && (
            <Field
              label="Name"
              type="text"
              autoComplete="name"
              value={form.name}
              problem={problems.name}
              hint="Shown to the people you work with."
              inputRef={nameRef}
              onChange={edit('name')}
            />
          )}
          <Field
            label="Password"
            type="password"
            autoComplete={mode === 'signin' ? 'current-password' : 'new-password'}
            value={form.password}
            problem={problems.password}
            {...(mode === 'signup' ? { hint: `At least ${PASSWORD_MIN} characters.` } : {})}
            inputRef={passwordRef}
            onChange={edit('password')}
          />
          {error !== null && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button
            type="submit"
            className="button button--primary auth-page__submit"
            disabled={busy}
          >
            {busy ? words.busy : words.submit}
          </button>
        </form>
        <p className="auth-page__switch">
          {mode === 'signin' ? (
            <>
              New to Cairn? <Link to={signInPathFor(next, '/signup')}>Create an account</Link>
            </>
          ) : (
            <>
              Already have an account? <Link to={signInPathFor(next, '/signin')}>Sign in</Link>
            </>
          )}
        </p>
      </div>
      {mode === 'signin' && <AccessLinkHelp />}
    </main>
  );
}
