import { useEffect, useState, type RefObject } from 'react';

/** How far beyond the viewport an element still counts as near: a screen's height either way. */
const NEAR_MARGIN = '100% 0px';

type Listener = (near: boolean) => void;

/** One observer for every element watched: thousands of roadmap cards, one callback per change. */
let observer: IntersectionObserver | null = null;
const listeners = new Map<Element, Listener>();

function watch(element: Element, listener: Listener): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: NEAR_MARGIN },
  );
  listeners.set(element, listener);
  observer.observe(element);
  return () => {
    listeners.delete(element);
    observer?.unobserve(element);
  };
}

/**
 * Whether the element `ref` holds is in the viewport or within a screen of it, kept up to date
 * as the page scrolls. `false` until the browser has looked (a frame after mounting); always
 * `true` where IntersectionObserver is missing, so nothing stays in its far-away form.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof IntersectionObserver === 'undefined') return;
    return watch(element, setNear);
  }, [ref]);
  return near;
}
