import { sanitizeSvg, type Editor, type TLShapeId } from 'tldraw';
import type { ExportFormat } from './exportFileName';
import { xmlSafe } from './xmlSafe';

/** Space around the exported shapes, in canvas pixels, so stickies' shadows are not cut. */
const EXPORT_PADDING = 32;

/** The shapes an export holds: the selection, or every shape on the page when none is selected. */
function exportedShapeIds(editor: Editor): TLShapeId[] {
  const selected = editor.getSelectedShapeIds();
  return selected.length > 0 ? selected : [...editor.getCurrentPageShapeIds()];
}

/**
 * An image of the selection (or of the whole page) in `format`, with the canvas background.
 *
 * An SVG is passed through tldraw's `sanitizeSvg` (an allowlist derived from DOMPurify): sticky
 * text is typed by anyone on the board, and an SVG opened in a browser runs its scripts, event
 * attributes and `javascript:` links. Characters XML cannot hold become U+FFFD first, or one
 * pasted control character would make the whole SVG unparsable. It keeps the `foreignObject` that holds the text and the
 * embedded fonts, so the text stays visible. A PNG is pixels and needs nothing.
 * Throws when there is nothing to export or the SVG does not survive sanitising.
 */
export async function exportImage(editor: Editor, format: ExportFormat): Promise<Blob> {
  const ids = exportedShapeIds(editor);
  if (ids.length === 0) throw new Error('There is nothing on the canvas to export.');
  const { blob } = await editor.toImage(ids, {
    format,
    background: true,
    padding: EXPORT_PADDING,
    scale: 1,
  });
  if (format === 'png') return blob;
  // A character XML cannot hold (pasted into a sticky) would make the whole SVG unparsable.
  const safe = sanitizeSvg(xmlSafe(await blob.text()));
  if (safe === '') throw new Error('The SVG export could not be made safe to open.');
  return new Blob([safe], { type: 'image/svg+xml' });
}
