import { expect } from 'vitest';
import * as Y from 'yjs';
import { ModelError, type ModelErrorCode } from '../lib/core/ModelError.js';

/**
 * Runs `operation` on `doc` and fails unless it throws a ModelError with `code` without opening a
 * transaction or changing the document: ModelError promises that nothing was written.
 */
export function expectRefused(doc: Y.Doc, code: ModelErrorCode, operation: () => unknown): void {
  const before = Y.encodeStateAsUpdate(doc);
  let transactions = 0;
  const count = () => transactions++;
  doc.on('afterTransaction', count);
  let caught: unknown;
  try {
    operation();
  } catch (error) {
    caught = error;
  } finally {
    doc.off('afterTransaction', count);
  }
  expect(caught).toBeInstanceOf(ModelError);
  expect((caught as ModelError).code).toBe(code);
  expect(transactions).toBe(0);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
}
