import * as Y from 'yjs';

/** The item turns into garbage when applied (its parent or neighbour was collected): no type gets it. */
const COLLECTED = Symbol('collected');
/** Nothing in the document or the update says where the item goes. */
const UNKNOWN = Symbol('unknown');

/** Where an item of an update lands: the name of a root type, or one of the two cases above. */
type Landing = string | typeof COLLECTED | typeof UNKNOWN;

/** The next step towards an item's landing: known, or the same as another item of the update. */
type Step = Landing | Y.Item;

/**
 * Finds the root type that each struct of one update lands in, against the document it will be
 * applied to. Yjs gives an item its parent explicitly (a root name or the id of the nested
 * type's item) only when it has no neighbours; otherwise the item takes the parent of its left
 * origin, else of its right origin (Item.getMissing). A neighbour or parent that was garbage
 * collected turns the item into garbage too.
 */
class LandingFinder {
  private readonly ownStructs = new Map<number, (Y.Item | Y.GC)[]>();
  private readonly rootNames = new Map<unknown, string>();
  private readonly landings = new Map<Y.Item, Landing>();

  constructor(
    private readonly doc: Y.Doc,
    structs: readonly (Y.Item | Y.GC | Y.Skip)[],
  ) {
    for (const struct of structs) {
      if (struct instanceof Y.Skip) continue;
      const list = this.ownStructs.get(struct.id.client) ?? [];
      list.push(struct);
      this.ownStructs.set(struct.id.client, list);
    }
    for (const list of this.ownStructs.values()) list.sort((a, b) => a.id.clock - b.id.clock);
    doc.share.forEach((type, name) => this.rootNames.set(type, name));
  }

  /** Whether the document already holds every clock of `struct` (Yjs then skips it). */
  isKnown(struct: Y.Item | Y.GC): boolean {
    return struct.id.clock + struct.length <= Y.getState(this.doc.store, struct.id.client);
  }

  /** The landing of an item of the update, following the chain of items it depends on. */
  landingOf(item: Y.Item): Landing {
    const chain: Y.Item[] = [];
    const visiting = new Set<Y.Item>();
    let current = item;
    let landing: Landing;
    for (;;) {
      const known = this.landings.get(current);
      if (known !== undefined) {
        landing = known;
        break;
      }
      chain.push(current);
      visiting.add(current);
      const step = this.step(current);
      if (!(step instanceof Y.Item)) {
        landing = step;
        break;
      }
      // A cycle of origins can only be crafted; Yjs would never apply it.
      if (visiting.has(step)) {
        landing = UNKNOWN;
        break;
      }
      current = step;
    }
    for (const link of chain) this.landings.set(link, landing);
    return landing;
  }

  /** The landing of a struct already in the document. */
  landingOfStored(struct: Y.Item | Y.GC): Landing {
    return struct instanceof Y.Item ? this.landingOfType(struct.parent) : COLLECTED;
  }

  /** The structs of `client` in this update cover every clock in [from, to). */
  updateCovers(client: number, from: number, to: number): boolean {
    const structs = this.ownStructs.get(client) ?? [];
    let next = from;
    for (let index = this.indexAt(structs, next); index >= 0 && index < structs.length; index++) {
      const struct = structs[index] as Y.Item | Y.GC;
      if (struct.id.clock > next) return false;
      next = struct.id.clock + struct.length;
      if (next >= to) return true;
    }
    return false;
  }

  private step(item: Y.Item): Step {
    const neighbour = item.origin ?? item.rightOrigin;
    if (neighbour) return this.follow(this.find(neighbour), false);
    // Decoded updates carry a root's name where a live item holds the type.
    const parent = item.parent as Y.ID | string | null;
    if (typeof parent === 'string') return parent;
    if (parent instanceof Y.ID) return this.follow(this.find(parent), true);
    return UNKNOWN;
  }

  /** The next step from a struct `item` depends on, as a neighbour or (`asParent`) as its parent. */
  private follow(found: Found | undefined, asParent: boolean): Step {
    if (!found) return UNKNOWN;
    const { struct, stored } = found;
    if (!(struct instanceof Y.Item)) return COLLECTED;
    // A parent whose type was deleted and collected keeps no type: Yjs collects the child.
    if (asParent && !(struct.content instanceof Y.ContentType)) return COLLECTED;
    return stored ? this.landingOfStored(struct) : struct;
  }

  private find(id: Y.ID): Found | undefined {
    const stored = this.doc.store.clients.get(id.client);
    if (stored && id.clock < Y.getState(this.doc.store, id.client)) {
      return { struct: stored[Y.findIndexSS(stored, id.clock)] as Y.Item | Y.GC, stored: true };
    }
    const own = this.ownStructs.get(id.client) ?? [];
    const struct = own[this.indexAt(own, id.clock)];
    return struct ? { struct, stored: false } : undefined;
  }

  /** Index of the struct containing `clock` in a sorted list, or -1. */
  private indexAt(structs: readonly (Y.Item | Y.GC)[], clock: number): number {
    let low = 0;
    let high = structs.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = structs[middle] as Y.Item | Y.GC;
      if (clock < struct.id.clock) high = middle - 1;
      else if (clock >= struct.id.clock + struct.length) low = middle + 1;
      else return middle;
    }
    return -1;
  }

  private landingOfType(parent: Y.Item['parent']): Landing {
    let type = parent;
    while (type instanceof Y.AbstractType) {
      const owner: Y.Item | null = type._item;
      if (!owner) return this.rootNames.get(type) ?? UNKNOWN;
      type = owner.parent;
    }
    return UNKNOWN;
  }
}

interface Found {
  readonly struct: Y.Item | Y.GC;
  /** In the document already, rather than in the update. */
  readonly stored: boolean;
}

/**
 * Whether applying `update` (Yjs v1 encoding) to `doc` would insert into, or delete from, any
 * of the root types named `roots`, at any depth. Conservative: an update that cannot be decoded,
 * an item whose place cannot be traced, and a deletion of clocks that neither the document nor
 * the update holds all count as touching. Clocks the document already has are ignored (Yjs skips
 * them), and so are deletions of items already deleted: a client's sync step 2 carries its whole
 * delete set, including the server's own overwrites of the guarded roots.
 */
export function updateTouchesRoots(
  doc: Y.Doc,
  update: Uint8Array,
  roots: readonly string[],
): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return true;
  }
  const guarded = new Set(roots);
  const touches = (landing: Landing) =>
    landing === UNKNOWN || (typeof landing === 'string' && guarded.has(landing));
  const finder = new LandingFinder(doc, decoded.structs);

  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item) || finder.isKnown(struct)) continue;
    if (touches(finder.landingOf(struct))) return true;
  }

  for (const [client, ranges] of decoded.ds.clients) {
    const stored = doc.store.clients.get(client) ?? [];
    const state = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      const end = clock + len;
      if (clock < state) {
        for (let index = Y.findIndexSS(stored, clock); index < stored.length; index++) {
          const struct = stored[index] as Y.Item | Y.GC;
          if (struct.id.clock >= end) break;
          if (
            struct instanceof Y.Item &&
            !struct.deleted &&
            touches(finder.landingOfStored(struct))
          )
            return true;
        }
      }
      // Clocks the document lacks must be items of this update, already checked above.
      if (end > state && !finder.updateCovers(client, Math.max(clock, state), end)) return true;
    }
  }
  return false;
}
