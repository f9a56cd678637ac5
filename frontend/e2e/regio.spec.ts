import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { logInAs } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

// The labour-market dashboard of regional staff, under the production CSP (default-src 'self'): the map of
// the 35 regions, a skill picked, the narrative, a suppressed figure marked, the CSV export downloaded.

async function enforceCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.resourceType() !== 'document' || new URL(request.url()).pathname.startsWith('/login')) {
      await route.continue();
      return;
    }
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'; frame-ancestors 'none'" } });
  });
}

test('regional staff read the labour-market dashboard: map, skill, narrative, suppression and CSV export', async ({ page }) => {
  test.setTimeout(180_000);
  await enforceCsp(page);
  await logInAs(page, 'regio');

  // the map: a canvas chart and the same figures as a table with the 35 regions and the national row
  const mapTable = page.getByRole('table', { name: /per arbeidsmarktregio/ });
  await expect(mapTable).toBeVisible({ timeout: 60_000 });
  await expect(mapTable.locator('tbody tr')).toHaveCount(36);
  await expect(page.getByRole('img', { name: /Kaart van de 35 arbeidsmarktregio/ }).locator('canvas')).toHaveCount(1);
  await expect(page.getByText('SYNTHETISCHE demonstratiecijfers', { exact: false })).toBeVisible();

  // the narrative of Groot Amsterdam, with its figures
  const narrative = page.getByTestId('lmi-narrative');
  await expect(narrative).toContainText('In Groot Amsterdam stonden in');

  // pick a skill: the map follows
  const skillSelect = page.getByLabel('Vaardigheid op de kaart');
  const firstSkill = (await skillSelect.locator('option').nth(1).textContent())?.trim() ?? '';
  expect(firstSkill).not.toBe('');
  await skillSelect.selectOption({ label: firstSkill });
  await expect(page.getByRole('heading', { name: `Kaart: ${firstSkill}`, exact: false })).toBeVisible();
  await page.getByRole('radio', { name: 'Spanning' }).check();

  // a suppressed figure is marked, never shown as a number
  const marks = page.locator('abbr.suppressed');
  await expect(marks.first()).toBeVisible();
  await expect(marks.first()).toHaveText('x');
  await expect(page.getByRole('heading', { name: 'Spanning: wat betekent het?' })).toBeVisible();

  // the bubble chart over time
  await expect(page.getByRole('img', { name: /Bellengrafiek/ }).locator('canvas')).toHaveCount(1);

  // CSV export of the skills table
  const skillsSection = page.getByRole('region', { name: /Vaardigheden in Groot Amsterdam/ });
  const [download] = await Promise.all([page.waitForEvent('download'), skillsSection.getByRole('button', { name: 'CSV downloaden' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^vaardig-AM18-skill-.+\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('# Periode:');
  expect(csv).toContain('x = onderdrukt');
  expect(csv).toContain('CBS, PDOK');
  expect(csv).toContain('ESCO');
  expect(csv.split('\n').length).toBeGreaterThan(10);

  // XLSX of the same table: an Office Open XML workbook (a zip)
  const [workbook] = await Promise.all([page.waitForEvent('download'), skillsSection.getByRole('button', { name: 'XLSX downloaden' }).click()]);
  expect(workbook.suggestedFilename()).toMatch(/^vaardig-AM18-skill-.+\.xlsx$/);
  expect(readFileSync(await workbook.path()).subarray(0, 2).toString('latin1')).toBe('PK');

  await saveScreenshot(page, 'regio-dashboard');
  await expectNoAccessibilityViolations(page, 'the regio dashboard');
  expect(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])).toEqual([]);
});

test('anyone reads the public open-vacancy figures per region without logging in', async ({ page }) => {
  await enforceCsp(page);
  await page.goto('/regio/openbaar');
  await expect(page.getByRole('heading', { level: 1, name: 'Vacatures per regio' })).toBeVisible();
  const table = page.getByRole('table', { name: /Open en nieuwe vacatures per arbeidsmarktregio/ });
  await expect(table.locator('tbody tr')).toHaveCount(35);
  await expect(page.getByRole('img', { name: /Kaart van de open vacatures/ }).locator('canvas')).toHaveCount(1);
  await expect(page.getByText('Bron: CBS, PDOK', { exact: false }).first()).toBeVisible();
  await expectNoAccessibilityViolations(page, 'the public vacancy figures');
  expect(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])).toEqual([]);
});
