import { expect, test, type Page } from '@playwright/test';
import { logInAs } from './login';
import { expectNoAccessibilityViolations, saveScreenshot } from './support';

// Issue 18: the regio dashboard at 1280 px and 390 px with nothing cut off. A box that clips its content is allowed
// only as a named scroll region you can reach with the keyboard; the map's table fits at 1280 px; screenshots of
// both widths go to the e2e artefacts (screenshots/regio-dashboard-1280.png, -390.png).

interface Clipped {
  readonly what: string;
  readonly scrollWidth: number;
  readonly clientWidth: number;
}

/** Boxes in the dashboard whose content is wider than they are, except named, focusable scroll regions. */
async function clippedBoxes(page: Page): Promise<Clipped[]> {
  return page.locator('.lmi-dashboard').evaluate((dashboard) => {
    const out: { what: string; scrollWidth: number; clientWidth: number }[] = [];
    for (const element of [dashboard, ...Array.from(dashboard.querySelectorAll<HTMLElement>('*'))]) {
      if (!(element instanceof HTMLElement) || element.clientWidth <= 1) continue; // visually hidden texts
      if (['SELECT', 'INPUT', 'OPTION', 'CANVAS'].includes(element.tagName)) continue;
      const overflow = getComputedStyle(element).overflowX;
      const clips = overflow !== 'visible';
      const panel = element.classList.contains('panel') || element === dashboard;
      if (!(clips || panel) || element.scrollWidth <= element.clientWidth + 1) continue;
      const scrollRegion = (overflow === 'auto' || overflow === 'scroll') && element.tabIndex === 0
        && element.getAttribute('role') === 'region' && (element.getAttribute('aria-label') ?? '') !== '';
      if (!scrollRegion) {
        out.push({ what: `${element.tagName.toLowerCase()}.${element.className}`, scrollWidth: element.scrollWidth, clientWidth: element.clientWidth });
      }
    }
    return out;
  });
}

async function checkWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.waitForTimeout(500); // the charts follow the window's resize event
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width at ${width} px`).toBeLessThanOrEqual(width);
  expect(await clippedBoxes(page), `boxes that cut off their content at ${width} px`).toEqual([]);

  // every scroll region lies inside the screen and takes the keyboard focus
  for (const region of await page.locator('.lmi-dashboard .table-scroll').all()) {
    const box = await region.boundingBox();
    expect(box, 'a visible scroll region').not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
    await region.focus();
    await expect(region).toBeFocused();
  }
  // the charts are as wide as their panel, not wider
  for (const chart of await page.locator('.lmi-dashboard .chart').all()) {
    const fits = await chart.evaluate((c) => c.getBoundingClientRect().width <= (c.parentElement?.clientWidth ?? 0) + 0.5);
    expect(fits, 'a chart within its panel').toBe(true);
  }
}

test('the regio dashboard at 1280 px and 390 px: nothing cut off, the map table whole, screenshots of both', async ({ page }) => {
  test.setTimeout(240_000);
  await logInAs(page, 'regio');
  const mapTable = page.getByRole('table', { name: /per arbeidsmarktregio/ });
  await expect(mapTable).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('img', { name: /Bellengrafiek/ }).locator('canvas')).toHaveCount(1, { timeout: 60_000 });
  await expect(page.getByRole('table', { name: /Vraag, aanbod en spanning per vaardigheid/ })).toBeVisible();
  // what hides behind "show all" is checked too
  await page.locator('.lmi-dashboard details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));

  await checkWidth(page, 1280);
  // at 1280 px the map's table is not merely scrollable but whole: every column visible without scrolling sideways
  const mapScroll = page.locator('.lmi-map-layout .table-scroll');
  expect(await mapScroll.evaluate((s) => s.scrollWidth <= s.clientWidth + 1), 'the map table fits its box at 1280 px').toBe(true);
  await saveScreenshot(page, 'regio-dashboard-1280');

  // "wil het leren": figures, or no column and a sentence why; never a column of marks only
  const skillsTable = page.getByRole('table', { name: /Vraag, aanbod en spanning per vaardigheid/ });
  const wantsHeader = skillsTable.getByRole('columnheader', { name: 'Wil het leren' });
  if ((await wantsHeader.count()) > 0) {
    const column = (await skillsTable.getByRole('columnheader').allInnerTexts()).indexOf('Wil het leren') + 1;
    const cells = await skillsTable.locator(`tbody tr td:nth-child(${column})`).allInnerTexts();
    expect(cells.some((c) => c.trim() !== 'x'), 'at least one figure in "Wil het leren"').toBe(true);
  } else {
    await expect(page.getByText(/De kolom "Wil het leren" ontbreekt/).first()).toBeVisible();
  }
  await expect(page.getByText(/De tijdlijn toont alleen hele kwartalen/)).toBeVisible();

  await checkWidth(page, 390);
  await saveScreenshot(page, 'regio-dashboard-390');
  await expectNoAccessibilityViolations(page, 'the regio dashboard at 390 px');
});
