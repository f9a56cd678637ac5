import { expect, test } from '@playwright/test';
import { logInAs } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

test('the employer sees the organisation’s vacancies and, per vacancy, ranked consenting candidates with explanations', async ({ page }) => {
  await logInAs(page, 'werkgever');
  const table = page.getByRole('table', { name: 'Mijn vacatures' });
  await expect(table.getByRole('rowheader', { name: /zorghulp \(demo\)/ })).toBeVisible();
  expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(11);
  await expect(page.getByRole('link', { name: 'Nieuwe vacature' })).toHaveAttribute('href', '/werkgever/vacatures/nieuw');
  await expectNoAccessibilityViolations(page, 'the employer page');

  await table.getByRole('link', { name: 'Kandidaten voor zorghulp (demo)' }).click();
  await page.waitForURL(/\/werkgever\/vacatures\/[0-9a-f-]+\/kandidaten$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten voor zorghulp (demo)' })).toBeVisible();
  await expect(page.getByText(/kandidaten, de best passende eerst/)).toBeVisible();
  const candidates = page.getByRole('heading', { level: 2, name: /^Kandidaat [0-9A-F]{4}$/ });
  expect(await candidates.count()).toBeGreaterThan(1);
  const first = page.getByRole('listitem').filter({ has: candidates }).first();
  await expect(first.getByText(/^Match: \d+,\d van 100$/)).toBeVisible();
  await expect(first.getByRole('region', { name: /^Wat de kandidaat al heeft/ })).toBeVisible();
  await saveScreenshot(page, 'employer-candidates');
  await expectNoAccessibilityViolations(page, 'the candidates page');

  await page.getByRole('link', { name: 'Terug naar mijn vacatures' }).click();
  await expect(page.getByRole('table', { name: 'Mijn vacatures' })).toBeVisible();
});
