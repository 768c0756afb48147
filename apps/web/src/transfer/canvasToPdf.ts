import { A4_LANDSCAPE, pdfPages } from './pdfPages';

/**
 * `canvas` as a PDF of landscape A4 pages (see pdfPages for how it is fitted), each band as a
 * JPEG: a fraction of PNG's size and time for a picture of cards and text.
 */
export async function canvasToPdf(canvas: HTMLCanvasElement, title: string): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  pdf.setProperties({ title, creator: 'Cairn' });
  const pages = pdfPages(canvas.width, canvas.height, A4_LANDSCAPE);
  const band = document.createElement('canvas');
  const context = band.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw the PDF (no 2D canvas).');
  pages.forEach((page, index) => {
    band.width = canvas.width;
    band.height = page.rows;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, band.width, band.height);
    context.drawImage(canvas, 0, page.top, canvas.width, page.rows, 0, 0, canvas.width, page.rows);
    if (index > 0) pdf.addPage('a4', 'landscape');
    const image = band.toDataURL('image/jpeg', 0.92);
    pdf.addImage(image, 'JPEG', page.x, page.y, page.width, page.height);
  });
  return pdf.output('blob');
}
