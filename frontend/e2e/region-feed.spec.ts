import { expect, test, type Locator, type Page } from '@playwright/test';
import { logInAs } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

// Issue 7: an employer publishes a vacancy in region A through the form; the coach of region A sees it
// appear live (no reload) with one more unread, the coach of region B does not.

/** How long region B's coach is watched after region A's coach saw the vacancy. */
const graceMillis = 3000;

function feedOf(page: Page): Locator {
  return page.getByRole('region', { name: /^Live uit je regio/ });
}

async function openLiveFeed(page: Page): Promise<void> {
  await expect(feedOf(page).getByRole('status').filter({ hasText: 'Live verbonden' })).toBeVisible();
  await expect(feedOf(page).getByText('Gebeurtenissen worden opgehaald…')).toHaveCount(0);
}

/** Read in one step: the badge may go between two locator calls, and a waiting read would then hang. */
async function unreadCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const badge = document.querySelector('#region-feed-heading .count-badge .visually-hidden');
    return badge ? Number.parseInt(badge.textContent ?? '', 10) : 0;
  });
}

test('a vacancy published in AM18 appears live for the AM18 coach and never for the AM22 coach', async ({ browser }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [amsterdamContext, rijnmondContext, employerContext] = contexts;
  try {
    const amsterdam = await amsterdamContext!.newPage();
    const rijnmond = await rijnmondContext!.newPage();
    const employer = await employerContext!.newPage();

    await logInAs(amsterdam, 'jobcoach');
    await logInAs(rijnmond, 'jobcoach-rijnmond');
    await openLiveFeed(amsterdam);
    await openLiveFeed(rijnmond);
    await expectNoAccessibilityViolations(amsterdam, '/jobcoach with the live feed');
    const unreadBefore = await unreadCount(amsterdam);
    // Set in the page: still there afterwards means the vacancy came without a reload.
    await amsterdam.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    const title = `Wijkverpleegkundige E2E ${Date.now()}`;
    await logInAs(employer, 'werkgever');
    await employer.goto('/werkgever/vacatures/nieuw');
    await expect(employer.getByRole('heading', { level: 1, name: 'Nieuwe vacature' })).toBeVisible();

    // Sent empty, the form says at each field what is missing.
    await employer.getByRole('button', { name: 'Vacature publiceren' }).click();
    await expect(employer.getByLabel('Functietitel')).toHaveAccessibleDescription('Vul een functietitel in.');
    await expect(employer.getByLabel('Functietitel')).toBeFocused();
    await expect(employer.getByLabel('Arbeidsmarktregio')).toHaveAttribute('aria-invalid', 'true');

    await employer.getByLabel('Functietitel').fill(title);
    await employer.getByLabel('Omschrijving').fill('Je verleent persoonlijke verzorging en verpleging aan cliënten thuis en overlegt met de huisarts.');
    await employer.getByLabel('Arbeidsmarktregio').selectOption('AM18');
    await employer.getByLabel('Gemeente (optioneel)').fill('Amstelveen');
    await employer.getByLabel('Uren per week, minimaal').fill('24');
    await employer.getByLabel('Uren per week, maximaal').fill('32');
    await employer.getByLabel('Soort contract').selectOption('PERMANENT');

    // Suggestions come from the text-to-skills service when it is there; without it the form says so and goes on.
    await employer.getByRole('button', { name: 'Stel vaardigheden voor' }).click();
    await expect(employer.getByText(/vaardigheden toegevoegd|niet beschikbaar/)).toBeVisible();
    const firstRemove = employer.getByRole('button', { name: /^Verwijderen / }).first();
    if ((await firstRemove.count()) > 0) {
      await employer.getByRole('radio', { name: 'Gewenst' }).first().check();
    }
    await expectNoAccessibilityViolations(employer, '/werkgever/vacatures/nieuw');
    await saveScreenshot(employer, 'new-vacancy-form');

    const publishedAt = Date.now();
    await employer.getByRole('button', { name: 'Vacature publiceren' }).click();
    await employer.waitForURL((url) => url.pathname === '/werkgever');
    await expect(employer.getByRole('status').filter({ hasText: `De vacature "${title}" is gepubliceerd.` })).toBeVisible();

    const line = `Nieuwe vacature: ${title} in Groot Amsterdam`;
    await expect(feedOf(amsterdam).getByRole('listitem').filter({ hasText: line })).toBeVisible({ timeout: 20_000 });
    // Click → POST → outbox → Kafka → region-feed consumer → SSE → rendered, as the browser sees it.
    console.log(`REGION-FEED-E2E publish click to line on the coach's screen: ${Date.now() - publishedAt} ms`);
    await saveScreenshot(amsterdam, 'region-feed-live');
    await expect(feedOf(amsterdam).getByRole('listitem').first()).toContainText(line);
    await expect.poll(() => unreadCount(amsterdam)).toBe(unreadBefore + 1);
    await expect(amsterdam.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Jobcoach/ })).toHaveAccessibleName(
      `Jobcoach ${unreadBefore + 1} ongelezen`,
    );
    await expect(amsterdam.getByTestId('feed-announcer')).toHaveText(`Nieuw in je regio: ${line}`);
    expect(await amsterdam.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // Region B's coach is still connected and, after a grace period, has not seen it.
    await rijnmond.waitForTimeout(graceMillis);
    await expect(feedOf(rijnmond).getByRole('status').filter({ hasText: 'Live verbonden' })).toBeVisible();
    await expect(rijnmond.getByText(title)).toHaveCount(0);

    await feedOf(amsterdam).getByRole('button', { name: 'Markeer als gelezen' }).click();
    await expect.poll(() => unreadCount(amsterdam)).toBe(0);
    await expect(amsterdam.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Jobcoach/ })).toHaveAccessibleName('Jobcoach');
    await expectNoAccessibilityViolations(amsterdam, '/jobcoach after a live vacancy');
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});

