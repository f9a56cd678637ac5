import { expect, test } from '@playwright/test';
import { fillRegistrationForm, freshUsername, giveFirstConsents } from './register';
import { logInAs } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

// Issue 19, "Mijn toekomst": the seeker's answered skills placed by the demand trend in their region. The demo seeker
// enjoys an office skill (ADMINISTRATIE, −25 % a year in the SYNTHETIC history) and wants to learn an ICT skill (+25 %);
// in that history each sector's number of vacancies follows its own trend, so in Groot Amsterdam the office skill
// shrinks and the ICT skill grows beyond the classifier's counting noise (DemoDataTest checks this over a year of start
// days). In `./vaardig test` the history is small but concentrated on her region and these two sectors
// (application-it.yml), so the same holds there (docs/lmi.md).

const tableName = 'Je vaardigheden en de vraag ernaar (tabel)';

test('the demo seeker sees her office skill shrinking and her ICT wish growing, with advice and a route for the wish', async ({ page }) => {
  test.setTimeout(600_000);
  await logInAs(page, 'werkzoekende');
  await page.getByRole('link', { name: 'Mijn toekomst: vraag naar je vaardigheden' }).click();
  await page.waitForURL((url) => url.pathname === '/werkzoekende/toekomst');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn toekomst' })).toBeVisible();

  // Against `./vaardig run` the synthetic history loads in the background after the start (minutes on a busy machine):
  // until it has committed no skill has a figure. Reload until both of hers have one (in the tests it is there at once).
  const table = page.getByRole('table', { name: tableName });
  const office = table.getByRole('row').filter({ hasText: 'geeft energie' }).filter({ hasText: 'doe ik' });
  const wish = table.getByRole('row').filter({ hasText: 'wil ik leren' });
  await expect(async () => {
    await page.reload();
    await expect(office.getByRole('cell').nth(2)).toHaveText(/^[−+]?\d+ %$/, { timeout: 5_000 });
    await expect(wish.getByRole('cell').nth(2)).toHaveText(/^[−+]?\d+ %$/, { timeout: 5_000 });
  }).toPass({ timeout: 480_000, intervals: [2_000, 5_000, 10_000] });

  // one shrinking skill (a fall) and one growing skill (a rise), in the table as in the plot
  await expect(office).toHaveCount(1);
  await expect(wish).toHaveCount(1);
  await expect(office.getByRole('cell').nth(1)).toHaveText('krimpt');
  await expect(office.getByRole('cell').nth(2)).toHaveText(/^−\d+ %$/);
  await expect(wish.getByRole('cell').nth(1)).toHaveText('groeit');
  await expect(wish.getByRole('cell').nth(2)).toHaveText(/^\+\d+ %$/);
  // the prognosis column: a figure with its interval where the history is long enough (./vaardig run), else said so
  await expect(wish.getByRole('cell').nth(3)).toHaveText(/^(geen prognose|[−+]?\d+ %.*interval.*)$/);
  const wanted = (await wish.getByRole('rowheader').innerText()).trim();
  const enjoyed = (await office.getByRole('rowheader').innerText()).trim();
  await expect(page.getByText('Hoe de vraag naar je vaardigheden zich in Groot Amsterdam ontwikkelt', { exact: false })).toBeVisible();
  const advice = page.getByRole('region', { name: 'Advies' });
  await expect(advice.getByRole('listitem').filter({ hasText: wanted }).filter({ hasText: 'groeit' })).toHaveCount(1);
  await expect(advice.getByRole('listitem').filter({ hasText: enjoyed }).filter({ hasText: 'krimpt' })).toHaveCount(1);
  await expect(page.getByRole('img', { name: /^Stippengrafiek/ })).toBeVisible();

  // the learning routes for the growing skill she wants to learn: the demo ICT course
  const routes = page.getByRole('region', { name: 'Leerroutes voor groeiende vaardigheden' });
  await expect(routes.getByRole('listitem').filter({ hasText: wanted }).filter({ hasText: 'Demo ICT-academie (demo)' })).toHaveCount(1);
  await expect(page.getByText('Gebaseerd op SYNTHETISCHE demonstratiegegevens.')).toBeVisible();

  await saveScreenshot(page, 'outlook-demo-seeker');
  await expectNoAccessibilityViolations(page, 'my outlook with the history loaded');
});

test('a new seeker who has answered nothing yet is told what to do', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('banner').getByRole('button', { name: 'Registreren' }).click();
  await fillRegistrationForm(page, freshUsername());
  await giveFirstConsents(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL((url) => url.pathname === '/werkzoekende/profiel');

  await page.goto('/werkzoekende/toekomst');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn toekomst' })).toBeVisible();
  await expect(page.getByText('Je hebt nog bij geen enkele vaardigheid aangegeven of je die doet, kunt, wilt leren of er energie van krijgt.', { exact: false })).toBeVisible();
  await expect(page.getByRole('table', { name: tableName })).toHaveCount(0);
  await saveScreenshot(page, 'outlook-no-answers');
  await expectNoAccessibilityViolations(page, 'my outlook without answers');
});
