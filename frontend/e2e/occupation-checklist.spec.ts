import { expect, test } from '@playwright/test';
import { fillRegistrationForm, freshUsername, giveFirstConsents, saveProfile } from './register';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

// Issue 18, "kiezen, niet krijgen": starting from an occupation the seeker gets a checklist of its most characteristic
// skills, not all of them; only the ticked ones enter the profile, and only after "Profiel opslaan" are they kept.

test('occupation → checklist → 8 ticked skills by keyboard → four questions for those 8 → the saved profile holds 8', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('banner').getByRole('button', { name: 'Registreren' }).click();
  await fillRegistrationForm(page, freshUsername());
  await giveFirstConsents(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL((url) => url.pathname === '/werkzoekende/profiel');
  await expect(page.getByRole('heading', { level: 2, name: 'Jouw vaardigheden (0)' })).toBeVisible();

  await page.getByLabel('Vanuit een beroep').fill('woonbegeleider');
  await page.getByRole('button', { name: 'Zoek beroep' }).click();
  await page.getByRole('button', { name: /^Kies uit de vaardigheden van "/ }).first().click();
  const heading = page.getByRole('heading', { level: 2, name: /^Welke vaardigheden van ".+" heb je\?$/ });
  await expect(heading).toBeFocused();

  const checklist = page.getByRole('group', { name: 'Vaardigheden om te kiezen' });
  const boxes = checklist.getByRole('checkbox');
  await expect(boxes).toHaveCount(12);
  await expect(page.getByRole('status').filter({ hasText: '0 gekozen' })).toBeVisible();
  await expectNoAccessibilityViolations(page, 'the occupation checklist');

  // the rest on request; focus lands on the first skill that was hidden
  const more = page.getByRole('button', { name: /^Toon meer \(\d+\)$/ });
  const hidden = Number((await more.innerText()).match(/\d+/)?.[0]);
  expect(hidden).toBeGreaterThan(0);
  await more.click();
  await expect(boxes).toHaveCount(12 + hidden);
  await expect(boxes.nth(12)).toBeFocused();

  // tick eight by keyboard: Space ticks, Tab moves to the next skill
  await boxes.first().focus();
  for (let i = 0; i < 8; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    await expect(boxes.nth(i)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(boxes.nth(i)).toBeChecked();
  }
  await expect(page.getByRole('status').filter({ hasText: '8 gekozen' })).toBeVisible();
  await page.getByRole('button', { name: 'Toevoegen aan mijn profiel' }).click();

  // the four questions, one compact row per ticked skill
  await expect(page.getByRole('heading', { level: 2, name: 'Vier vragen over je 8 nieuwe vaardigheden' })).toBeFocused();
  const rows = page.locator('.quick-question-row');
  await expect(rows).toHaveCount(8);
  const answered = (await rows.first().locator('legend .concept-label').innerText()).trim();
  await rows.first().getByRole('checkbox', { name: 'Doe ik het al?' }).check();
  await rows.nth(1).getByRole('checkbox', { name: 'Geeft het energie?' }).check();
  await expect(page.getByText('Ze zijn pas bewaard als je je profiel opslaat.', { exact: false })).toBeVisible();
  await saveScreenshot(page, 'occupation-checklist-questions');
  // on a 390 px phone the rows wrap: nothing wider than the screen
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await saveScreenshot(page, 'occupation-checklist-questions-390');
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAccessibilityViolations(page, 'the four questions for the ticked skills');
  await page.getByRole('button', { name: 'Klaar' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Jouw vaardigheden (8)' })).toBeFocused();
  await saveProfile(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Jouw vaardigheden (8)' })).toBeVisible();
  await expect(page.locator('li.skill-editor')).toHaveCount(8);
  // the answer given in the short flow was saved with the skill (the server keeps its own order of skills)
  const card = page.locator('li.skill-editor').filter({ has: page.locator('h3 .concept-label').getByText(answered, { exact: true }) });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('checkbox', { name: 'Doe ik het al?' })).toBeChecked();
  await expect(card.getByRole('checkbox', { name: 'Kan ik het?' })).toBeChecked();
});
