import { createShapeId, toRichText, type Editor, type TLShapeId } from 'tldraw';
import { placeTemplate } from './placeTemplate';
import type { WorkshopTemplate } from './workshopTemplates';

/**
 * Inserts `template` as tldraw frames, texts and notes beside whatever the page holds, selects
 * it and zooms to it. One undo step takes the whole template away again.
 */
export function insertTemplate(editor: Editor, template: WorkshopTemplate): void {
  const content = editor.getCurrentPageBounds() ?? null;
  const viewport = editor.getViewportPageBounds();
  const origin = placeTemplate({ w: template.width, h: template.height }, content, viewport);
  const frameIds = new Map<string, TLShapeId>(
    template.frames.map((frame) => [frame.key, createShapeId()]),
  );
  const topLevel: TLShapeId[] = [];

  editor.markHistoryStoppingPoint(`insert template ${template.id}`);
  editor.run(() => {
    editor.createShapes(
      template.labels.map((label) => {
        const id = createShapeId();
        topLevel.push(id);
        return {
          id,
          type: 'text',
          x: origin.x + label.x,
          y: origin.y + label.y,
          props: { richText: toRichText(label.text), size: label.size, font: 'sans' },
        };
      }),
    );
    editor.createShapes(
      template.frames.map((frame) => {
        const id = frameIds.get(frame.key) ?? createShapeId();
        topLevel.push(id);
        return {
          id,
          type: 'frame',
          x: origin.x + frame.x,
          y: origin.y + frame.y,
          props: { w: frame.w, h: frame.h, name: frame.name },
        };
      }),
    );
    editor.createShapes(
      template.stickies.flatMap((sticky) => {
        const parentId = frameIds.get(sticky.frameKey);
        if (parentId === undefined) return [];
        return [
          {
            id: createShapeId(),
            type: 'note',
            parentId,
            x: sticky.x,
            y: sticky.y,
            props: { richText: toRichText(sticky.text), color: sticky.color },
          },
        ];
      }),
    );
    editor.select(...topLevel);
  });
  editor.zoomToSelection({ animation: { duration: 200 } });
}
