import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './ApiError.js';

/** Describes what is wrong with a body in one line, naming each field. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');
}

/** The request's body parsed as JSON, unvalidated; 400 when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text()) as unknown;
  } catch {
    throw new ApiError(400, 'The body is not valid JSON.');
  }
}

/** `value` checked against `schema`; 400 with the reason for every field otherwise. */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, describeIssues(result.error.issues));
  return result.data;
}

/** The request's JSON body, validated by `schema`; 400 with the reason otherwise. */
export async function parseBody<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
): Promise<z.output<Schema>> {
  return validate(schema, await readJson(c));
}
