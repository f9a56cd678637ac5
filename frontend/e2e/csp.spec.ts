import { expect, test, type Page } from '@playwright/test';
import { logInAs } from './login';
import { saveScreenshot } from './support';

// Production serves the app with Content-Security-Policy default-src 'self'. This test enforces that
// policy on every page of the app itself, whatever the server under test sends, and fails on any
// violation: no inline script or style attribute, nothing from another origin.
const policy = "default-src 'self'; frame-ancestors 'none'";

async function enforcePolicy(page: Page): Promise<void> {
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
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

test("the app runs under Content-Security-Policy default-src 'self' without a violation", async ({ page }) => {
  await enforcePolicy(page);

  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Inloggen' })).toBeEnabled();
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: /^EN/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find work based on what you can do' })).toBeVisible();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /^NL/ }).click();
  expect(await violations(page)).toEqual([]);

  await logInAs(page, 'beheer');
  await expect(page.getByRole('table', { name: 'Status per onderdeel' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

// --- issue 18 (compare18): the browsable API page under the server's own policy ---
test('the API page (Swagger UI) from the footer renders under the server\'s own Content-Security-Policy without a violation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  await page.goto('/');
  const appPolicy = (await page.request.get('/')).headers()['content-security-policy'] ?? '';
  expect(appPolicy).toContain("script-src 'self';");

  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/swagger-ui/index.html'),
    page.getByRole('contentinfo').getByRole('link', { name: 'API-documentatie voor ontwikkelaars' }).click(),
  ]);
  // the page keeps the app's policy: nothing relaxed for it
  expect(response.headers()['content-security-policy']).toBe(appPolicy);
  // a 1.5 MB bundle and a generated document: slow on a busy machine, hence the longer wait
  await expect(page.locator('.information-container .title')).toContainText('Vaardig API', { timeout: 60_000 });
  // Swagger UI puts breaking spaces into shown paths; its data-path attribute holds the path itself
  await expect(page.locator('[data-path="/api/public/match/compare"]').first()).toBeVisible();
  await saveScreenshot(page, 'api-page-swagger-ui');
  expect(await violations(page)).toEqual([]);
});
