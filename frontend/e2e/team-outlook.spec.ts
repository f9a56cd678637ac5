import { expect, test, type Browser, type Page } from '@playwright/test';
import { accessToken, loggedInPage } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

/** The worker's own link, read from the mail the local SMTP server received (the administrator's mail API). */
async function linkFromMail(admin: Page, address: string): Promise<string> {
  const auth = { Authorization: `Bearer ${await accessToken(admin)}` };
  let path = '';
  await expect(async () => {
    const response = await admin.request.get('/api/admin/mail', { headers: auth });
    expect(response.status()).toBe(200);
    const mail = ((await response.json()) as { items: { to: string; body: string }[] }).items.find((m) => m.to.includes(address));
    path = /\/teamvragen\/[A-Za-z0-9_-]{43}/.exec(mail?.body ?? '')?.[0] ?? '';
    expect(path, `a link in the mail to ${address}`).not.toBe('');
  }).toPass({ timeout: 30_000 });
  return path;
}

/** A worker without an account opens the link, ticks answers, consents and sends them. */
async function answer(browser: Browser, path: string, ticks: readonly string[], check?: string) {
  const context = await browser.newContext();
  const worker = await context.newPage();
  await worker.goto(path);
  await expect(worker.getByRole('heading', { level: 1, name: 'Vier vragen over de vaardigheden van je team' })).toBeVisible();
  const skills = worker.getByRole('group').filter({ has: worker.getByRole('checkbox', { name: 'Ik kan dit' }) });
  await expect(skills).toHaveCount(2);
  for (const group of await skills.all()) {
    for (const tick of ticks) await group.getByRole('checkbox', { name: tick }).check();
  }
  await worker.getByRole('checkbox', { name: /Ik geef toestemming/ }).check();
  if (check) {
    await expectNoAccessibilityViolations(worker, check);
    await saveScreenshot(worker, 'team-outlook-worker');
  }
  await worker.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await expect(worker.getByRole('status').getByText('Je antwoorden zijn bewaard en tellen mee.')).toBeVisible();
  return { worker, context };
}

test('an employer invites six workers: with four answers the team outlook shows no figure, the fifth makes it appear, a withdrawal takes it away', async ({ browser }) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  const teamName = `Team toekomst e2e ${run}`;
  const addresses = Array.from({ length: 6 }, (_, i) => `medewerker${i + 1}-${run}@voorbeeld.nl`);

  // The employer starts a round of questions from the team gap page, for two skills, in Groot Amsterdam.
  const employer = await loggedInPage(browser, 'werkgever');
  await employer.goto('/werkgever/team');
  await employer.getByRole('link', { name: /Toekomst van je team/ }).click();
  await expect(employer.getByRole('heading', { level: 1, name: 'Toekomst van je team' })).toBeVisible();
  await employer.getByRole('textbox', { name: 'Naam van het team' }).fill(teamName);
  await expect(employer.getByRole('combobox', { name: 'Regio voor de vraag naar vaardigheden' })).toHaveValue('AM18');
  for (const query of ['verzorging', 'medicatie']) {
    const typeahead = employer.getByRole('combobox', { name: 'Vaardigheid toevoegen' });
    await typeahead.fill(query);
    const option = employer.getByRole('listbox').getByRole('option').first();
    await expect(option).toBeVisible();
    await option.click();
  }
  await expect(employer.getByRole('group', { name: 'Vaardigheden waarover je het team vraagt' }).getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expectNoAccessibilityViolations(employer, 'the team outlook start page');
  await employer.getByRole('button', { name: 'Vragenronde starten' }).click();
  await expect(employer.getByRole('heading', { level: 1, name: teamName })).toBeVisible();

  // Six invitations, one mail each.
  await employer.getByRole('textbox', { name: 'E-mailadressen (één per regel)' }).fill(addresses.join('\n'));
  await employer.getByRole('button', { name: 'Uitnodigingen versturen' }).click();
  await expect(employer.getByText('6 uitnodiging(en) verstuurd.')).toBeVisible();
  await expect(employer.getByRole('table', { name: 'Verstuurde uitnodigingen' }).getByRole('row')).toHaveCount(7);

  const admin = await loggedInPage(browser, 'beheer');
  const links: string[] = [];
  for (const address of addresses) links.push(await linkFromMail(admin, address));

  // Four answer: the employer sees how many, and no figure at all.
  const workers = [];
  for (let i = 0; i < 4; i++) {
    workers.push(await answer(browser, links[i] ?? '', i < 2 ? ['Ik doe dit al', 'Ik kan dit'] : ['Ik kan dit', 'Ik wil dit (beter) leren'],
      i === 0 ? 'the worker answer page' : undefined));
  }
  await employer.reload();
  const picture = employer.getByRole('table', { name: 'Vaardigheden van je team en de vraag ernaar' });
  await expect(employer.getByText('4 van de 6 uitgenodigde mensen hebben geantwoord.', { exact: false })).toBeVisible();
  await expect(employer.getByText(/Het beeld verschijnt vanaf 5 antwoorden/)).toBeVisible();
  await expect(picture.getByRole('columnheader', { name: 'Kan het' })).toHaveCount(0);
  await expect(picture.getByText(/ van 4/)).toHaveCount(0);
  await expect(picture.getByRole('columnheader', { name: 'Vraag in Groot Amsterdam' })).toBeVisible();
  await expectNoAccessibilityViolations(employer, 'the team outlook with four answers');

  // The fifth answers: the counts appear (2 do it, all 5 can, "wants to learn" is 3 of 5).
  const fifth = await answer(browser, links[4] ?? '', ['Ik kan dit', 'Ik wil dit (beter) leren']);
  await employer.reload();
  await expect(employer.getByText('5 van de 6 uitgenodigde mensen hebben geantwoord.', { exact: false })).toBeVisible();
  await expect(picture.getByRole('columnheader', { name: 'Kan het' })).toBeVisible();
  const firstRow = picture.getByRole('row').nth(1);
  await expect(firstRow.getByRole('cell', { name: '2 van 5' })).toBeVisible();
  await expect(firstRow.getByRole('cell', { name: '5 van 5' })).toBeVisible();
  await expect(firstRow.getByRole('cell', { name: '3 van 5' })).toBeVisible();
  await expectNoAccessibilityViolations(employer, 'the team outlook with five answers');
  await saveScreenshot(employer, 'team-outlook-five-answers');

  // The fifth withdraws through the same link: back to four, no figure.
  await fifth.worker.getByRole('button', { name: 'Mijn antwoorden intrekken' }).click();
  await expect(fifth.worker.getByRole('status').getByText('Je antwoorden zijn verwijderd en tellen niet meer mee.')).toBeVisible();
  await employer.reload();
  await expect(employer.getByText('4 van de 6 uitgenodigde mensen hebben geantwoord.', { exact: false })).toBeVisible();
  await expect(picture.getByRole('columnheader', { name: 'Kan het' })).toHaveCount(0);

  // Clean up: the round and every link go, so other journeys never see it.
  await employer.getByRole('button', { name: 'Vragenronde verwijderen' }).click();
  await expect(employer.getByRole('heading', { level: 1, name: 'Toekomst van je team' })).toBeVisible();
  await expect(employer.getByRole('link', { name: teamName })).toHaveCount(0);
  const firstWorker = workers[0]?.worker;
  if (!firstWorker) throw new Error('four workers answered');
  await firstWorker.reload();
  await expect(firstWorker.getByRole('heading', { name: 'Deze link werkt niet (meer)' })).toBeVisible();

  for (const w of [...workers, fifth]) await w.context.close();
  await admin.context().close();
  await employer.context().close();
});
