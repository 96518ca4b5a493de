import { readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { AccountType, ADMIN, admin, expect, signIn, tag, test } from './support';

/** Chooses a file as a person does: the Role file field opens the browser's file chooser. */
async function chooseFile(page: Page, dialog: Locator, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Role file' }).click();
  await (await chooser).setFiles(path);
}

test('the Admin edits a role, finds the version in its History, and compares it with the one before', async ({ page }) => {
  const role = await (await admin()).role(`History Desk ${tag()}`, AccountType.Staff, ['subscriber_module']);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/roles/${role.id}`);
  await expect(page.getByRole('heading', { level: 1, name: role.displayName })).toBeVisible();

  const subscribers = page.getByRole('region', { name: 'Subscriber Management' });
  await subscribers.getByRole('button', { name: 'Show Subscriber Management permissions' }).click();
  await subscribers.getByRole('checkbox', { name: 'Add new subscribers' }).check();
  await page.getByRole('button', { name: 'Save permissions' }).click();
  await expect(page.getByRole('button', { name: 'Save permissions' })).toBeDisabled();

  // Versions: 1 created, 2 the API's first save, 3 this one. The tab is in the URL, so a reload keeps it.
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page).toHaveURL(/\?tab=history$/);
  await page.reload();
  const latest = page.getByRole('article', { name: 'Version 3' });
  await expect(latest).toContainText('by Admin');
  await expect(latest.getByRole('group', { name: 'Subscriber Management' })).toContainText('Add new subscribers');
  await expect(page.getByRole('article', { name: 'Version 2' }).getByRole('group', { name: 'Subscriber Management' })).toContainText(
    'Access subscriber management',
  );

  await latest.getByRole('link', { name: 'Compare with version 2' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare roles' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('a')).toBe(`${role.id}@2`);
  expect(new URL(page.url()).searchParams.get('b')).toBe(`${role.id}@3`);
  const onlyNewer = page.getByRole('region', { name: `Only in ${role.displayName} (version 3)` });
  await expect(onlyNewer.getByRole('group', { name: 'Subscriber Management' })).toHaveText(/Add new subscribers/);
  await expect(page.getByRole('region', { name: `Only in ${role.displayName} (version 2)` })).toContainText('None');
  await expect(page.getByRole('region', { name: 'In both' })).toContainText('Access subscriber management');
});

test('a role exported from its page is imported on the roles list under a new name', async ({ page }, testInfo) => {
  const t = tag();
  const role = await (await admin()).role(`Export Desk ${t}`, AccountType.Staff, ['subscriber_module', 'subscriber_profile']);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/roles/${role.id}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${role.name}.json`);
  const exported = JSON.parse(await readFile(await file.path(), 'utf8'));
  expect(exported).toEqual({
    name: role.name,
    displayName: role.displayName,
    type: AccountType.Staff,
    permissions: ['subscriber_module', 'subscriber_profile'],
  });

  // The same role under another display name: the file a person would edit before importing it elsewhere.
  const copy = testInfo.outputPath('role.json');
  await writeFile(copy, JSON.stringify({ ...exported, displayName: `Imported Desk ${t}` }));

  await page.goto('/roles');
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import roles' });
  await chooseFile(page, dialog, copy);
  const preview = dialog.getByRole('table', { name: 'Roles to import' });
  await expect(preview).toContainText(`branch-importeddesk${t}`);
  await expect(preview).toContainText('Staff');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: `Imported Desk ${t}` })).toBeVisible();
});

test('an import the API refuses shows its reason, naming the role and the key, and creates nothing', async ({ page, consoleWatch }, testInfo) => {
  const t = tag();
  const file = testInfo.outputPath('roles.json');
  await writeFile(
    file,
    JSON.stringify([
      { displayName: `Fine ${t}`, type: AccountType.Staff, permissions: ['subscriber_module'] },
      { displayName: `Bad ${t}`, type: AccountType.Staff, permissions: ['allow_reseller'] },
    ]),
  );
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/roles');
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import roles' });
  await chooseFile(page, dialog, file);
  consoleWatch.allow(/status of 400/);
  await dialog.getByRole('button', { name: 'Import 2 roles' }).click();
  await expect(dialog.getByRole('alert')).toContainText(`branch-bad${t}`);
  await expect(dialog.getByRole('alert')).toContainText('allow_reseller');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('link', { name: `Fine ${t}` })).toHaveCount(0);
});
