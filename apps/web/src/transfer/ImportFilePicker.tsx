import { useId, useState, type DragEvent } from 'react';

interface ImportFilePickerProps {
  readonly onFile: (file: File) => void;
  readonly disabled: boolean;
}

/** A file input and a drop zone around it: the first file dropped or chosen is used. */
export function ImportFilePicker({ onFile, disabled }: ImportFilePickerProps) {
  const [over, setOver] = useState(false);
  const inputId = useId();

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined && !disabled) onFile(file);
  };

  return (
    <div
      className={over ? 'import-drop import-drop--over' : 'import-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className="import-drop__label">
        Choose a file to import
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) reads it again.
          event.target.value = '';
          if (file !== undefined) onFile(file);
        }}
      />
      <p className="import-drop__hint">
        or drop it here: a Cairn JSON export (.json), or a spreadsheet or Jira export saved as CSV
        (.csv).
      </p>
    </div>
  );
}
