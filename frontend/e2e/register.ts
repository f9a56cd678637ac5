import { expect, type Locator, type Page } from '@playwright/test';

export const newSeekerPassword = 'een lange zin als wachtwoord';

/** A username nobody has used: journeys share one app instance and run in any order. */
export function freshUsername(): string {
  return `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** On the provider's registration page (reached from the app's "Registreren"): creates the account. */
export async function fillRegistrationForm(page: Page, username: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/registreren');
  await expect(page.getByRole('heading', { level: 2, name: 'Registreren' })).toBeVisible();
  await page.getByLabel('Je naam').fill('Testpersoon Nieuw');
  await page.getByLabel('Gebruikersnaam (of je e-mailadres)').fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(newSeekerPassword);
  await page.getByLabel('Herhaal het wachtwoord').fill(newSeekerPassword);
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
}

/** On the consent screen: region AM18, keep the profile, employer search and coach help in AM18; saves. */
export async function giveFirstConsents(page: Page): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/werkzoekende/welkom');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Vaardig: jouw toestemming' })).toBeVisible();
  for (const name of ['Mijn profiel bewaren (nodig)', 'Werkgevers mogen mij vinden', 'Een jobcoach mag mij helpen', 'Meetellen in cijfers over de arbeidsmarkt']) {
    await expect(page.getByRole('checkbox', { name })).not.toBeChecked();
  }
  await page.getByLabel('Je arbeidsmarktregio').selectOption('AM18');
  await page.getByRole('checkbox', { name: 'Mijn profiel bewaren (nodig)' }).check();
  await page.getByRole('checkbox', { name: 'Werkgevers mogen mij vinden' }).check();
  await expect(page.getByLabel('Regio’s voor "Werkgevers mogen mij vinden"')).toHaveValues(['AM18']);
  await page.getByRole('checkbox', { name: 'Een jobcoach mag mij helpen' }).check();
  await expect(page.getByLabel('Regio’s voor "Een jobcoach mag mij helpen"')).toHaveValues(['AM18']);
}

/** Types into the skill typeahead and takes the option that starts with `wanted` by keyboard. */
export async function addSkillWithTypeahead(page: Page, typed: string, wanted: string): Promise<void> {
  const box: Locator = page.getByRole('combobox', { name: 'Zoek een vaardigheid' });
  await box.click();
  await box.fill('');
  await box.pressSequentially(typed, { delay: 20 });
  await expect(page.getByRole('option', { name: wanted, exact: false }).first()).toBeVisible();
  for (let step = 0; step < 10; step++) {
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    const text = active ? await page.locator(`[id="${active}"]`).innerText() : '';
    if (text.startsWith(wanted)) {
      await box.press('Enter');
      await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^${wanted}`) })).toBeVisible();
      return;
    }
  }
  throw new Error(`no option "${wanted}" for "${typed}"`);
}

export async function saveProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(page.getByText(/Je profiel is opgeslagen \(versie \d+\)\./)).toBeVisible();
}

/**
 * A new job seeker from scratch: registers (fresh unique username), gives KEEP_PROFILE + EMPLOYER_SEARCH AM18 +
 * COACH_HELP AM18 on the consent screen, adds two skills and ends on the seeker dashboard.
 */
export async function registerNewSeeker(page: Page): Promise<{ username: string }> {
  const username = freshUsername();
  await page.goto('/');
  await page.getByRole('banner').getByRole('button', { name: 'Registreren' }).click();
  await fillRegistrationForm(page, username);
  await giveFirstConsents(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL((url) => url.pathname === '/werkzoekende/profiel');
  await addSkillWithTypeahead(page, 'verpleegkundigen ondersteunen', 'verpleegkundigen ondersteunen');
  await addSkillWithTypeahead(page, 'actief luisteren', 'actief luisteren');
  await saveProfile(page);
  await page.getByRole('link', { name: 'Terug naar je overzicht' }).click();
  await page.waitForURL((url) => url.pathname === '/werkzoekende');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom,');
  return { username };
}
