import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

test('the home page is Dutch by default and meets WCAG 2.1 AA', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Vind werk op wat je kunt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#inhoud');
  await expect(page.getByRole('contentinfo')).toContainText('Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie.');
  await expect(page.getByRole('contentinfo')).toContainText('This service uses the ESCO classification of the European Commission.');
  await expect(page.getByRole('contentinfo')).toContainText("Bron regio's: CBS, PDOK");
  // The login button is enabled only once the OIDC settings were loaded from the server.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Inloggen' })).toBeEnabled();
  await saveScreenshot(page, 'home-nl');
  await expectNoAccessibilityViolations(page, 'the home page (nl)');
});

test('the skip link moves keyboard users to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
});

test('the home page works on a small screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal scrolling at 360 px').toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'home-nl-mobile');
  await expectNoAccessibilityViolations(page, 'the home page on a small screen');
});

test('an unknown address shows a page-not-found page inside the app', async ({ page }) => {
  await page.goto('/bestaat-niet');
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
});
