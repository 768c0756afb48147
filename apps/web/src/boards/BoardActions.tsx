import { VersionsButton } from '../history/VersionsButton';
import { PublishButton } from '../publishing/PublishButton';
import { ExportButton } from '../transfer/ExportButton';

/**
 * The board-wide actions of every board header: export, versions, publishing. Each decides from
 * the open board (useBoardChrome) whether it shows for this person.
 */
export function BoardActions() {
  return (
    <>
      <ExportButton />
      <VersionsButton />
      <PublishButton />
    </>
  );
}
