import { VIEW_MODES } from '../boards/roadmap/roadmapViewModes';
import { CAPTURE_STYLE_PROPERTIES } from './captureStyleProperties';
import { capturePixelRatio } from './pdfPages';

/** Height of the title line above the view, in CSS pixels. */
const TITLE_LINE = 72;

/** The class that shows a scrolling part of the view whole while it is captured. */
const UNSCROLLED_CLASS = 'transfer-unscrolled';

/**
 * Parts of a view that are not content of the picture: add-item fields, instructions for
 * editors, text for screen readers.
 */
const LEFT_OUT = ['add-item', 'quick-add', 'field__hint', 'visually-hidden'];

/**
 * Whether `node` goes into the picture. Text areas never do: html-to-image copies a text area's
 * value into its clone as HTML, and a value is people's text.
 */
function inPicture(node: HTMLElement): boolean {
  if (node instanceof HTMLTextAreaElement) return false;
  return !LEFT_OUT.some((name) => node.classList.contains(name));
}

/** `element` and the parts of it that scroll (the grid and timeline sideways, lists down). */
function scrollingParts(element: HTMLElement): HTMLElement[] {
  return [element, ...element.querySelectorAll<HTMLElement>('*')].filter((part) => {
    const style = getComputedStyle(part);
    return /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
  });
}

/** The view panel of the roadmap board `boardId` as it is shown, or null (not a roadmap page). */
export function roadmapViewElement(boardId: string): HTMLElement | null {
  const page = [...document.querySelectorAll<HTMLElement>('main.board-page')].find(
    (element) => element.dataset['boardId'] === boardId,
  );
  return page?.querySelector<HTMLElement>('.roadmap-view') ?? null;
}

/** "Timeline" for the view `element` shows, or '' when it names none. */
export function viewLabelOf(element: HTMLElement): string {
  return VIEW_MODES.find((mode) => mode.id === element.dataset['view'])?.label ?? '';
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** `text` shortened with an ellipsis until it fits `width` on `context` (bounded by its length). */
function fitText(context: CanvasRenderingContext2D, text: string, width: number): string {
  const chars = [...text];
  if (context.measureText(text).width <= width) return text;
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (context.measureText(`${chars.slice(0, middle).join('')}…`).width <= width) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('')}…`;
}

/**
 * A picture of `element` (a roadmap view) at its full size, scrolled parts shown whole (the live
 * view grows for the moment it takes, then goes back), under a title line: `heading` (the
 * board's title) and `subheading` (the view and the date). The title line is drawn as text on a
 * canvas, so any title, however hostile, is only ever pixels.
 */
export async function captureRoadmapView(
  element: HTMLElement,
  heading: string,
  subheading: string,
): Promise<HTMLCanvasElement> {
  const { toCanvas } = await import('html-to-image');
  const unscrolled = scrollingParts(element);
  const inlineWidth = element.style.width;
  let view: HTMLCanvasElement;
  let ratio: number;
  try {
    for (const part of unscrolled) part.classList.add(UNSCROLLED_CLASS);
    await nextFrame();
    // As wide as what overflowed, so frames and borders reach round all of it.
    const width = Math.ceil(Math.max(element.scrollWidth, element.clientWidth));
    element.style.width = `${width}px`;
    await nextFrame();
    const height = Math.ceil(element.scrollHeight);
    ratio = capturePixelRatio(width, height + TITLE_LINE);
    view = await toCanvas(element, {
      width,
      height,
      pixelRatio: ratio,
      backgroundColor: '#f4f5f9',
      filter: (node) => !(node instanceof HTMLElement) || inPicture(node),
      includeStyleProperties: [...CAPTURE_STYLE_PROPERTIES],
      // Cairn has no web fonts (system fonts only): skip reading every style sheet for them.
      skipFonts: true,
    });
  } finally {
    element.style.width = inlineWidth;
    for (const part of unscrolled) part.classList.remove(UNSCROLLED_CLASS);
  }
  return withTitleLine(view, ratio, heading, subheading);
}

/** `view` under a white band with the title line, at the same pixel ratio. */
function withTitleLine(
  view: HTMLCanvasElement,
  ratio: number,
  heading: string,
  subheading: string,
): HTMLCanvasElement {
  const band = Math.round(TITLE_LINE * ratio);
  const padding = Math.round(16 * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = view.width;
  canvas.height = view.height + band;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw the picture (no 2D canvas).');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const fonts = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  const room = canvas.width - 2 * padding;
  context.textBaseline = 'alphabetic';
  context.fillStyle = '#172033';
  context.font = `700 ${Math.round(22 * ratio)}px ${fonts}`;
  context.fillText(fitText(context, heading, room), padding, Math.round(34 * ratio));
  context.fillStyle = '#5b6478';
  context.font = `400 ${Math.round(14 * ratio)}px ${fonts}`;
  context.fillText(fitText(context, subheading, room), padding, Math.round(58 * ratio));
  context.drawImage(view, 0, band);
  return canvas;
}

/** The canvas as a PNG file. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob === null) reject(new Error('The picture is too large for this browser to save.'));
      else resolve(blob);
    }, 'image/png');
  });
}
