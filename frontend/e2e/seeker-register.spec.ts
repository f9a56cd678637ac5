import { expect, test } from '@playwright/test';
import { addSkillWithTypeahead, fillRegistrationForm, freshUsername, giveFirstConsents, registerNewSeeker, saveProfile } from './register';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

test('an anonymous explorer registers, consents, carries the explored skills over, assesses them and sees matches', async ({ page }) => {
  // explore without an account: the profile lives in this browser only
  await page.goto('/ontdekken');
  const explore = page.getByRole('combobox', { name: 'Zoek een vaardigheid om toe te voegen' });
  for (const skill of ['verpleegkundigen ondersteunen', 'actief luisteren']) {
    await explore.click();
    await explore.fill('');
    await explore.pressSequentially(skill, { delay: 20 });
    await page.getByRole('option', { name: skill, exact: false }).first().click();
    await expect(page.getByRole('rowheader', { name: new RegExp(`^${skill}`) })).toBeVisible();
  }
  await page.getByLabel('Arbeidsmarktregio').selectOption('AM18');

  // register from the explore page; the provider's page is accessible and Dutch
  await page.getByRole('main').getByRole('button', { name: 'Registreren' }).click();
  await page.waitForURL((url) => url.pathname === '/registreren');
  await expectNoAccessibilityViolations(page, 'the registration page');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByText('Verbeter de velden die hieronder zijn gemarkeerd.')).toBeVisible();
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  const username = freshUsername();
  await fillRegistrationForm(page, username);

  // the consent screen: nothing ticked, the explored profile carried over
  await giveFirstConsents(page);
  await expect(page.getByText('Je hebt zonder account al een profiel verkend in deze browser (2 vaardigheden).')).toBeVisible();
  await expect(page.getByText('Tekstversie 2026-12-v1.')).toBeVisible();
  await expectNoAccessibilityViolations(page, 'the consent screen');
  await saveScreenshot(page, 'seeker-consent');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  // the editor: the carried-over skills, four questions, level, evidence, proof
  await page.waitForURL((url) => url.pathname === '/werkzoekende/profiel');
  await expect(page.getByText('Je profiel is aangemaakt. Vul nu je vaardigheden aan.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Jouw vaardigheden (2)' })).toBeVisible();
  const nursing = page.getByRole('group', { name: /^Vier vragen over "verpleegkundigen ondersteunen/ });
  await nursing.getByRole('checkbox', { name: 'Doe ik het al?' }).check();
  await expect(nursing.getByRole('checkbox', { name: 'Kan ik het?' })).toBeChecked();
  await nursing.getByRole('checkbox', { name: 'Geeft het energie?' }).check();
  const card = page.getByRole('listitem').filter({ has: nursing });
  await card.getByLabel('Niveau').selectOption('ADVANCED');
  await card.getByLabel('Waar komt het vandaan?').selectOption('CERTIFICATE');
  await card.getByLabel('Bewijs (optioneel)', { exact: true }).fill('Certificaat Helpende Zorg en Welzijn');
  await addSkillWithTypeahead(page, 'monitor basic patient', 'fundamentele tekenen van patiënten controleren');
  const wish = page.getByRole('group', { name: /^Vier vragen over "fundamentele tekenen van patiënten controleren/ });
  await wish.getByRole('checkbox', { name: 'Kan ik het?' }).uncheck();
  await wish.getByRole('checkbox', { name: 'Wil ik het leren?' }).check();
  // a suggestion can be removed again
  await page.getByRole('button', { name: /^Verwijder "actief luisteren/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Jouw vaardigheden (2)' })).toBeVisible();
  await saveProfile(page);
  await expectNoAccessibilityViolations(page, 'the profile editor');
  await saveScreenshot(page, 'seeker-profile');

  // what was saved is what comes back
  await page.reload();
  const saved = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: /^Vier vragen over "verpleegkundigen ondersteunen/ }) });
  await expect(saved.getByLabel('Bewijs (optioneel)', { exact: true })).toHaveValue('Certificaat Helpende Zorg en Welzijn');
  await expect(saved.getByLabel('Waar komt het vandaan?')).toHaveValue('CERTIFICATE');
  await expect(saved.getByRole('checkbox', { name: 'Geeft het energie?' })).toBeChecked();

  // matches for the stored profile
  await page.getByRole('link', { name: 'Terug naar je overzicht' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom, Testpersoon Nieuw');
  await page.getByRole('link', { name: 'Passende vacatures en leerroutes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Passende vacatures' })).toBeVisible();
  const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) }).first();
  await expect(first.getByText(/^Match: \d+,\d van 100$/)).toBeVisible();
  await expect(first.getByRole('region', { name: /^Wat je al hebt/ })).toBeVisible();
  await expectNoAccessibilityViolations(page, 'the seeker matches page');
  await saveScreenshot(page, 'seeker-matches');

  await page.goto('/werkzoekende/toestemmingen');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn toestemmingen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Werkgevers mogen mij vinden' })).toContainText('Groot Amsterdam (AM18)');
  await expectNoAccessibilityViolations(page, 'the consents page');
});

test('a second window that saved first makes the stale save a conflict with a reload', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await registerNewSeeker(page);
  await page.goto('/werkzoekende/profiel');
  // another tab: its own app session (tokens live per tab), the provider remembers the sign-in
  const other = await context.newPage();
  await other.goto('/werkzoekende/profiel');
  await other.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await other.waitForURL((url) => url.pathname === '/werkzoekende/profiel');
  await other.getByRole('button', { name: /^Verwijder "verpleegkundigen ondersteunen/ }).click();
  await saveProfile(other);

  await page.getByRole('button', { name: /^Verwijder "actief luisteren/ }).click();
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Iemand anders (of jij in een ander venster) heeft je profiel intussen gewijzigd.');
  await page.getByRole('button', { name: 'Opnieuw laden' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Jouw vaardigheden (1)' })).toBeVisible();
  await context.close();
});
