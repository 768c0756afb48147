/** Drawn in front of the canvas: vote dots and results on the shapes. (Stub.) */
export function FacilitationOverlay() {
  return null;
}
