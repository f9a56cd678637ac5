import { expect, test } from '@playwright/test';
import { logInAs } from './login';
import { demoAccounts, expectNoAccessibilityViolations, saveScreenshot } from './support';

for (const demo of demoAccounts) {
  test(`${demo.username} logs in, lands on ${demo.landing}, meets WCAG 2.1 AA and logs out`, async ({ page }) => {
    await logInAs(page, demo);

    const main = page.getByRole('main');
    await expect(main.getByRole('definition').first()).toHaveText(demo.roleLabel);
    if (demo.detail) {
      await expect(main).toContainText(demo.detail);
    }
    if (demo.role === 'ADMIN') {
      await expect(main.getByRole('table', { name: 'Status per onderdeel' })).toBeVisible();
      await expect(main.getByRole('rowheader', { name: 'Database' })).toBeVisible();
    }
    await expect(page.getByRole('banner')).toContainText('Ingelogd als');

    await saveScreenshot(page, demo.username);
    await expectNoAccessibilityViolations(page, `${demo.landing} as ${demo.username}`);

    await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.getByRole('heading', { level: 1, name: 'Vind werk op wat je kunt' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Inloggen' })).toBeEnabled();
    await expect(page.getByRole('banner')).not.toContainText('Ingelogd als');

    // Logged out means logged out: the role page now asks to log in.
    await page.goto(demo.landing);
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen vereist' })).toBeVisible();
  });
}
