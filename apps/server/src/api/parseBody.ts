import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './ApiError.js';

/** Describes what is wrong with a body in one line, naming each field. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');
}

/** The request's JSON body, validated by `schema`; 400 with the reason otherwise. */
export async function parseBody<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
): Promise<z.output<Schema>> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError(400, 'The body is not valid JSON.');
  }
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError(400, describeIssues(result.error.issues));
  return result.data;
}
