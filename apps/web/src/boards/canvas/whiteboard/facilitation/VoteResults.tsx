import type { VoteResult } from '@cairn/model';
import { useValue, type Editor } from 'tldraw';
import { plural } from './plural';
import { shapeTextById } from './votableShapes';

interface VoteResultsProps {
  readonly editor: Editor;
  /** Ranked by the server (most dots first, ties by shape id), so every client lists the same. */
  readonly results: readonly VoteResult[];
}

/** The revealed vote as a ranked list: rank, dots and each shape's text, as plain text. */
export function VoteResults({ editor, results }: VoteResultsProps) {
  const texts = useValue(
    'vote result texts',
    () => results.map((result) => shapeTextById(editor, result.shapeId)),
    [editor, results],
  );
  return (
    <section className="vote-results" aria-label="Results">
      <h3 className="vote-results__title">Results</h3>
      {results.length === 0 ? (
        <p className="vote-results__none">Nobody placed a dot.</p>
      ) : (
        <ol className="vote-results__list">
          {results.map((result, index) => (
            <li key={result.shapeId} className="vote-results__entry">
              <span className="vote-results__rank">#{result.rank}</span>{' '}
              <span className="vote-results__dots">{plural(result.dots, 'dot', 'dots')}</span>{' '}
              <span className="vote-results__text" dir="auto">
                {texts[index]}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
