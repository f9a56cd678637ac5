import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir } from './paths';

export const demoPassword = 'vaardig-demo';

export interface DemoAccount {
  readonly username: string;
  readonly role: 'JOB_SEEKER' | 'JOBCOACH' | 'EMPLOYER' | 'REGIO_STAFF' | 'ADMIN';
  readonly landing: string;
  /** Dutch role name as the landing page shows it. */
  readonly roleLabel: string;
  /** Text the landing page must show for this account (region, organisation), if any. */
  readonly detail?: string;
}

/** The local profile's demo accounts (web-api application-local.yml). */
export const demoAccounts: readonly DemoAccount[] = [
  { username: 'werkzoekende', role: 'JOB_SEEKER', landing: '/werkzoekende', roleLabel: 'Werkzoekende' },
  { username: 'jobcoach', role: 'JOBCOACH', landing: '/jobcoach', roleLabel: 'Jobcoach', detail: 'AM18 Groot Amsterdam' },
  { username: 'jobcoach-rijnmond', role: 'JOBCOACH', landing: '/jobcoach', roleLabel: 'Jobcoach', detail: 'AM22 Rijnmond' },
  { username: 'werkgever', role: 'EMPLOYER', landing: '/werkgever', roleLabel: 'Werkgever', detail: 'Zorggroep Amstelland' },
  { username: 'regio', role: 'REGIO_STAFF', landing: '/regio', roleLabel: 'Regiomedewerker', detail: 'AM18 Groot Amsterdam' },
  { username: 'beheer', role: 'ADMIN', landing: '/beheer', roleLabel: 'Beheerder' },
];

export function account(username: string): DemoAccount {
  const found = demoAccounts.find((candidate) => candidate.username === username);
  if (!found) throw new Error(`No demo account ${username}`);
  return found;
}

/** WCAG 2.1 A and AA, as axe checks them: the page must have no violation at all. */
export async function expectNoAccessibilityViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `accessibility violations on ${what}`).toEqual([]);
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const folder = join(artifactsDir, 'screenshots');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
