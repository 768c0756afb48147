import { BaseBoxShapeUtil, HTMLContainer } from 'tldraw';
import {
  CARD_SIZE,
  LINKED_CARD_PROPS,
  ROADMAP_CARD,
  type RoadmapCardShape,
} from './linkedCardShapes';
import { RoadmapCard } from './RoadmapCard';
import './linkedCard.css';

/** tldraw's side of a roadmap card: a box that renders {@link RoadmapCard} and edits in place. */
export class RoadmapCardShapeUtil extends BaseBoxShapeUtil<RoadmapCardShape> {
  static override type = ROADMAP_CARD;
  static override props = LINKED_CARD_PROPS;

  override getDefaultProps(): RoadmapCardShape['props'] {
    return { ...CARD_SIZE, boardId: '', itemId: '', placedTitle: '' };
  }

  override canEdit(): boolean {
    return true;
  }

  override component(shape: RoadmapCardShape) {
    return (
      <HTMLContainer>
        <RoadmapCard shape={shape} />
      </HTMLContainer>
    );
  }

  override getIndicatorPath(shape: RoadmapCardShape): Path2D {
    const path = new Path2D();
    path.rect(0, 0, shape.props.w, shape.props.h);
    return path;
  }
}
