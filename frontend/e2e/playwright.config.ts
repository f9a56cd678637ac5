import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { artifactsDir, baseURL } from './paths';

// Run by `npm run e2e` against a running Vaardig (the JUnit IT in web-api starts one and sets
// VAARDIG_BASE_URL and VAARDIG_E2E_OUT). Playwright never downloads a browser: it drives Debian's
// Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: join(artifactsDir, 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: true,
  reporter: [
    ['list'],
    ['html', { outputFolder: join(artifactsDir, 'html-report'), open: 'never' }],
    ['junit', { outputFile: join(artifactsDir, 'junit.xml') }],
  ],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The machines have no network but the package registries: Chromium's own background
      // connections would only fail, so they are switched off.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