// Issue 18: a line of the live feed opens what it is about, by keyboard; a coach of another region who opens the same
// vacancy gets a clear refusal (the server's object-level check), not an error page.
test('the coach opens a live-feed item; a coach of another region is refused', async ({ browser }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [amsterdamContext, rijnmondContext, employerContext] = contexts;
  try {
    const amsterdam = await amsterdamContext!.newPage();
    const rijnmond = await rijnmondContext!.newPage();
    const employer = await employerContext!.newPage();
    await logInAs(amsterdam, 'jobcoach');
    await openLiveFeed(amsterdam);

    const title = `Magazijnmedewerker E2E ${Date.now()}`;
    await logInAs(employer, 'werkgever');
    await employer.goto('/werkgever/vacatures/nieuw');
    await employer.getByLabel('Functietitel').fill(title);
    await employer.getByLabel('Omschrijving').fill('Je ontvangt goederen, rijdt op de heftruck en werkt samen in een klein team.');
    await employer.getByLabel('Arbeidsmarktregio').selectOption('AM18');
    await employer.getByLabel('Gemeente (optioneel)').fill('Amstelveen');
    await employer.getByLabel('Uren per week, minimaal').fill('24');
    await employer.getByLabel('Uren per week, maximaal').fill('32');
    await employer.getByLabel('Soort contract').selectOption('PERMANENT');
    await employer.getByRole('button', { name: 'Vacature publiceren' }).click();
    await employer.waitForURL((url) => url.pathname === '/werkgever');

    const line = `Nieuwe vacature: ${title} in Groot Amsterdam`;
    const link = feedOf(amsterdam).getByRole('link', { name: line });
    await expect(link).toBeVisible({ timeout: 20_000 });
    await link.focus();
    await amsterdam.keyboard.press('Enter');
    await amsterdam.waitForURL((url) => url.pathname.startsWith('/jobcoach/vacatures/'));
    await expect(amsterdam.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(amsterdam.getByText('Open', { exact: true })).toBeVisible();
    await expect(amsterdam.getByText(/Zorggroep Amstelland · Amstelveen, Groot Amsterdam · 24–32 uur per week/)).toBeVisible();
    await expectNoAccessibilityViolations(amsterdam, '/jobcoach/vacatures/:id opened from the feed');
    await saveScreenshot(amsterdam, 'region-feed-opened-vacancy');
    const vacancyPath = new URL(amsterdam.url()).pathname;

    await logInAs(rijnmond, 'jobcoach-rijnmond');
    await rijnmond.goto(vacancyPath);
    const refusal = rijnmond.getByRole('alert');
    await expect(refusal).toContainText('De vacature kon niet worden geopend');
    await expect(refusal).toContainText('Dit bestaat niet of je hebt er geen toegang toe.');
    await expect(rijnmond.getByText(title)).toHaveCount(0);
    await expectNoAccessibilityViolations(rijnmond, '/jobcoach/vacatures/:id of another region');
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});
