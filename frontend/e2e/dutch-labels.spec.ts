import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addSkillWithTypeahead, registerNewSeeker, saveProfile } from './register';
import { logInAs } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

// Issue 12: the screens show Dutch skill labels; a derived Dutch label ("bron: afgeleid", an automatic translation,
// not the ESCO name) is visibly marked wherever it is shown. Which skill has a derived label is asked from the
// typeahead API, so the journeys follow the shipped data instead of a copied label.

interface LabelledSkill {
  readonly uri: string;
  readonly label: string;
  readonly labelLanguage: string;
  readonly derived: boolean;
}

const derivedTitle = 'bron: afgeleid — automatisch vertaald uit ESCO, geen officiële ESCO-benaming';

/** A skill whose Dutch label is derived today, found through the public typeahead with everyday Dutch verbs. */
async function skillWithDerivedLabel(request: APIRequestContext): Promise<LabelledSkill> {
  for (const word of ['initiatief', 'beheren', 'gebruiken', 'installeren']) {
    const response = await request.get(`/api/public/taxonomy/suggest?kind=skill&limit=25&lang=nl&q=${encodeURIComponent(word)}`);
    expect(response.ok()).toBe(true);
    const items = ((await response.json()) as { items: LabelledSkill[] }).items;
    const derived = items.find((item) => item.derived && item.labelLanguage === 'nl' && item.label.length <= 60);
    if (derived) return derived;
  }
  throw new Error('the typeahead knows no skill with a derived Dutch label');
}

/** The "afgeleid" marker next to a label: a word in the page, its reason in the title and for screen readers. */
async function expectDerivedMarker(scope: Locator): Promise<void> {
  const marker = scope.locator('.label-derived');
  await expect(marker).toBeVisible();
  await expect(marker).toHaveAttribute('title', derivedTitle);
  await expect(marker).toContainText('afgeleid');
}

async function typeIn(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.fill('');
  await box.pressSequentially(text, { delay: 20 });
}

test('the explore page shows the Dutch label of a skill and marks a derived one, in the typeahead and the profile', async ({ page, request }) => {
  const skill = await skillWithDerivedLabel(request);
  await page.goto('/ontdekken');
  const box = page.getByRole('combobox', { name: 'Zoek een vaardigheid om toe te voegen' });
  await typeIn(box, skill.label);
  const option = page.getByRole('option', { name: new RegExp(`^${escape(skill.label)}`) }).first();
  await expect(option).toBeVisible();
  await expectDerivedMarker(option);
  await expect(option.locator('[lang="en"]')).toHaveCount(0);
  await option.click();

  const row = page.getByRole('rowheader', { name: new RegExp(`^${escape(skill.label)}`) });
  await expect(row).toBeVisible();
  await expectDerivedMarker(row);
  await expect(row).toHaveAccessibleName(new RegExp(`afgeleid – ${escape(derivedTitle)}`));
  await saveScreenshot(page, 'dutch-labels-explore');
  await expectNoAccessibilityViolations(page, 'the explore page with a derived label');
});

test('the typeahead finds a Dutch skill for "wondzorg"', async ({ page }) => {
  // Needs the Dutch labels of issue 12 (crosswalk and derived labels in the taxonomy module).
  await page.goto('/ontdekken');
  const box = page.getByRole('combobox', { name: 'Zoek een vaardigheid om toe te voegen' });
  await typeIn(box, 'wondzorg');
  const first = page.getByRole('option').first();
  await expect(first).toBeVisible();
  await expect(first).toContainText(/wond/i);
  await expect(first.locator('.lang-tag')).toHaveCount(0);
});

test('the profile editor shows the derived label marked, also after saving and reloading', async ({ page, request }) => {
  test.setTimeout(120_000);
  const skill = await skillWithDerivedLabel(request);
  await registerNewSeeker(page);
  await page.goto('/werkzoekende/profiel');
  await addSkillWithTypeahead(page, skill.label, skill.label);
  const heading = page.getByRole('heading', { level: 3, name: new RegExp(`^${escape(skill.label)}`) });
  await expectDerivedMarker(heading);
  await saveProfile(page);

  await page.reload();
  const saved = page.getByRole('heading', { level: 3, name: new RegExp(`^${escape(skill.label)}`) });
  await expectDerivedMarker(saved);
  await expect(saved.locator('.concept-label')).toHaveText(skill.label);
  await saveScreenshot(page, 'dutch-labels-profile');
  await expectNoAccessibilityViolations(page, 'the profile editor with a derived label');
});

test('the regio dashboard names skills in Dutch and its CSV has Dutch, English and source columns', async ({ page }) => {
  test.setTimeout(180_000);
  await logInAs(page, 'regio');
  const skillsSection = page.getByRole('region', { name: /Vaardigheden in Groot Amsterdam/ });
  const rows = skillsSection.getByRole('table').first().locator('tbody th');
  await expect(rows.first()).toBeVisible({ timeout: 60_000 });
  const shown = await rows.count();
  const english = await rows.locator('.lang-tag').count();
  expect(english, `skills shown in English out of ${shown}`).toBeLessThan(shown);
  // every derived label in the table carries its marker
  const derived = skillsSection.getByRole('table').first().locator('tbody th .label-derived');
  const derivedCount = await derived.count();
  for (let i = 0; i < derivedCount; i++) {
    await expect(derived.nth(i)).toHaveAttribute('title', derivedTitle);
  }
  // the figure for docs/benchmarks.md: how the skills of the default table are named today
  console.log(`DUTCH-LABELS-REGIO skills=${shown} english=${english} derived=${derivedCount} official=${shown - english - derivedCount}`);

  const [download] = await Promise.all([page.waitForEvent('download'), skillsSection.getByRole('button', { name: 'CSV downloaden' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.split('\r\n').filter((line) => line !== '' && !line.startsWith('\uFEFF#') && !line.startsWith('#'));
  expect(lines[0]).toMatch(/^code;omschrijving;omschrijving Engels;bron omschrijving;vraag;/);
  for (const line of lines.slice(1)) {
    expect(line.split(';')[3], line).toMatch(/^(officieel|afgeleid|geen)$/);
  }
  await saveScreenshot(page, 'dutch-labels-regio');
  await expectNoAccessibilityViolations(page, 'the regio dashboard with Dutch labels');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
