import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { baseURL } from './paths';
import { registerNewSeeker } from './register';
import { loggedInPage } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

/**
 * Issue 18, skills passport: a new seeker shares the passport by link, an anonymous browser (no account, no cookies)
 * opens it, the seeker revokes the link, the link then answers 404 and the view is in the seeker's audit log in plain
 * Dutch. The PDF's text is checked with PDFBox in PassportIT; here the download itself must arrive as a PDF. A second
 * journey shares it with the demo coach's account, which opens it while signed in.
 */
test('the seeker shares the passport by link, an anonymous browser opens it, the seeker revokes it', async ({ page, browser }) => {
  // registration, two skills, two browsers, three PDFs and five axe runs: over a minute on a busy machine
  test.setTimeout(180_000);
  await registerNewSeeker(page);
  await page.getByRole('link', { name: 'Mijn skills paspoort' }).click();
  await page.waitForURL((url) => url.pathname === '/werkzoekende/paspoort');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn skills paspoort' })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Zo ziet een ander je paspoort' });
  await expect(preview.getByText('verpleegkundigen ondersteunen')).toBeVisible();
  await expect(preview.getByText('actief luisteren')).toBeVisible();
  await expect(page.getByText('Niemand: je paspoort is niet gedeeld.')).toBeVisible();
  await expectNoAccessibilityViolations(page, 'the passport page');

  // the seeker's own PDF
  const [ownPdf] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Download als pdf' }).click()]);
  expect(ownPdf.suggestedFilename()).toBe('skills-paspoort.pdf');
  expect((await readFile(await ownPdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // a link valid for 7 days
  await page.getByLabel('Geldig voor').first().selectOption('7');
  await page.getByRole('button', { name: 'Link maken' }).click();
  const linkBox = page.getByLabel('Je nieuwe link');
  await expect(linkBox).toHaveValue(/\/paspoort\/[A-Za-z0-9_-]{43}$/);
  const link = await linkBox.inputValue();
  const revoke = page.getByRole('button', { name: /^Intrekken: Link, gemaakt op/ });
  await expect(revoke).toHaveCount(1);
  await expectNoAccessibilityViolations(page, 'the passport page with a new link');
  await saveScreenshot(page, 'passport-seeker');

  // an anonymous browser (its own context: no session, no token) opens the link, at 390 px
  const anonymous = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const visitor = await anonymous.newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Gedeeld skills paspoort' })).toBeVisible();
  await expect(visitor.getByRole('heading', { name: /^Skills paspoort van / })).toBeVisible();
  await expect(visitor.getByText('verpleegkundigen ondersteunen')).toBeVisible();
  await expect(visitor.getByText('actief luisteren')).toBeVisible();
  const width = await visitor.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'nothing wider than the 390 px screen').toBeLessThanOrEqual(390);
  await expectNoAccessibilityViolations(visitor, 'the shared passport at 390 px');
  await saveScreenshot(visitor, 'passport-shared-390');
  const [sharedPdf] = await Promise.all([visitor.waitForEvent('download'), visitor.getByRole('button', { name: 'Download als pdf' }).click()]);
  expect(sharedPdf.suggestedFilename()).toBe('skills-paspoort.pdf');

  // the seeker revokes: the link answers 404 at once, also for the PDF, and the page says so
  await revoke.click();
  await expect(page.getByText('Ingetrokken: met deze deling kan niemand je paspoort nog zien.')).toBeVisible();
  await expect(page.getByText('Niemand: je paspoort is niet gedeeld.')).toBeVisible();
  const token = link.slice(link.lastIndexOf('/') + 1);
  expect((await visitor.request.get(`/api/public/passports/${token}`)).status()).toBe(404);
  expect((await visitor.request.get(`/api/public/passports/${token}/pdf`)).status()).toBe(404);
  await visitor.reload();
  await expect(visitor.getByRole('heading', { name: 'Deze link werkt niet (meer)' })).toBeVisible();
  await expect(visitor.getByText('verpleegkundigen ondersteunen')).toHaveCount(0);
  await expectNoAccessibilityViolations(visitor, 'a revoked link');
  await anonymous.close();

  // the view, the download, the share and the revocation are in the seeker's audit log, in plain Dutch
  await page.goto('/werkzoekende/gegevens');
  const trail = page.getByRole('table', { name: /^Logboek van je gegevens, nieuwste eerst/ });
  await expect(trail.getByRole('row', { name: /Paspoort bekeken via deellink.*Je paspoort is bekeken via een deellink/ })).toHaveCount(1);
  await expect(trail.getByRole('row', { name: /Je paspoort is als pdf gedownload via een deellink/ })).toHaveCount(1);
  await expect(trail.getByRole('row', { name: /Iemand met je deellink/ }).first()).toBeVisible();
  await expect(trail.getByRole('row', { name: /Je trok het delen van je paspoort in/ })).toHaveCount(1);
  await expect(trail).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
  await expect(trail).not.toContainText(/\b[A-Z]{2,}_[A-Z_]+\b|ANONYMOUS|Deellink/);
  await expectNoAccessibilityViolations(page, 'the audit log with passport views');
});

test('the seeker shares the passport with a named coach account, the coach opens it, the view is in the audit log', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await registerNewSeeker(page);
  await page.goto('/werkzoekende/paspoort');
  await page.getByLabel('Gebruikersnaam').fill('jobcoach');
  await page.getByLabel('Dit is een').selectOption('JOBCOACH');
  await page.getByRole('button', { name: 'Delen', exact: true }).click();
  await expect(page.getByText('Je paspoort is gedeeld met jobcoach.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Intrekken: jobcoach \(jobcoach\), tot / })).toBeVisible();

  // the coach, in a browser of their own, finds it under "Gedeelde paspoorten" and opens the newest
  const coach = await loggedInPage(browser, 'jobcoach', { baseURL });
  await coach.getByRole('link', { name: 'Gedeelde paspoorten' }).click();
  await coach.waitForURL((url) => url.pathname === '/jobcoach/paspoorten');
  await expect(coach.getByRole('heading', { level: 1, name: 'Gedeelde paspoorten' })).toBeVisible();
  await expectNoAccessibilityViolations(coach, 'the coach’s shared passports');
  await coach.getByRole('link', { name: 'Skills paspoort van Testpersoon Nieuw' }).first().click();
  await expect(coach.getByText('verpleegkundigen ondersteunen')).toBeVisible();
  await expectNoAccessibilityViolations(coach, 'a passport shared with the coach');
  await coach.context().close();

  await page.goto('/werkzoekende/gegevens');
  const trail = page.getByRole('table', { name: /^Logboek van je gegevens, nieuwste eerst/ });
  await expect(trail.getByRole('row', { name: /Jobcoach Groot Amsterdam.*Paspoort bekeken.*Je paspoort is bekeken door dit account/ })).toHaveCount(1);
  await expect(trail.getByRole('row', { name: /Je deelde je paspoort met jobcoach \(jobcoach\)/ })).toHaveCount(1);
});
