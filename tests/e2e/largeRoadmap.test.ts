import { addItem, moveItem, readRoadmap, systemEnv, type OperationContext } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { openBoardPage } from '../support/boardPage.js';
import { connectProvider } from '../support/connectProvider.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

const e2e = useBrowserAndServer();

const ITEMS = 2_000;
const MOVES = 200;
/** The remote drag's pace: 20 moves a second, as a person dragging (the load, not a wait). */
const MOVE_EVERY_MS = 50;

const asRemote: OperationContext = {
  origin: { kind: 'local-user', userId: 'remote-dragger' },
  env: systemEnv,
};

describe('a large roadmap in Chromium', () => {
  // Regression: found by `npm run bench -- client-frames`. While the page of a 2,000-item
  // roadmap caught up with a fast remote drag, React threw ("maximum update depth") inside Yjs's
  // update event; Yjs's transaction cleanup was cut short and the tab silently stopped sending
  // its own edits. The board view now hears of updates outside Yjs, and of remote ones once a
  // frame (useDocView): it rendered once per remote message before, fell behind the drag by tens
  // of seconds (CI once timed out waiting for the add-item field) and threw along the way.
  it('keeps up with someone dragging fast, throws nothing and still sends the person’s edits', async () => {
    const token = e2e.server.token('admin');
    const board = await api<{ id: string }>(e2e.server.url, token, 'POST', '/api/boards', {
      title: 'Everything we might build',
      kind: 'roadmap',
    });
    const remote = connectProvider(e2e.server.wsUrl, board.body.id, token);
    await remote.synced();
    for (let first = 0; first < ITEMS; first += 250) {
      remote.doc.transact(() => {
        for (let index = first; index < first + 250; index++) {
          addItem(remote.doc, { title: `Idea ${index + 1}` }, asRemote);
        }
      });
    }
    await remote.acknowledged();
    const person = await openBoardPage(
      e2e.browser,
      `${e2e.server.url}/b/${board.body.id}#token=${e2e.server.token('editor', 'Ines Editor')}`,
    );
    await person.saved();

    const dragged = readRoadmap(remote.doc).items[0];
    if (!dragged) throw new Error('The roadmap has no items.');
    for (let move = 0; move < MOVES; move++) {
      const horizon = move % 2 === 0 ? 'next' : 'now';
      moveItem(remote.doc, dragged.id, { lane: dragged.lane, horizon, index: 0 }, asRemote);
      await new Promise((resolve) => setTimeout(resolve, MOVE_EVERY_MS));
    }
    await remote.acknowledged();

    await person.addItem('General', 'Later', 'Typed after the drag');
    await expect
      .poll(
        async () => {
          const stored = await api<{ items: { title: string }[] }>(
            e2e.server.url,
            token,
            'GET',
            `/api/boards/${board.body.id}`,
          );
          return stored.body.items.some((item) => item.title === 'Typed after the drag');
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    await person.saved();
    remote.destroy();
    await person.close();
  });
});
