import { expect, test, type Page } from '@playwright/test';
import { logInAs } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

// Issue 7: an administrator uploads a small JSON Lines feed with one bad row, follows the job to the end,
// finds the bad row in the dead letters with its reason, and re-drives it: refused as it is, accepted corrected.

const good = (n: number) =>
  JSON.stringify({
    externalId: `E2E-${n}`,
    employer: 'Zorggroep Amstelland',
    title: `Helpende zorg en welzijn ${n}`,
    description: 'Je helpt cliënten bij de persoonlijke verzorging en het huishouden.',
    region: 'AM18',
    hoursMin: 24,
    hoursMax: 32,
    contractType: 'PERMANENT',
    validFrom: '2026-01-01',
    validUntil: '2099-12-31',
  });
// Line 2 has no title: refused at upload with the reason.
const bad = JSON.stringify({
  externalId: 'E2E-2',
  employer: 'Zorggroep Amstelland',
  region: 'AM18',
  hoursMin: 24,
  hoursMax: 32,
  contractType: 'TEMPORARY',
  validFrom: '2026-01-01',
  validUntil: '2099-12-31',
});
const corrected = bad.replace('{', '{"title":"Medewerker facilitair",');

function fact(page: Page, label: string) {
  return page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
}

test('an upload with one bad row runs to done, and the bad row is a dead letter that can be re-driven', async ({ page }) => {
  const feed = `e2e-${Date.now()}`;
  await logInAs(page, 'beheer');
  await expect(page.getByRole('heading', { name: 'Platformstatus' })).toBeVisible();
  await page.getByRole('link', { name: 'Vacaturefeeds' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vacaturefeeds' })).toBeVisible();
  await expectNoAccessibilityViolations(page, '/beheer/vacaturefeeds');

  await page.getByLabel('Naam van de feed').fill(feed);
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({
    name: 'e2e-feed.jsonl',
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from([good(1), bad, good(3)].join('\n') + '\n', 'utf-8'),
  });
  await page.getByRole('button', { name: 'Uploaden en inlezen' }).click();
  await page.waitForURL(/\/beheer\/vacaturefeeds\/[0-9a-f-]{36}$/);

  await expect(page.getByRole('status').filter({ hasText: 'Status: Klaar' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('progressbar', { name: 'Verwerkt' })).toHaveAttribute('aria-valuenow', '100');
  await expect(fact(page, 'Regels gelezen')).toHaveText('3');
  await expect(fact(page, 'Opgeslagen')).toHaveText('2');
  await expect(fact(page, 'Mislukt of afgekeurd')).toHaveText('1');
  await expect(fact(page, 'Snelheid')).toContainText('per seconde');
  const errorRow = page.getByRole('row').filter({ hasText: 'VALIDATION_FAILED' });
  await expect(errorRow).toHaveCount(1);
  await expect(errorRow).toContainText('title');
  await expectNoAccessibilityViolations(page, 'feed job progress');
  await saveScreenshot(page, 'feed-job-done');

  // The dead-letter list, filtered by reason, shows the bad row with its reason and source.
  await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Beheer' }).click();
  await page.getByRole('link', { name: 'Onbestelbare berichten' }).click();
  await page.getByLabel('Reden').selectOption('VALIDATION_FAILED');
  await expect(page).toHaveURL(/reden=VALIDATION_FAILED/);
  const listed = page.getByRole('row').filter({ hasText: `upload:${feed}` });
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('VALIDATION_FAILED');
  await expect(listed).toContainText('regel 2');
  await expectNoAccessibilityViolations(page, '/beheer/dead-letters');

  await listed.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onbestelbaar bericht' })).toBeVisible();
  await expect(page.locator('pre.payload')).toHaveText(bad);
  await expectNoAccessibilityViolations(page, 'dead letter detail');

  // As it is, the row is still invalid: refused with the reason, nothing sent.
  await page.getByRole('button', { name: 'Opnieuw aanbieden' }).click();
  await expect(page.getByText(`Weet je zeker dat je dit bericht opnieuw wilt aanbieden aan upload:${feed}?`)).toBeFocused();
  await page.getByRole('button', { name: 'Ja, opnieuw aanbieden' }).click();
  await expect(page.getByRole('alert')).toContainText('Opnieuw aanbieden is niet gelukt.');
  await expect(page.getByRole('alert')).toContainText('Still not valid');

  // Corrected, it is accepted and the letter is marked re-driven.
  await page.getByLabel('Bericht verbeteren voor het opnieuw aanbieden').check();
  await page.getByLabel('Verbeterd bericht').fill(corrected);
  await page.getByRole('button', { name: 'Opnieuw aanbieden' }).click();
  await page.getByRole('button', { name: 'Ja, opnieuw aanbieden' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Het bericht is opnieuw aangeboden aan upload:${feed}.` })).toBeVisible();
  await expect(fact(page, 'Stand')).toContainText('Opnieuw aangeboden op');
  await expectNoAccessibilityViolations(page, 'dead letter after re-drive');
  await saveScreenshot(page, 'dead-letter-redriven');

  // The corrected row reaches the job: three stored.
  await page.getByRole('link', { name: 'Naar de upload waar dit bericht bij hoort' }).click();
  await expect(async () => {
    await page.reload();
    await expect(fact(page, 'Opgeslagen')).toHaveText('3', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
});
