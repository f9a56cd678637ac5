import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerNewSeeker, saveProfile } from './register';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

// Issue 18: a new job seeker imports an edubadge (an Open Badges 2.0 assertion baked into a PNG); the badge becomes
// evidence on the skills it names and is in the JSON-LD export, marked as not verified. A picture without badge data
// is refused in Dutch and changes nothing.

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const forklift = 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da';
const badgeName = 'Heftruckcertificaat (e2e)';

interface ExportedBadge {
  readonly '@id': string;
  readonly name: string;
  readonly verified: boolean;
  readonly alignedSkills: readonly string[];
}

interface Exported {
  readonly profile: {
    readonly skills: readonly { readonly skill: { readonly '@id': string }; readonly evidenceBadges: readonly string[] }[];
    readonly badges: readonly ExportedBadge[];
  };
}

function panel(page: Page) {
  return page.getByRole('region', { name: 'Bewijs uit badges (Open Badges, edubadges)' });
}

async function upload(page: Page, file: string): Promise<void> {
  await panel(page).getByLabel('Badgebestand (JSON, PNG of SVG, hoogstens 2 MB)').setInputFiles(join(fixtures, file));
  await panel(page).getByRole('button', { name: 'Badge toevoegen' }).click();
}

test('a seeker imports an edubadge file: evidence on the skill and in the export, not verified', async ({ page }) => {
  await registerNewSeeker(page);
  await page.goto('/werkzoekende/profiel');
  await expect(panel(page).getByText('Je hebt nog geen badges toegevoegd.')).toBeVisible();

  // a picture without the openbadges chunk: a Dutch reason and nothing added
  await upload(page, 'plain-image.png');
  const refusal = panel(page).getByRole('alert');
  await expect(refusal).toContainText('De badge is niet toegevoegd');
  await expect(refusal).toContainText("Deze PNG-afbeelding bevat geen badgegegevens (geen 'openbadges'-blok)");
  await expect(panel(page).getByText('Je hebt nog geen badges toegevoegd.')).toBeVisible();

  const importedAt = Date.now();
  await upload(page, 'edubadge-heftruck.png');
  await expect(panel(page).getByRole('status')).toHaveText(`De badge "${badgeName}" staat nu bij je bewijzen.`);
  // click → POST /api/me/badges (PNG read, alignments, store) → rendered, as the browser sees it
  console.log(`BADGE-IMPORT-E2E choose-and-click to badge on screen: ${Date.now() - importedAt} ms`);
  const card = panel(page).getByRole('listitem', { name: badgeName });
  await expect(card).toContainText('Uitgegeven door Testacademie Vaardig');
  await expect(card).toContainText('Niet geverifieerd');
  await expect(card).toContainText('alleen bij de uitgever via internet worden gecontroleerd');

  // the seeker chooses: both skills of the badge into the profile, by keyboard
  const add = card.getByRole('button', { name: / toevoegen aan je profiel$/ });
  await expect(add).toHaveCount(2);
  await add.first().focus();
  await page.keyboard.press('Enter');
  await expect(add).toHaveCount(1);
  await add.first().click();
  await expect(card.getByText('staat in je profiel')).toHaveCount(2);
  const evidence = page.getByRole('list', { name: 'Bewijs uit badges', exact: true });
  await expect(evidence).toHaveCount(2);
  await expect(evidence.first()).toContainText(`Bewijs: badge "${badgeName}"`);
  await expect(evidence.first()).toContainText('Niet geverifieerd');
  await saveProfile(page);
  await expectNoAccessibilityViolations(page, '/werkzoekende/profiel with an imported badge');
  await saveScreenshot(page, 'badges-profile');

  await page.goto('/werkzoekende/gegevens');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gegevens downloaden' }).click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf-8')) as Exported;
  expect(exported.profile.badges).toHaveLength(1);
  const badge = exported.profile.badges[0]!;
  expect(badge.name).toBe(badgeName);
  expect(badge.verified).toBe(false);
  expect(badge.alignedSkills).toContain(forklift);
  const skill = exported.profile.skills.find((s) => s.skill['@id'] === forklift);
  expect(skill?.evidenceBadges).toEqual([badge['@id']]);
  // the import is in the person's own log, in words
  await expect(page.getByRole('table', { name: /^Logboek van je gegevens/ })).toContainText('Badge toegevoegd als bewijs');
  await expectNoAccessibilityViolations(page, '/werkzoekende/gegevens after a badge import');
});
