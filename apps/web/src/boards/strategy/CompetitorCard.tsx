import { deleteCompetitor, updateCompetitor, type CompetitorView } from '@cairn/model';
import { ConfirmDeleteButton } from '../../ui/ConfirmDeleteButton';
import { linesOf } from '../../text/linesOf';
import { LiveTextField } from '../../ui/LiveTextField';
import type { KindOperation } from '../useBoardOperation';

interface CompetitorCardProps {
  readonly competitor: CompetitorView;
  readonly readOnly: boolean;
  readonly perform: (operation: KindOperation) => string | null;
  readonly reportError: (message: string | null) => void;
}

/**
 * A competitor: name, strengths and weaknesses (one per line) and how we differ. A list is
 * saved whole but merged as a difference, so lines others add meanwhile are kept.
 */
export function CompetitorCard({
  competitor,
  readOnly,
  perform,
  reportError,
}: CompetitorCardProps) {
  const { id, title } = competitor;
  const save = (patch: Parameters<typeof updateCompetitor>[2]) =>
    perform((doc, ctx) => updateCompetitor(doc, id, patch, ctx));
  return (
    <article className="competitor-card" aria-label={`Competitor: ${title}`}>
      <div className="competitor-card__head">
        <LiveTextField
          label="Competitor name"
          hideLabel
          value={title}
          readOnly={readOnly}
          onSave={(text) => save({ title: text })}
          className="competitor-card__name"
        />
        {!readOnly && (
          <ConfirmDeleteButton
            what={`competitor “${title}”`}
            onDelete={() => reportError(perform((doc, ctx) => deleteCompetitor(doc, id, ctx)))}
          />
        )}
      </div>
      <LiveTextField
        label="Strengths"
        hint="One per line"
        multiline
        value={competitor.strengths.join('\n')}
        readOnly={readOnly}
        onSave={(text) => save({ strengths: linesOf(text) })}
      />
      <LiveTextField
        label="Weaknesses"
        hint="One per line"
        multiline
        value={competitor.weaknesses.join('\n')}
        readOnly={readOnly}
        onSave={(text) => save({ weaknesses: linesOf(text) })}
      />
      <LiveTextField
        label="How we differ"
        multiline
        value={competitor.differentiation}
        readOnly={readOnly}
        onSave={(text) => save({ differentiation: text })}
      />
    </article>
  );
}
