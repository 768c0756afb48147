import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signUpByApi, signUpInContext } from '../support/accounts.js';
import { api } from '../support/api.js';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

/** How quickly a revoked link must end the guest's access (the server closes sockets at once). */
const AT_ONCE_MS = 3_000;

const e2e = useBrowserAndServer();

/** A markup-looking naughty string that the server accepts as a name (1–100, no controls). */
function hostileName(): string {
  const name = naughtyStrings()
    .map((raw) => raw.trim())
    .find(
      (text) =>
        /<script|onerror=/i.test(text) &&
        [...text].length <= 100 &&
        // eslint-disable-next-line no-control-regex
        !/[\u0000-\u001f\u007f-\u009f]/.test(text),
    );
  if (name === undefined) throw new Error('No markup string among the naughty strings.');
  return name;
}

/** Signs in on the page's sign-in form; the caller checks where it lands. */
async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Marks the page, so a later check can tell that it was not reloaded. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as { __cairnMark?: boolean }).__cairnMark = true;
  });
}

async function stillMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as { __cairnMark?: boolean }).__cairnMark === true);
}

describe('accounts, share links and sessions in Chromium', () => {
  it('signs up the first admin, shares a read-only link, revokes it live, and signs in again', async () => {
    const name = hostileName();
    const email = 'ana@example.com';
    const password = 'correct horse battery';
    const ana: BoardPage = await openBoardPage(e2e.browser, `${e2e.server.url}/`);
    const { page } = ana;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    // Signed out: the sign-in page, with the way to sign up.
    await page.waitForURL(/\/signin$/);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL(/\/signup$/);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign up' }).click();

    // The first account is the workspace admin; its name is text, never markup.
    const account = page.getByRole('button', { name: /^Account: / });
    await account.waitFor();
    expect(await page.locator('.app-bar__name').first().textContent()).toBe(name);
    expect(await page.locator('.app-bar__role').first().textContent()).toBe('admin');
    await page.getByRole('link', { name: 'Members' }).waitFor();

    await page.getByLabel('Kind').selectOption('roadmap');
    await page.getByLabel('Board title').fill('Exec roadmap');
    await page.getByRole('button', { name: 'Create board' }).click();
    await page.waitForURL(/\/b\/[0-9A-Za-z]+$/);
    await ana.saved();
    const boardId = new URL(page.url()).pathname.split('/').pop() ?? '';

    // A commenter link, made in the Share dialog.
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByLabel('Name (optional)').fill('Exec review');
    await page.getByLabel('Role', { exact: true }).selectOption('commenter');
    await page.getByRole('button', { name: 'Create link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toMatch(new RegExp(`/b/${boardId}#link=cairnlink_`));
    const listed = page.locator('[data-testid="share-link"]').filter({ hasText: 'Exec review' });
    await listed.getByText('Active').waitFor();
    expect(await listed.locator('bdi').textContent()).toBe(name);
    await page.keyboard.press('Escape');

    // Someone signed out opens it: they read the board live but cannot change it.
    const guest = await openBoardPage(e2e.browser, link);
    await guest.saved();
    expect(new URL(guest.page.url()).hash).toBe('');
    await guest.page.getByText('View only').waitFor();
    await guest.page.getByText('Exec review (guest)').first().waitFor();
    expect(await guest.page.getByLabel('Add item to General / Now').count()).toBe(0);
    await ana.addItem('General', 'Now', 'Board pack');
    await guest.card('Board pack').waitFor();

    // Revoking the link ends the guest's access at once, without a reload.
    await markPage(guest.page);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Revoke Exec review' }).click();
    await listed.getByText('Revoked').waitFor();
    await page.keyboard.press('Escape');
    await guest.page
      .getByRole('heading', { name: 'You no longer have access to this board' })
      .waitFor({ timeout: AT_ONCE_MS });
    expect(await stillMarked(guest.page)).toBe(true);
    expect(await guest.page.getByText('Board pack').count()).toBe(0);

    // Sign out, then come back to the board through the sign-in page.
    await account.click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/signin$/);
    await page.goto(`${e2e.server.url}/b/${boardId}`);
    await page.waitForURL(/\/signin\?next=/);
    await signIn(page, email, 'not the password');
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }).waitFor();
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(new RegExp(`/b/${boardId}$`));
    await ana.card('Board pack').waitFor();

    expect(
      await page.evaluate(() => (globalThis as { __cairnXss?: number }).__cairnXss),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    await guest.close();
    await ana.close();
  });

  it('follows access live: a link keeps a person themselves; member added, promoted, removed; signed out everywhere', async () => {
    // Not the first account whatever runs before, so nobody below is a workspace admin by chance.
    await signUpByApi(e2e.server.url, {
      email: 'first@example.com',
      name: 'First Person',
      password: 'first person password',
    }).catch(() => undefined);
    const admin = e2e.server.token('admin', 'Workspace Admin');
    const board = await api<{ id: string }>(e2e.server.url, admin, 'POST', '/api/boards', {
      title: 'Members roadmap',
      kind: 'roadmap',
    });
    const boardId = board.body.id;
    const boardUrl = `${e2e.server.url}/b/${boardId}`;

    const danaContext = await e2e.browser.newContext();
    await signUpInContext(e2e.server, danaContext, {
      email: 'dana@example.com',
      name: 'Dana Board-Admin',
      password: 'dana password 123',
    });
    const added = await api(e2e.server.url, admin, 'POST', `/api/boards/${boardId}/members`, {
      email: 'dana@example.com',
      role: 'admin',
    });
    expect(added.status).toBe(201);
    const bobContext = await e2e.browser.newContext();
    const bobId = await signUpInContext(e2e.server, bobContext, {
      email: 'bob@example.com',
      name: 'Bob Member',
      password: 'bob password 123',
    });
    expect(bobId).toMatch(/^u_/);

    // Bob has no role on the board yet: it does not even show as existing.
    const bob = await bobContext.newPage();
    await bob.goto(boardUrl);
    await bob.getByRole('heading', { name: 'Board not found' }).waitFor();

    // A share link lets Bob in, still as himself: the link only adds its role.
    const shared = await api<{ secret: string }>(
      e2e.server.url,
      admin,
      'POST',
      `/api/boards/${boardId}/share-links`,
      { role: 'viewer', label: 'For Bob' },
    );
    const viaLink = await bobContext.newPage();
    await viaLink.goto(`${boardUrl}#link=${shared.body.secret}`);
    await viaLink
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await viaLink.getByText('View only').waitFor();
    await viaLink.getByRole('button', { name: 'Account: Bob Member' }).waitFor();
    expect(await viaLink.getByText('For Bob (guest)').count()).toBe(0);
    await viaLink.close();

    // Dana, a board admin, adds Bob as a viewer in the Share dialog's Members tab.
    const dana = await danaContext.newPage();
    await dana.goto(boardUrl);
    await dana
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await dana.getByRole('button', { name: 'Share' }).click();
    await dana.getByRole('tab', { name: 'Members' }).click();
    await dana.getByLabel('Email').fill('nobody@example.com');
    await dana.getByRole('button', { name: 'Add member' }).click();
    await dana.getByRole('alert').filter({ hasText: 'No account with that email' }).waitFor();
    await dana.getByLabel('Email').fill('bob@example.com');
    await dana.getByLabel('Their role').selectOption('viewer');
    await dana.getByRole('button', { name: 'Add member' }).click();
    const bobsRole = dana.getByLabel('Role of Bob Member');
    await bobsRole.waitFor();

    await bob.goto(boardUrl);
    await bob
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await bob.getByText('View only').waitFor();
    await markPage(bob);

    // Promoted to editor: Bob's open page becomes editable, without a reload.
    await bobsRole.selectOption('editor');
    await bob.getByLabel('Add item to General / Now').waitFor({ timeout: AT_ONCE_MS });
    expect(await bob.getByText('View only').count()).toBe(0);
    expect(await stillMarked(bob)).toBe(true);

    // Removed: Bob's page says so at once.
    await dana.getByRole('button', { name: 'Remove Bob Member' }).click();
    await bob
      .getByRole('heading', { name: 'You no longer have access to this board' })
      .waitFor({ timeout: AT_ONCE_MS });
    expect(await stillMarked(bob)).toBe(true);

    // Signing out everywhere from another tab ends Dana's open board too.
    await dana.keyboard.press('Escape');
    await markPage(dana);
    const danaElsewhere = await danaContext.newPage();
    await danaElsewhere.goto(`${e2e.server.url}/`);
    await danaElsewhere.getByRole('button', { name: 'Account: Dana Board-Admin' }).click();
    await danaElsewhere.getByRole('button', { name: 'Sign out everywhere' }).click();
    await danaElsewhere.waitForURL(/\/signin$/);
    await dana
      .getByRole('heading', { name: 'You no longer have access to this board' })
      .waitFor({ timeout: AT_ONCE_MS });
    expect(await stillMarked(dana)).toBe(true);

    // A workspace admin gives Bob a workspace role on the Members page.
    const adminPage = await openBoardPage(e2e.browser, `${e2e.server.url}/members#token=${admin}`);
    await adminPage.page.getByLabel('Workspace role of Bob Member').selectOption('viewer');
    await expect
      .poll(async () => {
        const members = await api<{ id: string; role: string | null }[]>(
          e2e.server.url,
          admin,
          'GET',
          '/api/members',
        );
        return members.body.find((member) => member.id === bobId)?.role;
      })
      .toBe('viewer');
    await adminPage.close();
    await danaContext.close();
    await bobContext.close();
  });
});
