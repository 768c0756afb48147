import { describe, it } from 'vitest';
import { api } from '../support/api.js';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

const e2e = useBrowserAndServer();

/** How quickly an edit must show for the others. */
const LIVE_MS = 1_000;

async function createBoard(token: string, body: object): Promise<string> {
  const created = await api<{ id: string }>(e2e.server.url, token, 'POST', '/api/boards', body);
  return created.body.id;
}

async function open(boardId: string, name: string): Promise<BoardPage> {
  const token = e2e.server.token('editor', name);
  const page = await openBoardPage(e2e.browser, `${e2e.server.url}/b/${boardId}#token=${token}`);
  await page.saved();
  return page;
}

describe('a planning session: a PM, an engineer and a marketer in three browsers', () => {
  it('set the vision and goals and sketch a persona, each seeing the others live', async () => {
    const admin = e2e.server.token('admin');
    const strategyId = await createBoard(admin, { kind: 'strategy', title: 'Cairn strategy' });
    const personasId = await createBoard(admin, { kind: 'personas', title: 'Who we serve' });

    const pm = await open(strategyId, 'Priya (PM)');
    const engineer = await open(strategyId, 'Emeka (engineering)');
    const marketer = await open(personasId, 'Mara (marketing)');

    const vision = pm.page.getByRole('textbox', { name: 'Vision', exact: true });
    await vision.fill('Every product team plans in one live, open place.');
    await vision.press('Control+Enter');
    const seen = await engineer.page
      .getByRole('textbox', { name: 'Vision', exact: true })
      .elementHandle();
    await engineer.page.waitForFunction(
      (field) =>
        (field as { value?: string } | null)?.value ===
        'Every product team plans in one live, open place.',
      seen,
      { timeout: LIVE_MS },
    );

    const addGoal = engineer.page.getByLabel('Add a goal');
    await addGoal.fill('Halve time from idea to launch');
    await addGoal.press('Enter');
    await pm.page
      .getByRole('article', { name: 'Goal: Halve time from idea to launch' })
      .waitFor({ timeout: LIVE_MS });

    // The marketer sketches a persona from an interview quote; the PM opens the board and sees it.
    await marketer.page.getByLabel('Persona name').fill('Dana, the data analyst');
    await marketer.page
      .getByLabel('From the quote (optional)')
      .fill('I rebuild the roadmap deck every week.');
    await marketer.page.getByLabel('Source').fill('Interview, Acme');
    await marketer.page.getByRole('button', { name: 'Add persona' }).click();
    const pmOnPersonas = await open(personasId, 'Priya (PM)');
    await pmOnPersonas.page
      .getByRole('button', { name: 'Open persona Dana, the data analyst' })
      .waitFor({ timeout: LIVE_MS });
    await marketer.page.getByLabel('Persona name').fill('Sam, the support lead');
    await marketer.page.getByRole('button', { name: 'Add persona' }).click();
    await pmOnPersonas.page
      .getByRole('button', { name: 'Open persona Sam, the support lead' })
      .waitFor({ timeout: LIVE_MS });

    for (const page of [pm, engineer, marketer, pmOnPersonas]) await page.saved();
    for (const page of [pm, engineer, marketer, pmOnPersonas]) await page.close();
  });
});
