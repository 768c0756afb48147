import type { NoteColor } from '@cairn/model';

/** How each palette color is named in the color picker. */
export const NOTE_COLOR_LABEL: Readonly<Record<NoteColor, string>> = {
  yellow: 'Yellow',
  orange: 'Orange',
  red: 'Red',
  violet: 'Violet',
  blue: 'Blue',
  green: 'Green',
  grey: 'Grey',
};
