import type { BoardKind } from '@cairn/model';
import type { ServerExportFormat } from './transferApi';

/** One entry of the Export menu. */
export type ExportChoice =
  | { readonly kind: 'server'; readonly format: ServerExportFormat; readonly label: string }
  | { readonly kind: 'picture'; readonly format: 'png' | 'pdf'; readonly label: string };

const SERVER_CHOICES: readonly ExportChoice[] = [
  { kind: 'server', format: 'json', label: 'JSON (Cairn, re-importable)' },
  { kind: 'server', format: 'csv', label: 'CSV (spreadsheet)' },
  { kind: 'server', format: 'md', label: 'Markdown' },
  { kind: 'server', format: 'ics', label: 'Calendar (ICS)' },
];

const PICTURE_CHOICES: readonly ExportChoice[] = [
  { kind: 'picture', format: 'png', label: 'Image (PNG) of this view' },
  { kind: 'picture', format: 'pdf', label: 'PDF of this view' },
];

/**
 * What a board of `kind` exports to: the server's four formats for every kind, and for a
 * roadmap a picture of the view on screen (made in the browser, so it works offline too).
 */
export function exportChoices(kind: BoardKind): readonly ExportChoice[] {
  return kind === 'roadmap' ? [...SERVER_CHOICES, ...PICTURE_CHOICES] : SERVER_CHOICES;
}
