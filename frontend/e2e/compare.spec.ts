import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

// Issue 18: "what do I already have for verpleegkundige vs. doktersassistent vs. apothekersassistent, what is missing,
// which route is shortest, and how many such jobs are open in my region?" — without an account, shared by link.

async function addSkill(page: Page, box: Locator, typed: string, wanted: string): Promise<void> {
  await box.click();
  await box.pressSequentially(typed, { delay: 20 });
  await expect(page.getByRole('option', { name: wanted, exact: false }).first()).toBeVisible();
  for (let step = 0; step < 10; step++) {
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    const text = active ? await page.locator(`[id="${active}"]`).innerText() : '';
    if (text.startsWith(wanted)) {
      await box.press('Enter');
      return;
    }
  }
  throw new Error(`no option "${wanted}" for "${typed}"`);
}

/** Chooses the first occupation the typeahead offers for a title and returns its label. */
async function addOccupation(page: Page, box: Locator, typed: string): Promise<string> {
  await box.click();
  await box.pressSequentially(typed, { delay: 20 });
  await expect(page.getByRole('option').first()).toBeVisible();
  await box.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  const label = (active ? await page.locator(`[id="${active}"]`).innerText() : '').split('\n')[0]?.trim() ?? '';
  await box.press('Enter');
  await expect(page.getByRole('list', { name: 'Gekozen beroepen' })).toContainText(label);
  return label;
}

test('compare three occupations without an account: have, partly, miss, routes with their length, open vacancies in my region; shared by link', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto('/ontdekken');
  const skillBox = page.getByRole('combobox', { name: 'Zoek een vaardigheid om toe te voegen' });
  await addSkill(page, skillBox, 'verpleegkundigen ondersteunen', 'verpleegkundigen ondersteunen');
  await addSkill(page, skillBox, 'monitor basic patient', 'fundamentele tekenen van patiënten controleren');
  await addSkill(page, skillBox, 'actief luisteren', 'actief luisteren');
  await page.getByLabel('Arbeidsmarktregio').selectOption('AM18');

  await page.getByRole('link', { name: 'Beroepen vergelijken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beroepen vergelijken' })).toBeVisible();
  await expect(page.getByText('We vergelijken met de 3 vaardigheden uit je profiel op Ontdekken.')).toBeVisible();
  await expect(page.getByLabel('Arbeidsmarktregio')).toHaveValue('AM18');

  // one occupation is not a comparison
  const box = page.getByRole('combobox', { name: 'Zoek een beroep om toe te voegen' });
  const first = await addOccupation(page, box, 'verpleegkundige');
  await page.getByRole('button', { name: 'Vergelijk' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies minstens 2 beroepen om te vergelijken.');
  const second = await addOccupation(page, box, 'doktersassistent');
  const third = await addOccupation(page, box, 'apothekersassistent');
  await expect(page.getByText('Je vergelijkt al 3 beroepen.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Vergelijk' }).click();

  const summary = page.getByRole('table', { name: /^Samenvatting: .* open vacatures in Groot Amsterdam$/ });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(summary.locator('tbody tr')).toHaveCount(3);
  for (const label of [first, second, third]) {
    const row = summary.getByRole('row', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await expect(row).toContainText(/\d+% \(\d+ van \d+ essentiële vaardigheden, \d+ deels\)/);
    const section = page.getByRole('region', { name: label, exact: true });
    await expect(section.getByRole('heading', { level: 4, name: /^Wat je al hebt \(\d+\)$/ })).toBeVisible();
    await expect(section.getByRole('heading', { level: 4, name: /^Telt deels mee \(\d+\)$/ })).toBeVisible();
    await expect(section.getByRole('heading', { level: 4, name: /^Wat je mist, essentieel \(\d+\)$/ })).toBeVisible();
    await expect(section.getByRole('heading', { level: 4, name: 'Leerroutes die het gat dichten' })).toBeVisible();
    await expect(section.getByText(/^Open vacatures in Groot Amsterdam: [\d.]+$/)).toBeVisible();
  }
  // my care skills count for the nurse; the routes say how long they take and the shortest is named
  const nurse = page.getByRole('region', { name: first, exact: true });
  await expect(nurse.getByRole('heading', { level: 4, name: /^Wat je al hebt \([1-9]\d*\)$/ })).toBeVisible();
  await expect(page.getByText(/\d+ weken/).first()).toBeVisible();
  await expect(summary.getByText('(kortste)')).toHaveCount(1);

  // the address is the comparison: occupations, skills and region, nothing on the server
  const url = new URL(page.url());
  expect(url.pathname).toBe('/ontdekken/vergelijken');
  expect(url.searchParams.getAll('beroep')).toHaveLength(3);
  expect(url.searchParams.getAll('vaardigheid')).toHaveLength(3);
  expect(url.searchParams.get('regio')).toBe('AM18');
  await expect(page.getByLabel('Link naar deze vergelijking')).toHaveValue(page.url());

  await saveScreenshot(page, 'compare-1280');
  await expectNoAccessibilityViolations(page, 'the comparison of three occupations');

  // 390 px: the occupations stacked, nothing wider than the screen
  await page.setViewportSize({ width: 390, height: 844 });
  const boxes = await page.locator('.compare-column').evaluateAll((columns) => columns.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes).toHaveLength(3);
  expect(boxes[1]!.top).toBeGreaterThan(boxes[0]!.bottom - 1);
  expect(boxes[2]!.top).toBeGreaterThan(boxes[1]!.bottom - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await saveScreenshot(page, 'compare-390');
  await expectNoAccessibilityViolations(page, 'the comparison at 390 px');
  const fitTexts = await summary.locator('tbody tr td:nth-child(2)').allInnerTexts();

  // someone else opens the link in a fresh browser (no explore profile): the same comparison
  const other = await browser.newContext({ locale: 'nl-NL' });
  const shared = await other.newPage();
  await shared.goto(url.toString());
  await expect(shared.getByText('We vergelijken met de 3 vaardigheden uit de gedeelde link.')).toBeVisible();
  const sharedSummary = shared.getByRole('table', { name: /^Samenvatting:/ });
  await expect(sharedSummary.locator('tbody tr')).toHaveCount(3, { timeout: 60_000 });
  expect(await sharedSummary.locator('tbody tr td:nth-child(2)').allInnerTexts()).toEqual(fitTexts);
  await expect(shared.getByRole('list', { name: 'Gekozen beroepen' })).toContainText(first);
  await other.close();
});
