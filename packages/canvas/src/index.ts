/**
 * @cairn/canvas: the tldraw store of a canvas board, bound to the board's Yjs document.
 */
export { bindStoreToDoc } from './lib/bindStoreToDoc.js';
export type { BindStoreToDocOptions, CanvasBinding, LoadInBatches } from './lib/bindStoreToDoc.js';
export type { CanvasBindingStatus, NeedsReloadReason } from './lib/CanvasBindingStatus.js';
export { isCanvasOrigin } from './lib/CanvasOrigin.js';
export type { CanvasOrigin } from './lib/CanvasOrigin.js';
export { CANVAS_META, CANVAS_META_KEYS, CANVAS_RECORDS } from './lib/canvasRoots.js';
export { compareSchemaVersions } from './lib/compareSchemaVersions.js';
export type { SchemaComparison } from './lib/compareSchemaVersions.js';
export { createKeyValueRecordMap } from './lib/createKeyValueRecordMap.js';
export { createYMapRecordMap } from './lib/createYMapRecordMap.js';
export type { RecordMap, RecordMapChange } from './lib/RecordMap.js';
export { readDocumentSchema } from './lib/readDocumentSchema.js';
export { readWhiteboardShapes, richTextToPlain } from './lib/readWhiteboardShapes.js';
export type { WhiteboardShapeView } from './lib/readWhiteboardShapes.js';
export type { DocumentSchema } from './lib/readDocumentSchema.js';
export { planViewportFirstLoad } from './lib/planViewportFirstLoad.js';
export type { PageRect, ViewportFirstLoadOptions } from './lib/planViewportFirstLoad.js';
