import {
  addCompetitor,
  addGoal,
  readStrategy,
  SCHEMA_VERSION,
  type CompetitorView,
  type GoalView,
} from '@cairn/model';
import { useState } from 'react';
import { canShare } from '../../auth/canShare';
import { ShareDialog } from '../../share/ShareDialog';
import { ErrorBanner } from '../../ui/ErrorBanner';
import type { BoardProps } from '../BoardProps';
import { NewerSchemaNotice } from '../NewerSchemaNotice';
import { useDocView } from '../useDocView';
import { CompetitorCard } from './CompetitorCard';
import { GoalCard } from './GoalCard';
import { KindBoardHeader } from '../KindBoardHeader';
import { QuickAddInput } from '../../ui/QuickAddInput';
import { StrategyStatements } from './StrategyStatements';
import { useBoardOperation } from '../useBoardOperation';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import './strategy.css';

/** A synced strategy board: vision and positioning, goals with key results, competitors. */
export function StrategyBoard({
  boardId,
  doc,
  status,
  presence,
  me,
  role,
  readOnly: roleReadOnly,
}: BoardProps) {
  const view = useDocView(doc, readStrategy);
  const [error, setError] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  const perform = useBoardOperation(doc, me.id);
  useDocumentTitle(view?.title ?? '');
  if (!view) return null;
  // A board written by a newer Cairn must not be written by this one (the model refuses too).
  const newerSchema = view.schemaVersion > SCHEMA_VERSION;
  const readOnly = roleReadOnly || newerSchema;
  const goals = view.items.filter((item): item is GoalView => item.type === 'goal');
  const competitors = view.items.filter(
    (item): item is CompetitorView => item.type === 'competitor',
  );

  return (
    <main className="board-page strategy-board" data-board-id={boardId}>
      <KindBoardHeader
        title={view.title}
        readOnly={readOnly}
        status={status}
        peers={presence.peers}
        perform={perform}
        onShare={canShare(role) ? () => setSharing(true) : null}
      />
      {newerSchema && <NewerSchemaNotice />}
      {error !== null && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      <StrategyStatements
        vision={view.vision}
        positioning={view.positioning}
        readOnly={readOnly}
        perform={perform}
      />
      <section className="strategy-section" aria-labelledby="strategy-goals-heading">
        <h2 id="strategy-goals-heading" className="strategy-section__title">
          Goals and key results
        </h2>
        {goals.length === 0 && <p className="strategy-section__empty">No goals yet.</p>}
        <div className="goal-list">
          {goals.map((goal, position) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              position={position}
              count={goals.length}
              readOnly={readOnly}
              perform={perform}
              reportError={setError}
            />
          ))}
        </div>
        {!readOnly && (
          <QuickAddInput
            label="Add a goal"
            placeholder="+ Add a goal (the objective)"
            onAdd={(title) => perform((d, ctx) => void addGoal(d, { title }, ctx))}
          />
        )}
      </section>
      <section className="strategy-section" aria-labelledby="strategy-competitors-heading">
        <h2 id="strategy-competitors-heading" className="strategy-section__title">
          Competitors
        </h2>
        {competitors.length === 0 && <p className="strategy-section__empty">No competitors yet.</p>}
        <div className="competitor-grid">
          {competitors.map((competitor) => (
            <CompetitorCard
              key={competitor.id}
              competitor={competitor}
              readOnly={readOnly}
              perform={perform}
              reportError={setError}
            />
          ))}
        </div>
        {!readOnly && (
          <QuickAddInput
            label="Add a competitor"
            placeholder="+ Add a competitor"
            onAdd={(title) => perform((d, ctx) => void addCompetitor(d, { title }, ctx))}
          />
        )}
      </section>
      {sharing && <ShareDialog boardId={boardId} role={role} onClose={() => setSharing(false)} />}
    </main>
  );
}
