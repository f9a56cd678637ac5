import { expect, test } from '@playwright/test';
import { registerNewSeeker, saveProfile } from './register';
import { loggedInPage } from './login';
import { expectNoAccessibilityViolations } from './support';

test('a seeker found by werkgever withdraws employer-search consent and is gone at the employer’s next load', async ({ browser }) => {
  const seekerContext = await browser.newContext();
  const seeker = await seekerContext.newPage();
  await registerNewSeeker(seeker);

  // make the profile fit the demo employer's "zorghulp" vacancy: the occupation's skills, done at work, expert
  await seeker.getByRole('link', { name: 'Mijn profiel bewerken' }).click();
  await seeker.getByLabel('Vanuit een beroep').fill('zorghulp');
  await seeker.getByRole('button', { name: 'Zoek beroep' }).click();
  await seeker.getByRole('button', { name: 'Kies uit de vaardigheden van "zorghulp"' }).first().click();
  // wait for the checklist before asking for the rest: zorghulp has more skills than the first screen shows, and
  // a profile of only the first twelve (the rarest) does not rank among werkgever's 25 candidates
  const checklist = seeker.getByRole('group', { name: 'Vaardigheden om te kiezen' });
  await expect(checklist).toBeVisible();
  await seeker.getByRole('button', { name: /^Toon meer/ }).click();
  const boxes = checklist.getByRole('checkbox');
  for (let i = 0, all = await boxes.count(); i < all; i++) await boxes.nth(i).check();
  await seeker.getByRole('button', { name: 'Toevoegen aan mijn profiel' }).click();
  await seeker.getByRole('button', { name: 'Klaar' }).click();
  const groups = seeker.getByRole('group', { name: /^Vier vragen over/ });
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const card = seeker.locator('li.skill-editor').nth(i);
    await card.getByRole('checkbox', { name: 'Doe ik het al?' }).check();
    await card.getByLabel('Niveau').selectOption('EXPERT');
    await card.getByLabel('Waar komt het vandaan?').selectOption('WORK');
  }
  await saveProfile(seeker);
  await seeker.getByRole('link', { name: 'Terug naar je overzicht' }).click();
  const pseudonym = (await seeker.getByText(/zonder naam als "Kandidaat [0-9A-F]{4}"/).innerText()).match(/Kandidaat [0-9A-F]{4}/)?.[0];
  expect(pseudonym).toBeDefined();

  // werkgever sees the seeker among the candidates of the zorghulp vacancy
  const employer = await loggedInPage(browser, 'werkgever');
  await employer.getByRole('table', { name: 'Mijn vacatures' }).getByRole('link', { name: 'Kandidaten voor zorghulp (demo)' }).click();
  await employer.waitForURL(/\/kandidaten$/);
  // the candidate index follows profile events (Kafka): on a busy machine the saved profile may need a moment
  await expect(async () => {
    await employer.reload();
    await expect(employer.getByRole('heading', { level: 2, name: pseudonym })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });

  // the seeker withdraws: immediate effect
  await seeker.getByRole('link', { name: 'Mijn toestemmingen' }).click();
  await seeker.getByRole('button', { name: 'Intrekken (Werkgevers mogen mij vinden)' }).click();
  await expect(seeker.getByText('Je toestemming is ingetrokken.')).toBeVisible();
  await expect(seeker.getByRole('region', { name: 'Werkgevers mogen mij vinden' })).toContainText('Niet gegeven');
  await expectNoAccessibilityViolations(seeker, 'the consents page after withdrawal');

  await employer.reload();
  await expect(employer.getByText(/kandidaten, de best passende eerst/)).toBeVisible();
  await expect(employer.getByRole('heading', { level: 2, name: pseudonym })).toHaveCount(0);

  await seekerContext.close();
  await employer.context().close();
});
