import { BaseBoxShapeUtil, HTMLContainer } from 'tldraw';
import {
  CARD_SIZE,
  LINKED_CARD_PROPS,
  PERSONA_CARD,
  type PersonaCardShape,
} from './linkedCardShapes';
import { PersonaCard } from './PersonaCard';
import './linkedCard.css';

/** tldraw's side of a persona card: a box that renders {@link PersonaCard} and edits in place. */
export class PersonaCardShapeUtil extends BaseBoxShapeUtil<PersonaCardShape> {
  static override type = PERSONA_CARD;
  static override props = LINKED_CARD_PROPS;

  override getDefaultProps(): PersonaCardShape['props'] {
    return { ...CARD_SIZE, boardId: '', itemId: '', placedTitle: '' };
  }

  override canEdit(): boolean {
    return true;
  }

  override component(shape: PersonaCardShape) {
    return (
      <HTMLContainer>
        <PersonaCard shape={shape} />
      </HTMLContainer>
    );
  }

  override getIndicatorPath(shape: PersonaCardShape): Path2D {
    const path = new Path2D();
    path.rect(0, 0, shape.props.w, shape.props.h);
    return path;
  }
}
