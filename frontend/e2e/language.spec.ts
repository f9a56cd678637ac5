import { expect, test } from '@playwright/test';
import { logInAs, signInAtProvider } from './login';
import { account, expectNoAccessibilityViolations, saveScreenshot } from './support';

test('switching to English changes the text and <html lang>, and survives a reload', async ({ page }) => {
  await page.goto('/');
  const switcher = page.getByRole('group', { name: 'Taal' });
  await expect(switcher.getByRole('button', { name: /^NL/ })).toHaveAttribute('aria-pressed', 'true');

  await switcher.getByRole('button', { name: /^EN/ }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Find work based on what you can do' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Log in' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /^EN/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveTitle('Home – Vaardig');

  await page.reload();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Find work based on what you can do' })).toBeVisible();
  await expect(page.getByText('Vind werk op wat je kunt')).toHaveCount(0);
  await saveScreenshot(page, 'home-en');
  await expectNoAccessibilityViolations(page, 'the home page (en)');

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /^NL/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Vind werk op wat je kunt' })).toBeVisible();
});

test('a logged-in user’s language is saved to the account and follows them to a new browser', async ({ page, browser }) => {
  const demo = account('jobcoach-rijnmond');
  await logInAs(page, demo);
  const savedPreference = page.waitForResponse(
    (response) => response.url().endsWith('/api/me/preferences') && response.request().method() === 'PUT',
  );
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: /^EN/ }).click();
  expect((await savedPreference).status()).toBe(204);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome,');

  // A new browser has no choice stored locally: the account's language applies after login.
  const otherBrowser = await browser.newContext();
  const otherPage = await otherBrowser.newPage();
  try {
    await otherPage.goto('/');
    await otherPage.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
    await signInAtProvider(otherPage, demo.username);
    await otherPage.waitForURL((url) => url.pathname === demo.landing);
    await expect(otherPage.locator('html')).toHaveAttribute('lang', 'en');
    await expect(otherPage.getByRole('heading', { level: 1 })).toContainText('Welcome,');
  } finally {
    // Leave the demo account as it was (Dutch), so later tests see the default language.
    const restored = otherPage.waitForResponse((response) => response.url().endsWith('/api/me/preferences'));
    await otherPage.getByRole('group', { name: 'Language' }).getByRole('button', { name: /^NL/ }).click();
    await restored;
    await otherBrowser.close();
  }
});
