import { readMeta } from '@cairn/model';
import { useState } from 'react';
import { useValue, type Editor } from 'tldraw';
import { ErrorBanner } from '../../../../ui/ErrorBanner';
import { ToolbarMenu, ToolbarMenuItem } from '../cards/ToolbarMenu';
import { useWhiteboardSession } from '../WhiteboardSession';
import { downloadBlob } from './downloadBlob';
import { exportFileName, type ExportFormat } from './exportFileName';
import { exportImage } from './exportImage';

interface ExportMenuProps {
  readonly editor: Editor;
}

const FORMATS: ReadonlyArray<{ readonly format: ExportFormat; readonly label: string }> = [
  { format: 'png', label: 'Export PNG' },
  { format: 'svg', label: 'Export SVG' },
];

/**
 * Download the selection, or the whole canvas when nothing is selected, as a PNG or SVG image
 * named after the board. Open to everyone on the board, readers included: exporting changes
 * nothing.
 */
export function ExportMenu({ editor }: ExportMenuProps) {
  const { doc, loading } = useWhiteboardSession();
  const [error, setError] = useState<string | null>(null);
  const selected = useValue('selected shapes', () => editor.getSelectedShapeIds().length, [editor]);
  const empty = useValue('page is empty', () => editor.getCurrentPageShapeIds().size === 0, [
    editor,
  ]);
  const what = selected > 0 ? 'The selection' : 'The whole canvas';

  const download = async (format: ExportFormat) => {
    setError(null);
    try {
      const image = await exportImage(editor, format);
      downloadBlob(image, exportFileName(readMeta(doc).title, format));
    } catch (failure) {
      console.error(failure);
      setError(failure instanceof Error ? failure.message : 'The export failed.');
    }
  };

  return (
    <>
      <ToolbarMenu label="Export">
        {(close) =>
          FORMATS.map(({ format, label }) => (
            <ToolbarMenuItem
              key={format}
              label={label}
              description={`${what} as a ${format.toUpperCase()} image`}
              disabledReason={
                empty
                  ? 'The canvas is empty.'
                  : selected === 0 && loading
                    ? 'The whiteboard is still loading.'
                    : null
              }
              onSelect={() => {
                close();
                void download(format);
              }}
            />
          ))
        }
      </ToolbarMenu>
      {error !== null && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
    </>
  );
}
