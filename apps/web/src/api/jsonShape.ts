import { ApiError } from './ApiError';
import { ROLES, type Role } from './apiTypes';

/**
 * Small checks for JSON the server sent, shared by the response parsers: each returns the value
 * with its type, or throws an ApiError that names what was wrong, so a server of another version
 * fails with a readable message instead of a crash deep in a component.
 */
export type Parser<T> = (value: unknown) => T;

export function fail(what: string): never {
  throw new ApiError(0, `The server sent an unexpected ${what}. Is the server up to date?`);
}

export function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(what);
  return value as Record<string, unknown>;
}

export function list(value: unknown, what: string): readonly unknown[] {
  return Array.isArray(value) ? value : fail(what);
}

export function string(value: unknown, what: string): string {
  return typeof value === 'string' ? value : fail(what);
}

export function number(value: unknown, what: string): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(what);
}

export function role(value: unknown, what: string): Role {
  return ROLES.find((known) => known === value) ?? fail(what);
}

/** A role, or null for "none" (a workspace role nobody gave). */
export function optionalRole(value: unknown, what: string): Role | null {
  return value === null || value === undefined ? null : role(value, what);
}

/**
 * A moment as milliseconds since the epoch. Cairn's API sends numbers; an ISO 8601 string is
 * accepted too, so a server that chose strings still works.
 */
export function time(value: unknown, what: string): number {
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? fail(what) : ms;
  }
  return number(value, what);
}

/** A moment or null (never expires, not revoked). */
export function optionalTime(value: unknown, what: string): number | null {
  return value === null || value === undefined ? null : time(value, what);
}
