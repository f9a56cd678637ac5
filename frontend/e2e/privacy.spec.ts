import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { newSeekerPassword, registerNewSeeker } from './register';
import { logInAs, signInAtProvider } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

interface Exported {
  readonly '@context': Record<string, unknown>;
  readonly profile: { readonly '@id': string; readonly skills: readonly { readonly skill: { readonly '@id': string } }[] } | null;
}

/** On "Mijn gegevens": downloads the export and checks it is JSON-LD with the skills as ESCO URIs. */
async function downloadExport(page: Page): Promise<Exported> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Gegevens downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^vaardig-mijn-gegevens-\d{4}-\d{2}-\d{2}\.jsonld$/);
  await expect(page.getByText(/^Klaar: je gegevens staan in het bestand/)).toBeVisible();
  const exported = JSON.parse(await readFile(await download.path(), 'utf-8')) as Exported;
  expect(exported['@context']['esco']).toBe('http://data.europa.eu/esco/model#');
  expect(exported.profile).not.toBeNull();
  expect(exported.profile!.skills.length).toBeGreaterThan(0);
  expect(exported.profile!.skills[0]!.skill['@id']).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
  return exported;
}

test('the demo seeker downloads her data as JSON-LD and sees who viewed it (without deleting anything)', async ({ page }) => {
  await logInAs(page, 'werkzoekende');
  await page.goto('/werkzoekende/gegevens');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
  await expectNoAccessibilityViolations(page, 'Mijn gegevens');

  await downloadExport(page);

  // the download itself is in the trail, newest first, with a Dutch time
  const trail = page.getByRole('table', { name: /^Logboek van je gegevens, nieuwste eerst/ });
  const newest = trail.getByRole('row').nth(1);
  await expect(newest).toContainText('Gegevens gedownload');
  await expect(newest).toContainText('Jijzelf');
  await expect(newest.locator('time')).toHaveText(/^\d{1,2} [a-z]{3}\.? \d{4}(,| om) \d{2}:\d{2}$/);
  // in plain words: no internal ids, no region or purpose codes, no "skills=67"
  await expect(trail).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
  await expect(trail).not.toContainText(/skills=|\bAM\d{2}\b|\b[A-Z]{2,}_[A-Z_]+\b/);

  // the erasure step explains itself, and cancelling leaves everything in place
  await page.getByRole('button', { name: 'Account verwijderen…' }).click();
  await expect(page.getByText('Dit kun je niet ongedaan maken.')).toBeVisible();
  await expect(page.getByLabel('Typ VERWIJDEREN om te bevestigen')).toBeFocused();
  await expectNoAccessibilityViolations(page, 'the erasure confirmation');
  await saveScreenshot(page, 'privacy-mijn-gegevens');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('button', { name: 'Account verwijderen…' })).toBeVisible();
});

test('a registered seeker deletes the account: signed out, cannot log in again, gone from employer search', async ({ page }) => {
  const seeker = await registerNewSeeker(page);
  const password = newSeekerPassword;
  await page.goto('/werkzoekende/gegevens');
  const exported = await downloadExport(page);
  const code = exported.profile!['@id'].replace('urn:uuid:', '').slice(0, 4).toUpperCase();

  await page.getByRole('button', { name: 'Account verwijderen…' }).click();
  await page.getByLabel('Typ VERWIJDEREN om te bevestigen').fill('verwijder');
  await page.getByRole('button', { name: 'Account definitief verwijderen' }).click();
  await expect(page.getByText('Typ precies VERWIJDEREN om je account te verwijderen.')).toBeVisible();
  await page.getByLabel('Typ VERWIJDEREN om te bevestigen').fill('VERWIJDEREN');
  await page.getByRole('button', { name: 'Account definitief verwijderen' }).click();

  // signed out through the provider, back on the start page, which confirms the erasure
  await page.waitForURL((url) => url.pathname === '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Je account is verwijderd' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Inloggen' })).toBeEnabled();
  await expectNoAccessibilityViolations(page, 'the erasure confirmation page');

  // the account is gone: the provider refuses the login
  await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
  await signInAtProvider(page, seeker.username, password);
  await expect(page.getByRole('alert')).toContainText('Onbekende gebruikersnaam of onjuist wachtwoord');

  // and no employer finds the profile any more
  await page.context().clearCookies();
  await logInAs(page, 'werkgever');
  await page.getByRole('table', { name: 'Mijn vacatures' }).getByRole('link', { name: 'Kandidaten voor zorghulp (demo)' }).click();
  await expect(page.getByText(/kandidaten, de best passende eerst/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `Kandidaat ${code}` })).toHaveCount(0);
});
