import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

const forklift = 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da';
const vacancy = [
  'Heftruckchauffeur (m/v/x) - Tilburg',
  '',
  'Wij zoeken een heftruckchauffeur voor ons distributiecentrum.',
  'Wat ga je doen?',
  '- Je laadt en lost vrachtwagens met de heftruck.',
  '- Je verzamelt orders met een handscanner.',
  'Wat vragen wij?',
  '- Een geldig heftruckcertificaat.',
  '- Je werkt nauwkeurig en in teamverband.',
  'Wat bieden wij?',
  '- Een goed salaris en reiskostenvergoeding.',
].join('\n');

test('an anonymous visitor finds the skills in a Dutch vacancy text and accepts or rejects them', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vaardigheden vinden' }).click();
  await expect(page).toHaveURL(/\/vaardigheden$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Vaardigheden vinden' })).toBeVisible();
  await expect(page.getByText('Vaardig bewaart niets van wat je hier invult')).toBeVisible();

  await page.getByRole('textbox', { name: 'Vacature- of cv-tekst' }).fill(vacancy);
  await page.getByRole('button', { name: 'Analyseren' }).click();

  const suggestions = page.getByRole('region', { name: 'Voorgestelde vaardigheden' });
  const forkliftItem = suggestions.getByRole('listitem').filter({ has: page.locator('.skill-label .concept-label', { hasText: /^heftrucks bedienen$/ }) });
  await expect(forkliftItem).toBeVisible();
  await expect(forkliftItem).not.toContainText('Nog geen Nederlandse benaming');
  await expect(forkliftItem).toContainText(/Zekerheid: (hoog|redelijk|laag) \(\d+%\)/);

  // The evidence is highlighted in the text and each mark links to its skill.
  const forkliftMarks = page.locator(`mark.evidence[data-skills~="${forklift}"]`);
  await expect(forkliftMarks.filter({ hasText: /^heftruck$/ }).first()).toBeVisible();
  const itemId = await forkliftItem.getAttribute('id');
  await expect(forkliftMarks.first().getByRole('link')).toHaveAttribute('href', `#${itemId}`);

  // Focus on a skill emphasises its evidence.
  await forkliftItem.getByRole('button', { name: /^Accepteren/ }).focus();
  await expect(forkliftMarks.first()).toHaveClass(/evidence-active/);

  await forkliftItem.getByRole('button', { name: /^Accepteren/ }).click();
  await expect(forkliftItem.getByRole('button', { name: /^Accepteren/ })).toHaveAttribute('aria-pressed', 'true');
  const teamwork = suggestions.getByRole('listitem').filter({ has: page.locator('.skill-label .concept-label', { hasText: /^in teams werken$/ }) });
  await teamwork.getByRole('button', { name: /^Afwijzen/ }).click();
  await expect(teamwork.getByRole('button', { name: /^Afwijzen/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(suggestions.getByText('1 geaccepteerd, 1 afgewezen')).toBeVisible();
  await expect(suggestions.getByRole('button', { name: 'Kopieer als lijst' })).toBeEnabled();

  await saveScreenshot(page, 'skills-text-nl');
  await expectNoAccessibilityViolations(page, 'the skills page with text results');
});

test('an empty text shows the error next to the field', async ({ page }) => {
  await page.goto('/vaardigheden');
  await page.getByRole('button', { name: 'Analyseren' }).click();
  const field = page.getByRole('textbox', { name: 'Vacature- of cv-tekst' });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field-error')).toHaveText('Vul een tekst in: plak een vacaturetekst of cv.');
  await expect(field).toBeFocused();
  await expectNoAccessibilityViolations(page, 'the skills page with a field error');
});

test('a job title gives occupations, and the chosen one its skills as suggestions', async ({ page }) => {
  await page.goto('/vaardigheden');
  await page.getByRole('tab', { name: 'Functietitel' }).click();
  await page.getByRole('textbox', { name: 'Functietitel' }).fill('heftruckchauffeur');
  await page.getByRole('button', { name: 'Beroepen zoeken' }).click();

  const occupation = page.locator('.occupation').filter({ has: page.locator('.occupation-label', { hasText: /^heftruckchauffeur$/ }) });
  await expect(occupation).toBeVisible();
  await expect(occupation).toContainText(/overeenkomst \d+%/);
  await occupation.getByRole('button', { name: 'Kies heftruckchauffeur' }).click();

  await expect(page.getByRole('heading', { name: 'Vaardigheden bij heftruckchauffeur' })).toBeFocused();
  const suggestions = page.getByRole('region', { name: 'Voorgestelde vaardigheden' });
  await expect(suggestions.locator('.skill-label .concept-label', { hasText: /^heftrucks bedienen$/ })).toBeVisible();
  await expect(suggestions.getByText('Essentieel').first()).toBeVisible();
  await saveScreenshot(page, 'skills-title-nl');
  await expectNoAccessibilityViolations(page, 'the skills page with occupation results');
});
