import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { LINK_ROLES } from './ShareLinkStore.js';

/** Length in characters (code points), as people count them, not UTF-16 units. */
const characters = (text: string) => [...text].length;

/** Control characters (newlines, NUL, escapes…) have no place in a name shown on presence. */
const CONTROL_CHARACTER = /\p{Cc}/u;

/** Emails are trimmed and lower-cased, so one person has one account whatever they type. */
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Email must be at most 254 characters.')
  .pipe(z.email('Email must be an email address.'));

export const personNameField = z
  .string()
  .trim()
  .refine((name) => characters(name) >= 1, 'Name must not be empty.')
  .refine((name) => characters(name) <= 100, 'Name must be at most 100 characters.')
  .refine((name) => !CONTROL_CHARACTER.test(name), 'Name must not contain control characters.');

const passwordField = z
  .string()
  .refine((password) => characters(password) >= 10, 'Password must be at least 10 characters.')
  .refine((password) => characters(password) <= 256, 'Password must be at most 256 characters.');

export const signupBody = z.strictObject({
  email: emailField,
  name: personNameField,
  password: passwordField,
});

/** Sign-in checks types only: a wrong shape of email is just a wrong email (401). */
export const signinBody = z.strictObject({
  email: z.string().max(1_000).trim().toLowerCase(),
  password: z.string().max(1_000),
});

export const roleBody = z.strictObject({ role: z.enum(ROLES) });

/** `PUT /api/members/:userId`: null takes the workspace role away. */
export const workspaceRoleBody = z.strictObject({ role: z.enum(ROLES).nullable() });

export const addMemberBody = z.strictObject({ email: emailField, role: z.enum(ROLES) });

export const createShareLinkBody = z.strictObject({
  role: z.enum(LINK_ROLES, 'Role must be viewer, commenter or editor: links never carry admin.'),
  label: personNameField.optional(),
  /** Ms since the epoch; omitted or null: until revoked. */
  expiresAt: z.int().positive().nullable().optional(),
});
