import { expect, test, type Page } from '@playwright/test';
import { accessToken, loggedInPage } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

/** Switches the given notifications on at the settings page, through the header link. */
async function optIn(page: Page, address: string, kinds: readonly string[]) {
  await page.getByRole('link', { name: 'E-mailmeldingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E-mailmeldingen' })).toBeVisible();
  await page.getByRole('textbox', { name: 'E-mailadres voor meldingen' }).fill(address);
  for (const kind of kinds) await page.getByRole('checkbox', { name: kind }).check();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Je e-mailmeldingen zijn bewaard.')).toBeVisible();
}

/** The administrator's list of what the local SMTP server received: the mail to `address`, opened. */
async function openMailTo(admin: Page, address: string, subject: RegExp) {
  const mail = admin.getByRole('listitem').filter({ hasText: `aan ${address}` }).filter({ hasText: subject });
  await expect(async () => {
    await admin.getByRole('button', { name: 'Opnieuw laden' }).click();
    await expect(mail).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await mail.locator('summary').click();
  return mail;
}

test('an employer invites, the job seeker receives the e-mail on the local SMTP server and accepts with her name prefilled', async ({ browser }) => {
  const run = Date.now().toString(36);
  const title = `Helpende e-mail e2e ${run}`;
  const seekerAddress = `sanne-${run}@voorbeeld.nl`;
  const employerAddress = `werkgever-${run}@voorbeeld.nl`;

  // The job seeker switches invitation mail on (off by default).
  const seeker = await loggedInPage(browser, 'werkzoekende');
  await seeker.getByRole('link', { name: 'E-mailmeldingen' }).click();
  await expect(seeker.getByRole('checkbox', { name: 'een uitnodiging van een werkgever' })).not.toBeChecked();
  await optIn(seeker, seekerAddress, ['een uitnodiging van een werkgever']);
  await expectNoAccessibilityViolations(seeker, 'the e-mail notification settings');
  await saveScreenshot(seeker, 'email-settings');
  const mine = await seeker.request.get('/api/me/invitations', { headers: { Authorization: `Bearer ${await accessToken(seeker)}` } });
  expect(mine.status()).toBe(200);
  const me = (await mine.json()) as { candidate: { id: string; label: string } };

  // The employer asks for answers by mail, posts a vacancy in Groot Amsterdam and invites her.
  const employer = await loggedInPage(browser, 'werkgever');
  await optIn(employer, employerAddress, ['een antwoord op je uitnodiging of voorstel']);
  const auth = { Authorization: `Bearer ${await accessToken(employer)}` };
  const created = await employer.request.post('/api/vacancies', {
    headers: auth,
    data: {
      title, description: 'Je helpt cliënten bij de dagelijkse verzorging.', region: 'AM18', gemeente: 'Amstelveen',
      hoursMin: 16, hoursMax: 24, contractType: 'PERMANENT', validFrom: '2025-03-01', validUntil: '2099-04-30',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const vacancyId = ((await created.json()) as { id: string }).id;
  const invited = await employer.request.post(`/api/vacancies/${vacancyId}/invitations`, {
    headers: auth,
    data: { candidateId: me.candidate.id, message: 'Zullen we kennismaken?' },
  });
  expect(invited.status(), await invited.text()).toBe(201);

  // The e-mail, read back from the local SMTP server on the administrator's page: organisation, vacancy, a link.
  const admin = await loggedInPage(browser, 'beheer');
  await admin.getByRole('link', { name: 'Verstuurde e-mail' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Verstuurde e-mail' })).toBeVisible();
  const invitationMail = await openMailTo(admin, seekerAddress, /Zorggroep Amstelland nodigt je uit/);
  const body = invitationMail.locator('pre');
  await expect(body).toContainText(title);
  await expect(body).toContainText('nodigt je uit om te reageren');
  await expect(body, 'no pseudonym, no other candidate').not.toContainText('Kandidaat');
  await expect(invitationMail.locator('summary')).toContainText(/\d{1,2} [a-z]{3} \d{4}/);
  await expectNoAccessibilityViolations(admin, 'the sent mail page with a mail opened');
  await saveScreenshot(admin, 'email-admin-sent-mail');
  const link = /Bekijk het in Vaardig: (\S+)/.exec((await body.textContent()) ?? '')?.[1] ?? '';
  expect(new URL(link).pathname).toBe('/werkzoekende/uitnodigingen');

  // She follows the link and accepts: her name is already filled in, and she may change it.
  await seeker.goto(new URL(link).pathname);
  const invitation = seeker.getByRole('listitem').filter({ has: seeker.getByRole('heading', { level: 2, name: title }) });
  await invitation.getByRole('button', { name: 'Accepteren', exact: true }).click();
  const name = invitation.getByRole('textbox', { name: 'Naam' });
  await expect(name).toHaveValue('Sanne de Vries');
  await expect(invitation.getByText('Ingevuld met de naam van je account; je kunt hem aanpassen.')).toBeVisible();
  await expectNoAccessibilityViolations(seeker, 'the share form with the name prefilled');
  await invitation.getByRole('button', { name: 'Accepteren en gegevens delen' }).click();
  await expect(invitation.getByText('Je hebt geaccepteerd en gedeeld als Sanne de Vries')).toBeVisible();

  // The answer goes back to the employer who invited, by mail, without her name.
  const answerMail = await openMailTo(admin, employerAddress, new RegExp(`${me.candidate.label} accepteert je uitnodiging`));
  await expect(answerMail.locator('pre')).toContainText(`/werkgever/vacatures/${vacancyId}/kandidaten`);
  await expect(answerMail.locator('pre')).not.toContainText('Sanne');

  // Both switch their mail off again, so other runs start from the default.
  for (const page of [seeker, employer]) {
    await page.getByRole('link', { name: 'E-mailmeldingen' }).click();
    await page.getByRole('button', { name: 'Alles uitzetten' }).click();
    await expect(page.getByText('Je e-mailmeldingen staan uit en je adres is gewist.')).toBeVisible();
  }

  await seeker.context().close();
  await employer.context().close();
  await admin.context().close();
});
