import type { TLComponents } from 'tldraw';
import { FacilitationOverlay } from './facilitation/FacilitationOverlay';
import { PeoplePanel } from './presence/PeoplePanel';

/** tldraw's UI slots Cairn fills. One constant object, so tldraw never re-mounts them. */
export const WHITEBOARD_COMPONENTS: TLComponents = {
  SharePanel: PeoplePanel,
  InFrontOfTheCanvas: FacilitationOverlay,
};
