import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

/** Types into the typeahead, walks the options with the arrow keys to the wanted one and takes it with Enter. */
async function addSkillByKeyboard(page: Page, box: Locator, typed: string, wanted: string): Promise<void> {
  await box.click();
  await box.pressSequentially(typed, { delay: 20 });
  await expect(page.getByRole('option', { name: wanted, exact: false }).first()).toBeVisible();
  for (let step = 0; step < 10; step++) {
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    const text = active ? await page.locator(`[id="${active}"]`).innerText() : '';
    if (text.startsWith(wanted)) {
      await box.press('Enter');
      await expect(page.getByRole('rowheader', { name: new RegExp(`^${wanted}`) })).toBeVisible();
      await expect(box).toBeFocused();
      return;
    }
  }
  throw new Error(`no option "${wanted}" for "${typed}"`);
}

test('an anonymous visitor builds a profile by keyboard and sees explained vacancies and the learning routes that close the gap', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ontdekken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ontdekken zonder account' })).toBeVisible();
  await expect(page.getByText('Vaardig bewaart niets op de server totdat je je registreert.')).toBeVisible();

  const box = page.getByRole('combobox', { name: 'Zoek een vaardigheid om toe te voegen' });
  await addSkillByKeyboard(page, box, 'verpleegkundigen ondersteunen', 'verpleegkundigen ondersteunen');
  await addSkillByKeyboard(page, box, 'monitor basic patient', 'fundamentele tekenen van patiënten controleren');
  await addSkillByKeyboard(page, box, 'actief luisteren', 'actief luisteren');
  await page.getByLabel('Niveau van verpleegkundigen ondersteunen').selectOption('ADVANCED');
  await page.getByLabel('Arbeidsmarktregio').selectOption('AM18');

  await page.getByRole('button', { name: 'Zoek passende vacatures' }).click();
  const results = page.getByRole('region', { name: 'Passende vacatures' });
  await expect(results.getByText(/vacatures gevonden, de best passende eerst/)).toBeVisible();
  await expect(results.getByText('Deze vacatures en leerroutes zijn synthetische demogegevens')).toBeVisible();
  const first = results.getByRole('listitem').first();
  await expect(first.getByRole('heading', { level: 3 })).toContainText('(demo)');
  await expect(first.getByText(/^Match: \d+,\d van 100$/)).toBeVisible();
  // green, amber and red, each named in text and marked with an icon as well as a colour
  await expect(first.getByRole('region', { name: /^Wat je al hebt/ })).toBeVisible();
  const partial = first.getByRole('region', { name: /^Telt deels mee/ });
  await expect(partial).toContainText('telt deels mee via');
  const missing = first.getByRole('region', { name: /^Wat nog ontbreekt/ });
  await expect(missing.getByRole('listitem').first()).toContainText('essentieel');
  await first.getByText('Hoe is de score opgebouwd?').click();
  await expect(first.getByRole('row', { name: /^Totaal/ })).toBeVisible();

  await first.getByRole('button', { name: 'Welke opleiding helpt?' }).click();
  await expect(first.getByText(/Deze leerroutes dichten samen \d+% van het gat/)).toBeVisible();
  await expect(first.getByText(/^Dicht \d+% van het gat:/).first()).toBeVisible();

  const regionRoutes = page.getByRole('region', { name: 'Leerroutes voor banen in mijn regio' });
  await regionRoutes.getByRole('button', { name: 'Toon leerroutes voor Groot Amsterdam' }).click();
  await expect(regionRoutes.getByRole('heading', { level: 3 }).first()).toContainText('(demo)');

  await saveScreenshot(page, 'explore-results');
  await expectNoAccessibilityViolations(page, 'the explore page with results');

  // the profile stays in this browser
  await page.reload();
  await expect(page.getByRole('rowheader', { name: /^actief luisteren/ })).toBeVisible();
  await expect(page.getByLabel('Arbeidsmarktregio')).toHaveValue('AM18');
});

test('the explore page asks for a skill before searching, next to the button', async ({ page }) => {
  await page.goto('/ontdekken');
  await page.getByRole('button', { name: 'Zoek passende vacatures' }).click();
  await expect(page.getByRole('alert')).toHaveText('Voeg minstens één vaardigheid toe die je al hebt.');
  await expectNoAccessibilityViolations(page, 'the empty explore page');
});

test('a nursing profile sees care vacancies first, each sharing a real skill, and no unrelated trade', async ({ page }) => {
  await page.goto('/ontdekken');
  const box = page.getByRole('combobox', { name: 'Zoek een vaardigheid om toe te voegen' });
  await addSkillByKeyboard(page, box, 'verpleegkundigen ondersteunen', 'verpleegkundigen ondersteunen');
  await addSkillByKeyboard(page, box, 'monitor basic patient', 'fundamentele tekenen van patiënten controleren');
  await addSkillByKeyboard(page, box, 'actief luisteren', 'actief luisteren');
  await page.getByLabel('Arbeidsmarktregio').selectOption('AM18');
  await page.getByRole('button', { name: 'Zoek passende vacatures' }).click();

  const results = page.getByRole('region', { name: 'Passende vacatures' });
  await expect(results.getByText(/vacatures gevonden, de best passende eerst/)).toBeVisible();
  const cards = results.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  // a care vacancy comes first (Dutch ESCO titles of care work)
  await expect(cards.first().getByRole('heading', { level: 3 })).toContainText(/zorg|verpleeg|verzorg|begeleid|therap|verlos/i);
  // every card names its fit on the essentials, and each shares at least one of them (fully or partly):
  // a vacancy whose only overlap is "actief luisteren" (listen actively) (a generic skill) is not shown
  const fits = await results.getByText(/^Past voor \d+%: je hebt \d+ van de \d+ essentiële vaardigheden, en \d+ deels\.$/).allInnerTexts();
  expect(fits.length).toBeGreaterThan(0);
  for (const fit of fits) {
    const [, full, , partly] = fit.match(/je hebt (\d+) van de (\d+) essentiële vaardigheden, en (\d+) deels/) ?? [];
    expect(Number(full) + Number(partly), fit).toBeGreaterThan(0);
  }
  await saveScreenshot(page, 'explore-nursing');
});
