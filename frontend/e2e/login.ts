import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { account, demoPassword, type DemoAccount } from './support';

/** On the provider's own (server-rendered) sign-in page: fills in the form and submits it. */
export async function signInAtProvider(page: Page, username: string, password: string = demoPassword): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

/** From the home page, through the provider's login form, back to the role's landing page. */
export async function logInAs(page: Page, who: DemoAccount | string): Promise<void> {
  const demo = typeof who === 'string' ? account(who) : who;
  await page.goto('/');
  await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
  await signInAtProvider(page, demo.username);
  await page.waitForURL((url) => url.pathname === demo.landing);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom,');
}

/** A page in a browser context of its own (a session of its own), logged in as the demo account; close its context. */
export async function loggedInPage(browser: Browser, username: string, options?: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await logInAs(page, username);
  return page;
}

/** The signed-in user's access token, as the SPA keeps it (oidc-client-ts, session storage). */
export async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    for (let i = 0; i < window.sessionStorage.length; i++) {
      const key = window.sessionStorage.key(i) ?? '';
      if (key.startsWith('oidc.user:')) return (JSON.parse(window.sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token ?? '';
    }
    return '';
  });
  expect(token, 'signed in').not.toBe('');
  return token;
}
