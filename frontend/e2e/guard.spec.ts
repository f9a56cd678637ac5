import { expect, test } from '@playwright/test';
import { logInAs, signInAtProvider } from './login';

test('a job seeker opening /beheer sees "Geen toegang", not the admin page', async ({ page }) => {
  await logInAs(page, 'werkzoekende');

  await page.goto('/beheer');

  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByRole('link', { name: 'Naar mijn eigen pagina' }).click();
  await expect(page).toHaveURL(/\/werkzoekende$/);
});

test('an anonymous visitor of a role page is asked to log in, and lands there after logging in', async ({ page }) => {
  await page.goto('/werkgever');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen vereist' })).toBeVisible();

  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await signInAtProvider(page, 'werkgever');

  await page.waitForURL((url) => url.pathname === '/werkgever');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom,');
});
