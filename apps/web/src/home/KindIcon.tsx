import type { HomeKind } from './boardKinds';

/** One simple glyph per board kind, drawn inline like ui/Icon. */
const PATHS: Readonly<Record<HomeKind, string>> = {
  roadmap: 'M3 6h10M3 12h14M3 18h7M17 4v4M21 10v4M14 16v4',
  strategy: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM12 12h.01',
  personas:
    'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21v-1a6 6 0 0 1 12 0v1M17 11a3 3 0 1 0 0-6M22 21v-1a5 5 0 0 0-4-4.9',
  launch: 'M5 19l4-4M14 4c3 0 6 3 6 6l-8 8-6-6 8-8zM7 13l-3 1 2 2M11 17l-1 3-2-2',
  canvas: 'M4 4h11l5 5v11H4zM15 4v5h5',
};

/** The icon of a board kind; decorative, so the label next to it names the kind. */
export function KindIcon({ kind }: { readonly kind: HomeKind }) {
  return (
    <svg
      className="icon kind-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[kind]} />
    </svg>
  );
}
