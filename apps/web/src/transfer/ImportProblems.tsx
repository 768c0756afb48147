import { problemText, type ImportProblem } from './transferResponses';

/** Problems listed at most; the rest are counted. A file with thousands of bad rows stays usable. */
const SHOWN = 100;

/** The rows the server refused, worded "Row 12, Due date: …", as plain text. */
export function ImportProblems({ problems }: { readonly problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  const hidden = problems.length - SHOWN;
  return (
    <ul className="import-problems" aria-label="Problems in the file">
      {problems.slice(0, SHOWN).map((problem, index) => (
        // Problems have no identity of their own; the list is replaced as a whole.
        <li key={index} dir="auto">
          {problemText(problem)}
        </li>
      ))}
      {hidden > 0 && <li>…and {hidden} more.</li>}
    </ul>
  );
}
