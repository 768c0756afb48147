/** An axis-aligned rectangle in page pixels. */
export interface PageRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Space left between existing content and an inserted template. */
export const TEMPLATE_MARGIN = 120;

/**
 * Where the top-left corner of a `size` template goes: right of everything on the page
 * (`content`, the bounds of all shapes), level with its top, so it never covers anyone's work;
 * on an empty page, centred in the viewport.
 */
export function placeTemplate(
  size: { readonly w: number; readonly h: number },
  content: PageRect | null,
  viewport: PageRect,
): { x: number; y: number } {
  if (content === null) {
    return {
      x: Math.round(viewport.x + (viewport.w - size.w) / 2),
      y: Math.round(viewport.y + (viewport.h - size.h) / 2),
    };
  }
  return { x: Math.round(content.x + content.w + TEMPLATE_MARGIN), y: Math.round(content.y) };
}
