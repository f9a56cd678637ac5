import { expect, test } from '@playwright/test';
import { fillRegistrationForm, freshUsername, giveFirstConsents } from './register';
import { account, expectNoAccessibilityViolations, logInAs, saveScreenshot } from './support';

// Issue 19, "Mijn toekomst": the seeker's answered skills placed by the demand trend in their region. The demo seeker
// enjoys an office skill (ADMINISTRATIE, −10 % a year in the SYNTHETIC history) and wants to learn an ICT skill (+25 %).
// Measured on the local profile's history (200,000 vacancies over 4 years) their year-on-year change in Groot Amsterdam
// is about −20 % and +14 % on 84–555 vacancies: within or just at the classifier's 2σ counting noise, so whether they
// read "krimpt"/"groeit" or "stabiel" depends on the day of the first start. This journey therefore checks what holds
// on every start: both are placed with a figure once the history has loaded, the ICT wish with a rise (its standard
// error is about 6 points) (docs/lmi.md).

const tableName = 'Je vaardigheden en de vraag ernaar (tabel)';

test('the demo seeker sees her office skill and her ICT wish placed with this year\'s change, with advice', async ({ page }) => {
  // The integration build's history (application-it.yml: 2 years, 4,000 vacancies) is too small for any figure on one
  // skill in one region; BrowserJourneysIT says so. Against `./vaardig run` (local profile) this journey runs.
  test.skip(process.env.VAARDIG_E2E_SMALL_LMI_HISTORY === 'true', 'the integration build loads a synthetic history too small for a trend per skill');
  test.setTimeout(600_000);
  await logInAs(page, account('werkzoekende'));
  await page.getByRole('link', { name: 'Mijn toekomst: vraag naar je vaardigheden' }).click();
  await page.waitForURL((url) => url.pathname === '/werkzoekende/toekomst');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn toekomst' })).toBeVisible();

  // The synthetic history loads in the background after the start (2 minutes measured on the busy machine): until
  // it has committed no skill has a figure. Reload until both of hers have one.
  const table = page.getByRole('table', { name: tableName });
  const office = table.getByRole('row').filter({ hasText: 'geeft energie' }).filter({ hasText: 'doe ik' });
  const wish = table.getByRole('row').filter({ hasText: 'wil ik leren' });
  await expect(async () => {
    await page.reload();
    await expect(office.getByRole('cell').last()).toHaveText(/^[−+]?\d+ %$/, { timeout: 5_000 });
    await expect(wish.getByRole('cell').last()).toHaveText(/^\+\d+ %$/, { timeout: 5_000 });
  }).toPass({ timeout: 480_000, intervals: [2_000, 5_000, 10_000] });

  await expect(office).toHaveCount(1);
  await expect(wish).toHaveCount(1);
  const wanted = (await wish.getByRole('rowheader').innerText()).trim();
  await expect(page.getByText('Hoe de vraag naar je vaardigheden zich in Groot Amsterdam ontwikkelt', { exact: false })).toBeVisible();
  const advice = page.getByRole('region', { name: 'Advies' });
  await expect(advice.getByRole('listitem').filter({ hasText: wanted })).toHaveCount(1);
  await expect(page.getByRole('img', { name: /^Stippengrafiek/ })).toBeVisible();
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
