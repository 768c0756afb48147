import { format as formatDate } from 'date-fns';
import {
  canvasToPng,
  captureRoadmapView,
  roadmapViewElement,
  viewLabelOf,
} from './captureRoadmapView';
import { canvasToPdf } from './canvasToPdf';
import { exportFileName } from './contentDispositionFileName';
import { downloadBlob } from './downloadBlob';
import type { ExportChoice } from './exportChoices';
import { fetchBoardExport } from './transferApi';

/** The board to export, as the board page knows it. */
export interface ExportTarget {
  readonly id: string;
  readonly title: string;
}

/**
 * Makes the file `choice` names and hands it to the browser's downloads: the server's file
 * under the server's name, or a picture of the view on screen. Rejects with a message for
 * people (an ApiError for the server's formats).
 */
export async function runExport(
  token: string,
  board: ExportTarget,
  choice: ExportChoice,
  now: Date = new Date(),
): Promise<void> {
  if (choice.kind === 'server') {
    const file = await fetchBoardExport(token, board.id, choice.format);
    downloadBlob(file.blob, file.fileName);
    return;
  }
  const element = roadmapViewElement(board.id);
  if (element === null) throw new Error('Open the roadmap view to export it as a picture.');
  const view = viewLabelOf(element);
  const subheading = [view, formatDate(now, 'd MMMM yyyy')].filter((part) => part !== '');
  const canvas = await captureRoadmapView(element, board.title, subheading.join(' · '));
  const blob =
    choice.format === 'png' ? await canvasToPng(canvas) : await canvasToPdf(canvas, board.title);
  downloadBlob(blob, exportFileName(board.title, view, choice.format));
}
