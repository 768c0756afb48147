/** A rectangle in page coordinates. */
export interface PageRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Options of {@link planViewportFirstLoad}.
 *
 * @public
 */
export interface ViewportFirstLoadOptions {
  /** What the person will see first, in page coordinates. */
  readonly viewport: PageRect;
  /**
   * How far around the viewport shapes still count as visible, in page units: covers rotation,
   * labels that grow a shape, and the first pan. Defaults to 400.
   */
  readonly margin?: number;
  /** About how many shapes each later batch holds (a tree of shapes is never split). */
  readonly batchSize: number;
}

/** The size tldraw gives a shape without `w`/`h` props (a sticky note is 200 × 200). */
const DEFAULT_SHAPE_SIDE = 200;

interface ShapeFields {
  readonly parentId: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Orders a canvas document's records for loading in batches, so the first batch is what the
 * person sees: batch 0 holds every record that is not a shape or binding (document, pages,
 * assets, ...) and every shape tree whose top-level shape comes near `viewport`; later batches
 * hold the remaining trees, nearest first, about `batchSize` shapes each. A shape always loads
 * with its parent (a tree is never split) and a binding loads with the later of the two shapes it
 * joins, so the store never holds a child without its parent or a binding without its shapes.
 * Records it cannot read as shapes are treated as plain records; a binding whose shape is missing
 * loads last.
 *
 * Pure and deterministic: equal records and options give equal batches.
 *
 * @public
 */
export function planViewportFirstLoad(
  records: Readonly<Record<string, unknown>>,
  options: ViewportFirstLoadOptions,
): string[][] {
  const margin = options.margin ?? 400;
  const near: PageRect = {
    x: options.viewport.x - margin,
    y: options.viewport.y - margin,
    w: options.viewport.w + 2 * margin,
    h: options.viewport.h + 2 * margin,
  };
  const centre = {
    x: options.viewport.x + options.viewport.w / 2,
    y: options.viewport.y + options.viewport.h / 2,
  };

  const plain: string[] = [];
  const shapes = new Map<string, ShapeFields>();
  const bindings: Array<{ id: string; ends: string[] }> = [];
  for (const [id, value] of Object.entries(records)) {
    const shape = readShape(value);
    if (shape !== null) shapes.set(id, shape);
    else if (isRecordOf(value, 'binding')) bindings.push({ id, ends: readBindingEnds(value) });
    else plain.push(id);
  }

  // Group shapes by their top-level ancestor (a shape whose parent is not a shape).
  const rootOf = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    for (;;) {
      const parent = shapes.get(current)?.parentId;
      if (parent === undefined || !shapes.has(parent) || seen.has(parent)) return current;
      seen.add(current);
      current = parent;
    }
  };
  const trees = new Map<string, string[]>();
  for (const id of shapes.keys()) {
    const root = rootOf(id);
    const members = trees.get(root);
    if (members === undefined) trees.set(root, [id]);
    else members.push(id);
  }

  const first: string[] = [...plain];
  const rest: Array<{ distance: number; root: string; members: string[] }> = [];
  for (const [root, members] of trees) {
    const bounds = shapes.get(root) as ShapeFields;
    if (intersects(bounds, near)) first.push(...members);
    else rest.push({ distance: distanceTo(bounds, centre), root, members });
  }
  rest.sort((a, b) => a.distance - b.distance || (a.root < b.root ? -1 : 1));

  const batches: string[][] = [first];
  let current: string[] = [];
  for (const tree of rest) {
    current.push(...tree.members);
    if (current.length >= options.batchSize) {
      batches.push(current);
      current = [];
    }
  }
  if (current.length > 0) batches.push(current);

  const batchOf = new Map<string, number>();
  batches.forEach((batch, index) => {
    for (const id of batch) batchOf.set(id, index);
  });
  for (const binding of bindings) {
    const ends = binding.ends.map((id) => batchOf.get(id));
    const index = ends.some((end) => end === undefined)
      ? batches.length - 1
      : Math.max(0, ...(ends as number[]));
    (batches[index] as string[]).push(binding.id);
  }
  return batches;
}

function isRecordOf(value: unknown, typeName: string): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'typeName' in value
    ? value.typeName === typeName
    : false;
}

function readShape(value: unknown): ShapeFields | null {
  if (!isRecordOf(value, 'shape')) return null;
  const { parentId, x, y, props } = value;
  if (typeof parentId !== 'string' || !isFiniteNumber(x) || !isFiniteNumber(y)) return null;
  const sizes =
    typeof props === 'object' && props !== null ? (props as Record<string, unknown>) : {};
  const scale = isFiniteNumber(sizes.scale) ? sizes.scale : 1;
  const w = isFiniteNumber(sizes.w) ? sizes.w : DEFAULT_SHAPE_SIDE;
  const h = isFiniteNumber(sizes.h) ? sizes.h : DEFAULT_SHAPE_SIDE;
  return { parentId, x, y, w: w * scale, h: h * scale };
}

function readBindingEnds(value: Record<string, unknown>): string[] {
  return [value.fromId, value.toId].map((end) => (typeof end === 'string' ? end : ''));
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function intersects(shape: ShapeFields, rect: PageRect): boolean {
  return (
    shape.x <= rect.x + rect.w &&
    shape.x + shape.w >= rect.x &&
    shape.y <= rect.y + rect.h &&
    shape.y + shape.h >= rect.y
  );
}

function distanceTo(shape: ShapeFields, point: { x: number; y: number }): number {
  const dx = Math.max(shape.x - point.x, 0, point.x - (shape.x + shape.w));
  const dy = Math.max(shape.y - point.y, 0, point.y - (shape.y + shape.h));
  return Math.hypot(dx, dy);
}
