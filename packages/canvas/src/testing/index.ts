/**
 * @cairn/canvas/testing: tldraw stores and shapes without an editor, for tests and benchmarks in
 * Node.
 */
export { createHeadlessStore, createPageRecords, DEFAULT_PAGE_ID } from './headlessStore.js';
export { createGridShapes } from './createGridShapes.js';
