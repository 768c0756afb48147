import {
  deleteGoal,
  GOAL_STATUSES,
  moveStrategyItem,
  updateGoal,
  type GoalStatus,
  type GoalView,
} from '@cairn/model';
import { useId } from 'react';
import { Icon } from '../../ui/Icon';
import { CommentCountBadge } from '../../comments/CommentCountBadge';
import { AddKeyResultForm } from './AddKeyResultForm';
import { ConfirmDeleteButton } from '../../ui/ConfirmDeleteButton';
import { KeyResultRow } from './KeyResultRow';
import { LiveTextField } from '../../ui/LiveTextField';
import { ProgressBar } from './ProgressBar';
import type { KindOperation } from '../useBoardOperation';

/** What each goal status reads as. */
export const GOAL_STATUS_LABEL: Readonly<Record<GoalStatus, string>> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  achieved: 'Achieved',
};

interface GoalCardProps {
  readonly goal: GoalView;
  /** Position among the goals and how many there are, for the move buttons. */
  readonly position: number;
  readonly count: number;
  readonly readOnly: boolean;
  readonly perform: (operation: KindOperation) => string | null;
  readonly reportError: (message: string | null) => void;
}

/** A goal: objective, status, confidence, overall progress and its key results. */
export function GoalCard({ goal, position, count, readOnly, perform, reportError }: GoalCardProps) {
  const statusId = useId();
  const confidenceId = useId();
  const run = (operation: KindOperation) => reportError(perform(operation));
  return (
    <article className="goal-card" aria-label={`Goal: ${goal.title}`}>
      <div className="goal-card__head">
        <LiveTextField
          label="Objective"
          hideLabel
          value={goal.title}
          readOnly={readOnly}
          onSave={(title) => perform((doc, ctx) => updateGoal(doc, goal.id, { title }, ctx))}
          className="goal-card__title"
        />
        <CommentCountBadge anchor={{ type: 'item', id: goal.id }} title={goal.title} />
        {!readOnly && (
          <span className="goal-card__actions">
            <button
              type="button"
              className="icon-button"
              aria-label={`Move goal “${goal.title}” up`}
              disabled={position === 0}
              onClick={() => run((doc, ctx) => moveStrategyItem(doc, goal.id, position - 1, ctx))}
            >
              <Icon name="up" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Move goal “${goal.title}” down`}
              disabled={position >= count - 1}
              onClick={() => run((doc, ctx) => moveStrategyItem(doc, goal.id, position + 1, ctx))}
            >
              <Icon name="down" />
            </button>
            <ConfirmDeleteButton
              what={`goal “${goal.title}”`}
              onDelete={() => run((doc, ctx) => deleteGoal(doc, goal.id, ctx))}
            />
          </span>
        )}
      </div>
      <div className="goal-card__meta">
        {readOnly ? (
          <>
            {goal.status !== null && (
              <span className={`goal-status goal-status--${goal.status}`}>
                {GOAL_STATUS_LABEL[goal.status]}
              </span>
            )}
            {goal.confidence !== null && <span>Confidence {goal.confidence}%</span>}
          </>
        ) : (
          <>
            <label htmlFor={statusId}>Status</label>
            <select
              id={statusId}
              value={goal.status ?? ''}
              onChange={(event) => {
                const status = GOAL_STATUSES.find((known) => known === event.target.value) ?? null;
                run((doc, ctx) => updateGoal(doc, goal.id, { status }, ctx));
              }}
            >
              <option value="">Not set</option>
              {GOAL_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {GOAL_STATUS_LABEL[status]}
                </option>
              ))}
            </select>
            <label htmlFor={confidenceId}>Confidence</label>
            <select
              id={confidenceId}
              value={goal.confidence ?? ''}
              onChange={(event) => {
                const confidence = event.target.value === '' ? null : Number(event.target.value);
                run((doc, ctx) => updateGoal(doc, goal.id, { confidence }, ctx));
              }}
            >
              <option value="">Not set</option>
              {[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((percent) => (
                <option key={percent} value={percent}>
                  {percent}%
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <LiveTextField
        label="Why it matters"
        multiline
        value={goal.description}
        placeholder="The reason behind this objective"
        readOnly={readOnly}
        onSave={(description) =>
          perform((doc, ctx) => updateGoal(doc, goal.id, { description }, ctx))
        }
      />
      {goal.progress !== null && (
        <ProgressBar value={goal.progress} label={`Overall progress of ${goal.title}`} />
      )}
      <ul className="goal-card__key-results" aria-label={`Key results of ${goal.title}`}>
        {goal.keyResults.map((keyResult) => (
          <KeyResultRow
            key={keyResult.id}
            goalId={goal.id}
            keyResult={keyResult}
            readOnly={readOnly}
            perform={perform}
          />
        ))}
      </ul>
      {goal.keyResults.length === 0 && <p className="goal-card__empty">No key results yet.</p>}
      {!readOnly && <AddKeyResultForm goalId={goal.id} goalTitle={goal.title} perform={perform} />}
    </article>
  );
}
