/** A page's size and margin, in millimetres. */
export interface PageBox {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}

/** A4 in landscape, with a margin printers keep clear. */
export const A4_LANDSCAPE: PageBox = { width: 297, height: 210, margin: 10 };

/** At most this many pages: a roadmap taller than that is shrunk to fit them. */
export const MAX_PDF_PAGES = 30;

/** One page of the PDF: the band of the image it shows and where it goes on the page. */
export interface PdfPage {
  /** First row of the image on this page, in image pixels. */
  readonly top: number;
  /** Rows of the image on this page. */
  readonly rows: number;
  /** Where the band goes on the page and how large, in millimetres. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * How an image of `imageWidth` × `imageHeight` pixels goes onto landscape pages. It fills the
 * page's width; if it is then too tall for one page but would keep at least half that size
 * shrunk onto one page, it is shrunk onto one; otherwise it runs on over pages, cut into bands
 * of the page's height. Never more than `maxPages` (a very tall image is shrunk to fit them).
 * Each band is centred across the page and starts at the top margin.
 */
export function pdfPages(
  imageWidth: number,
  imageHeight: number,
  page: PageBox = A4_LANDSCAPE,
  maxPages: number = MAX_PDF_PAGES,
): PdfPage[] {
  const width = Math.max(1, Math.round(imageWidth));
  const height = Math.max(1, Math.round(imageHeight));
  const areaWidth = page.width - 2 * page.margin;
  const areaHeight = page.height - 2 * page.margin;
  const fitWidth = areaWidth / width;
  const fitPage = Math.min(fitWidth, areaHeight / height);
  const onOnePage = fitPage >= fitWidth / 2;
  const pageLimit = Math.max(1, maxPages);
  // Rows of the image per page: a page's height at full width, more when that needs too many.
  const rowsPerPage = onOnePage
    ? height
    : Math.max(Math.floor(areaHeight / fitWidth), Math.ceil(height / pageLimit));
  // Millimetres per image pixel.
  const scale = onOnePage ? fitPage : Math.min(fitWidth, areaHeight / rowsPerPage);
  const pages: PdfPage[] = [];
  for (let top = 0; top < height && pages.length < pageLimit; top += rowsPerPage) {
    const rows = Math.min(rowsPerPage, height - top);
    pages.push({
      top,
      rows,
      x: page.margin + (areaWidth - width * scale) / 2,
      y: page.margin,
      width: width * scale,
      height: rows * scale,
    });
  }
  return pages;
}

/** The largest side of a canvas every current browser draws (Chromium and Firefox: 32,767). */
const MAX_CANVAS_SIDE = 16_384;
/** The most pixels we draw at once: about 160 MB of RGBA, enough for a sharp large roadmap. */
const MAX_CANVAS_PIXELS = 40_000_000;

/**
 * The pixel ratio to capture an element of `width` × `height` CSS pixels at: `preferred` (2,
 * sharp in print and on high-density screens) unless that would make a canvas the browser
 * cannot draw, then as large as fits.
 */
export function capturePixelRatio(width: number, height: number, preferred = 2): number {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const bySide = MAX_CANVAS_SIDE / Math.max(w, h);
  const byArea = Math.sqrt(MAX_CANVAS_PIXELS / (w * h));
  return Math.min(preferred, bySide, byArea);
}
