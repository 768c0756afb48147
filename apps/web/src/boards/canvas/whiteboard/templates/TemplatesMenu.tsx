import type { Editor } from 'tldraw';
import { ToolbarMenu, ToolbarMenuItem } from '../cards/ToolbarMenu';
import { useWhiteboardSession } from '../WhiteboardSession';
import { insertTemplate } from './insertTemplate';
import { WORKSHOP_TEMPLATES } from './workshopTemplates';

interface TemplatesMenuProps {
  readonly editor: Editor;
}

/** Start from a workshop template, inserted beside what the canvas already holds. */
export function TemplatesMenu({ editor }: TemplatesMenuProps) {
  const { readOnly, loading } = useWhiteboardSession();
  const disabledReason = readOnly
    ? 'You can view this whiteboard but not change it.'
    : loading
      ? 'The whiteboard is still loading: a template goes beside everything on it.'
      : null;
  return (
    <ToolbarMenu label="Templates">
      {(close) =>
        WORKSHOP_TEMPLATES.map((template) => (
          <ToolbarMenuItem
            key={template.id}
            label={template.name}
            description={template.description}
            disabledReason={disabledReason}
            onSelect={() => {
              close();
              insertTemplate(editor, template);
            }}
          />
        ))
      }
    </ToolbarMenu>
  );
}
