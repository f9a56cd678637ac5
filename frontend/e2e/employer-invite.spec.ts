import { expect, test } from '@playwright/test';
import { accessToken, loggedInPage } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

test('an employer posts a vacancy, invites the demo job seeker, she accepts and shares her name, and the employer reads the team gaps', async ({ browser }) => {
  const run = Date.now().toString(36);
  const title = `Verzorgende IG e2e ${run}`;
  const sharedName = `Wil Werkzoekende ${run}`;

  // The job seeker: how employers see her (her pseudonymous profile id), from her own invitations page's API.
  const seeker = await loggedInPage(browser, 'werkzoekende');
  const mine = await seeker.request.get('/api/me/invitations', { headers: { Authorization: `Bearer ${await accessToken(seeker)}` } });
  expect(mine.status()).toBe(200);
  const me = (await mine.json()) as { candidate: { id: string; label: string } };
  expect(me.candidate.label).toMatch(/^Kandidaat [0-9A-F]{4}$/);

  // The employer posts a vacancy in Groot Amsterdam, with skills suggested from its text.
  const employer = await loggedInPage(browser, 'werkgever');
  await expect(employer.getByRole('link', { name: 'Team en tekorten' })).toHaveAttribute('href', '/werkgever/team');
  await employer.getByRole('link', { name: 'Nieuwe vacature' }).click();
  await employer.getByLabel('Functietitel').fill(title);
  await employer.getByLabel('Omschrijving').fill(
    'Als verzorgende IG help je cliënten bij de persoonlijke verzorging, wondverzorging en het toedienen van medicatie. Je rapporteert in het zorgdossier.',
  );
  await employer.getByLabel('Arbeidsmarktregio').selectOption('AM18');
  await employer.getByLabel('Uren per week, minimaal').fill('24');
  await employer.getByLabel('Uren per week, maximaal').fill('32');
  await employer.getByLabel('Soort contract').selectOption('PERMANENT');
  await employer.getByRole('button', { name: 'Stel vaardigheden voor' }).click();
  await expect(employer.getByText(/vaardigheden toegevoegd/)).toBeVisible();
  await employer.getByRole('button', { name: 'Vacature publiceren' }).click();
  await employer.waitForURL((url) => url.pathname === '/werkgever');

  // Its ranked candidates, each with an invitation.
  await employer.getByRole('table', { name: 'Mijn vacatures' }).getByRole('link', { name: `Kandidaten voor ${title}` }).click();
  await employer.waitForURL(/\/werkgever\/vacatures\/[0-9a-f-]+\/kandidaten$/);
  const vacancyId = /vacatures\/([0-9a-f-]+)\/kandidaten/.exec(employer.url())?.[1] ?? '';
  await expect(employer.getByRole('heading', { level: 1, name: `Kandidaten voor ${title}` })).toBeVisible();
  const cards = employer.getByRole('listitem').filter({ has: employer.getByRole('heading', { level: 2, name: /^Kandidaat [0-9A-F]{4}$/ }) });
  await expect(cards.first()).toBeVisible();
  await expect(employer.getByRole('heading', { level: 2, name: 'Verstuurde uitnodigingen' })).toBeVisible();

  // Invite through the dialog: her card when she ranks among the shown candidates, else the first other candidate
  // (and her through the same API, by the profile id she sees as her own).
  const hers = cards.filter({ has: employer.getByRole('heading', { level: 2, name: me.candidate.label, exact: true }) });
  const viaUi = (await hers.count()) > 0 ? hers.first() : cards.filter({ hasNot: employer.getByRole('heading', { level: 2, name: me.candidate.label, exact: true }) }).first();
  await viaUi.getByRole('button', { name: /^Uitnodigen Kandidaat/ }).click();
  const message = viaUi.getByRole('textbox', { name: /^Bericht aan Kandidaat/ });
  await expect(message).toBeFocused();
  await message.fill('Wij zoeken een verzorgende voor ons team in Amstelveen. Zullen we kennismaken?');
  await expectNoAccessibilityViolations(employer, 'the candidates page with the invitation form open');
  await viaUi.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(viaUi.getByText('Uitgenodigd – wacht op antwoord')).toBeVisible();
  if ((await hers.count()) === 0) {
    const invited = await employer.request.post(`/api/vacancies/${vacancyId}/invitations`, {
      headers: { Authorization: `Bearer ${await accessToken(employer)}` },
      data: { candidateId: me.candidate.id, message: 'Wij zoeken een verzorgende voor ons team in Amstelveen. Zullen we kennismaken?' },
    });
    expect(invited.status(), await invited.text()).toBe(201);
  }
  await saveScreenshot(employer, 'employer-invited');

  // She answers: accepting asks for the name to share, checked at the field.
  await seeker.goto('/werkzoekende/uitnodigingen');
  await expect(seeker.getByRole('heading', { level: 1, name: 'Mijn uitnodigingen' })).toBeVisible();
  await expect(seeker.getByText(`Werkgevers zien je als ${me.candidate.label}.`)).toBeVisible();
  const invitation = seeker.getByRole('listitem').filter({ has: seeker.getByRole('heading', { level: 2, name: title }) });
  await expect(invitation.getByText(/Zorggroep Amstelland · Groot Amsterdam \(AM18\)/)).toBeVisible();
  await expect(invitation.getByText('Zullen we kennismaken?', { exact: false })).toBeVisible();
  await expect(invitation.getByText('Wacht op je antwoord')).toBeVisible();
  await expectNoAccessibilityViolations(seeker, 'the invitations page');
  await invitation.getByRole('button', { name: 'Accepteren', exact: true }).click();
  // the name the platform has is prefilled (issue 18) and can be changed; emptied, it is an error at the field
  const name = invitation.getByRole('textbox', { name: 'Naam' });
  await expect(name).toHaveValue('Sanne de Vries');
  await name.fill('');
  await invitation.getByRole('button', { name: 'Accepteren en gegevens delen' }).click();
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(invitation.getByText('Vul de naam in die je wilt delen (hoogstens 120 tekens).')).toBeVisible();
  await invitation.getByRole('textbox', { name: 'E-mailadres' }).fill('geen-adres');
  await name.fill(sharedName);
  await invitation.getByRole('button', { name: 'Accepteren en gegevens delen' }).click();
  await expect(invitation.getByText('Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat het leeg.')).toBeVisible();
  await expectNoAccessibilityViolations(seeker, 'the share form with field errors');
  await invitation.getByRole('textbox', { name: 'E-mailadres' }).fill('wil@example.nl');
  await invitation.getByRole('button', { name: 'Accepteren en gegevens delen' }).click();
  await expect(invitation.getByText(`Je hebt geaccepteerd en gedeeld als ${sharedName}`)).toBeVisible();
  await saveScreenshot(seeker, 'seeker-invitation-accepted');

  // The employer now sees her name and e-mail, and nobody else's.
  await employer.reload();
  const sent = employer.getByRole('region', { name: 'Verstuurde uitnodigingen' });
  const accepted = sent.getByRole('listitem').filter({ has: employer.getByRole('heading', { level: 3, name: sharedName }) });
  await expect(accepted.getByText(`Uitnodiging geaccepteerd door ${sharedName}`)).toBeVisible();
  await expect(accepted.getByRole('link', { name: 'wil@example.nl' })).toHaveAttribute('href', 'mailto:wil@example.nl');
  await expect(accepted.getByText(me.candidate.label, { exact: false })).toBeVisible();

  // Team gap view: describe a role, read what the open vacancies need that the team lacks.
  await employer.goto('/werkgever/team');
  await expect(employer.getByRole('heading', { level: 1, name: 'Team en tekorten' })).toBeVisible();
  await expect(employer.getByText(/Jouw \d+ open vacatures vragen samen \d+ vaardigheden\./)).toBeVisible();
  await employer.getByRole('button', { name: 'Rol toevoegen' }).click();
  const role = employer.getByRole('group').last();
  await role.getByRole('textbox', { name: 'Naam van de rol' }).fill(`Helpende e2e ${run}`);
  await role.getByRole('spinbutton', { name: 'Aantal mensen' }).fill('3');
  const typeahead = role.getByRole('combobox', { name: /^Vaardigheid toevoegen aan Helpende e2e/ });
  await typeahead.fill('verzorging');
  const option = employer.getByRole('option').first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(role.getByRole('list').getByRole('listitem')).toHaveCount(1);
  await employer.getByRole('button', { name: 'Team opslaan' }).click();
  await expect(employer.getByText('Het team is opgeslagen.')).toBeVisible();
  const gapTable = employer.getByRole('table', { name: /Vaardigheden die geen rol in je team heeft/ });
  await expect(gapTable).toBeVisible();
  await expect(gapTable.getByRole('columnheader', { name: 'Leerroutes voor iemand uit je team' })).toBeVisible();
  await expectNoAccessibilityViolations(employer, 'the team gap page');
  await saveScreenshot(employer, 'employer-team-gaps');

  await seeker.context().close();
  await employer.context().close();
});
