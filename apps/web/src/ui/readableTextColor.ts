const DARK = '#111827';
const LIGHT = '#ffffff';

function channels(color: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/iu.exec(color.trim())?.[1];
  if (hex === undefined) return null;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
}

/**
 * Black or white, whichever reads better on `background` (WCAG relative luminance). Colours other
 * than #rgb / #rrggbb get white, which the avatar's text shadow keeps legible.
 */
export function readableTextColor(background: string): string {
  const rgb = channels(background);
  if (rgb === null) return LIGHT;
  const [r, g, b] = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black beats contrast with white above ~0.179.
  return luminance > 0.179 ? DARK : LIGHT;
}
