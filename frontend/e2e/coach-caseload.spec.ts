import { expect, test, type Page } from '@playwright/test';
import { loggedInPage } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

/** Pages through the caseload until the row of `label` shows, and opens it. */
async function openFromCaseload(page: Page, label: string): Promise<void> {
  const link = page.getByRole('table', { name: 'Caseload' }).getByRole('link', { name: label, exact: true });
  for (let pageNo = 0; pageNo < 50; pageNo++) {
    await expect(page.getByText(/kandidaten op je caseload/)).toBeVisible();
    if ((await link.count()) > 0) {
      await link.click();
      return;
    }
    const next = page.getByRole('button', { name: 'Volgende pagina' });
    await expect(next).toBeEnabled();
    await next.click();
  }
  throw new Error(`${label} not on the caseload`);
}

test('a jobcoach proposes a person of the caseload, the person agrees, the employer sees it, the coach records the outcome', async ({ browser }) => {
  test.setTimeout(240_000);

  // the demo job seeker learns her pseudonym on her proposals page (the coach sees her only under it)
  const seeker = await loggedInPage(browser, 'werkzoekende');
  await seeker.goto('/werkzoekende/voorstellen');
  await expect(seeker.getByRole('heading', { level: 1, name: 'Voorstellen van je jobcoach' })).toBeVisible();
  const pseudonym = await seeker.getByText(/Jobcoaches en werkgevers zien je als Kandidaat [0-9A-F]{4}/).textContent();
  const label = /Kandidaat [0-9A-F]{4}/.exec(pseudonym ?? '')?.[0] ?? '';
  expect(label).not.toBe('');
  await expectNoAccessibilityViolations(seeker, 'the job seeker’s proposals page');

  // the AM18 coach finds her on the caseload and opens her file
  const coach = await loggedInPage(browser, 'jobcoach');
  await coach.getByRole('link', { name: 'Naar je caseload' }).click();
  await coach.waitForURL('**/jobcoach/caseload');
  await expect(coach.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
  await expectNoAccessibilityViolations(coach, 'the caseload');
  await openFromCaseload(coach, label);
  await coach.waitForURL(/\/jobcoach\/kandidaten\/[0-9a-f-]+$/);
  const filePath = new URL(coach.url()).pathname;
  await expect(coach.getByRole('heading', { level: 1, name: `Dossier ${label}` })).toBeVisible();
  await expect(coach.getByRole('heading', { level: 2, name: 'Passende vacatures' })).toBeVisible();
  expect(await coach.locator('.result-card').count()).toBeGreaterThan(0);
  await expectNoAccessibilityViolations(coach, 'the candidate file');

  // a note: an empty one is refused at the field, a real one is listed
  await coach.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(coach.locator('#note-text-error')).toHaveText('Schrijf een notitie.');
  const note = `Gesprek gehad over wijkzorg ${Date.now()}`;
  await coach.getByLabel('Nieuwe notitie').fill(note);
  await coach.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(coach.getByText(note)).toBeVisible();

  // propose her for one of Zorggroep Amstelland's vacancies among her matches
  const vacancySelect = coach.getByLabel('Vacature', { exact: true });
  const option = vacancySelect.locator('option', { hasText: 'Zorggroep Amstelland' }).first();
  const optionText = (await option.textContent()) ?? '';
  const vacancyTitle = optionText.split(' — ')[0] ?? '';
  expect(vacancyTitle).not.toBe('');
  await vacancySelect.selectOption({ label: optionText });
  await coach.getByLabel('Toelichting voor de werkgever').fill('Betrouwbaar, ervaren in de zorg.');
  await coach.getByRole('button', { name: 'Voorstel doen' }).click();
  await expect(coach.getByText(`Voorstel voor “${vacancyTitle}” verstuurd`)).toBeVisible();
  const proposalCard = coach.locator('li.card').filter({ has: coach.getByRole('heading', { level: 3, name: `${vacancyTitle} — Zorggroep Amstelland` }) });
  await expect(proposalCard.getByText('wacht op de kandidaat')).toBeVisible();
  await saveScreenshot(coach, 'coach-candidate-file');

  // the employer sees nothing yet
  const employer = await loggedInPage(browser, 'werkgever');
  await employer.getByRole('link', { name: 'Voorstellen van jobcoaches' }).click();
  await employer.waitForURL('**/werkgever/voorstellen');
  await expect(employer.getByRole('heading', { level: 1, name: 'Voorstellen van jobcoaches' })).toBeVisible();
  const sharedName = `Fatima E2E ${Date.now()}`;
  await expect(employer.getByText(sharedName)).toHaveCount(0);

  // she agrees and shares her name
  await seeker.reload();
  const card = seeker.locator('li.card').filter({ has: seeker.getByRole('heading', { level: 2, name: `${vacancyTitle} — Zorggroep Amstelland` }) })
    .filter({ hasText: 'wacht op de kandidaat' });
  await expect(card).toHaveCount(1);
  // the name the platform has is prefilled (issue 18); emptied, agreeing is refused at the field
  const nameField = card.getByLabel('Je naam');
  await expect(nameField).not.toHaveValue('');
  await nameField.fill('');
  await card.getByRole('button', { name: 'Instemmen en gegevens delen' }).click();
  await expect(card.getByText('Vul je naam in om in te stemmen.')).toBeVisible();
  await card.getByLabel('Je naam').fill(sharedName);
  await card.getByLabel('E-mailadres').fill('fatima.e2e@example.nl');
  await expectNoAccessibilityViolations(seeker, 'the share form');
  await card.getByRole('button', { name: 'Instemmen en gegevens delen' }).click();
  await expect(seeker.getByText(`Je deelde je gegevens (naam: ${sharedName}) met Zorggroep Amstelland.`)).toBeVisible();

  // now the employer sees the proposal with her name, e-mail and the coach's note
  await employer.reload();
  const incoming = employer.locator('li.card').filter({ hasText: sharedName });
  await expect(incoming.getByRole('heading', { level: 2 })).toHaveText(`${sharedName} — ${vacancyTitle}`);
  await expect(incoming.getByRole('link', { name: 'fatima.e2e@example.nl' })).toBeVisible();
  await expect(incoming.getByText('Betrouwbaar, ervaren in de zorg.')).toBeVisible();
  await expectNoAccessibilityViolations(employer, 'the employer’s incoming proposals');
  await saveScreenshot(employer, 'employer-proposals');

  // the coach records the outcome "gesprek"
  await coach.reload();
  const agreed = coach.locator('li.card').filter({ has: coach.getByRole('heading', { level: 3, name: `${vacancyTitle} — Zorggroep Amstelland` }) })
    .filter({ hasText: 'voorgesteld aan de werkgever' }).first();
  await agreed.getByLabel('Uitkomst vastleggen').selectOption({ label: 'gesprek' });
  await agreed.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(agreed.getByText('Uitkomst: gesprek')).toBeVisible();
  await expectNoAccessibilityViolations(coach, 'the candidate file after the outcome');

  // the Rijnmond coach cannot open her file: it answers as if she did not exist
  const rijnmond = await loggedInPage(browser, 'jobcoach-rijnmond');
  await rijnmond.goto(filePath);
  await expect(rijnmond.getByRole('alert')).toContainText('Het dossier kon niet worden geladen');
  await expect(rijnmond.getByRole('alert')).toContainText('404');
  await expect(rijnmond.getByText(label)).toHaveCount(0);
});
