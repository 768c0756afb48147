import { setPositioning, setVision, type PositioningView } from '@cairn/model';
import { LiveTextField } from '../../ui/LiveTextField';
import type { KindOperation } from '../useBoardOperation';

interface StrategyStatementsProps {
  readonly vision: string;
  readonly positioning: PositioningView;
  readonly readOnly: boolean;
  readonly perform: (operation: KindOperation) => string | null;
}

const PARTS: readonly { part: keyof PositioningView; label: string; placeholder: string }[] = [
  { part: 'for', label: 'For', placeholder: 'the target customer' },
  { part: 'who', label: 'who', placeholder: 'have this need or opportunity' },
  { part: 'unlike', label: 'unlike', placeholder: 'the main alternative' },
  { part: 'we', label: 'we', placeholder: 'our key difference' },
];

/** The vision and the positioning statement, edited in place. */
export function StrategyStatements({
  vision,
  positioning,
  readOnly,
  perform,
}: StrategyStatementsProps) {
  return (
    <section className="strategy-statements" aria-labelledby="strategy-vision-heading">
      <div className="strategy-vision">
        <h2 id="strategy-vision-heading" className="strategy-section__title">
          Vision
        </h2>
        <LiveTextField
          label="Vision"
          hideLabel
          multiline
          value={vision}
          placeholder="Where is the product going?"
          readOnly={readOnly}
          onSave={(text) => perform((doc, ctx) => setVision(doc, text, ctx))}
          className="strategy-vision__field"
        />
      </div>
      <div className="strategy-positioning">
        <h2 className="strategy-section__title">Positioning</h2>
        <div className="strategy-positioning__parts">
          {PARTS.map(({ part, label, placeholder }) => (
            <LiveTextField
              key={part}
              label={label}
              value={positioning[part]}
              placeholder={placeholder}
              readOnly={readOnly}
              onSave={(text) => perform((doc, ctx) => setPositioning(doc, { [part]: text }, ctx))}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
