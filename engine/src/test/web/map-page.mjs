// Browser test of the map page: Debian's chromium driven by playwright-core. Loads the page,
// finds the markers of the ingested events, filters by type, opens an event and takes a screenshot.
// Usage: node map-page.mjs URL SCREENSHOT.png EVENT_TYPE
// Prints "markers: N", "filtered: N", "brushed: FROM to TO", "event: TITLE" and "screenshot: PATH";
// exits 1 on any failure.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, shot, type] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
const failures = [];
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run']
});
try {
  const page = context.pages()[0] || await context.newPage();
  const origin = new URL(url).origin;
  page.on('request', r => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) { failures.push('fetched from outside: ' + r.url()); } });
  page.on('pageerror', e => failures.push('page error: ' + e.message));
  page.on('console', m => { if (m.type() === 'error') { failures.push('console error: ' + m.text()); } });

  await page.goto(url, { waitUntil: 'networkidle' });
  const markers = page.locator('.ev-marker, .marker-cluster');
  await markers.first().waitFor({ timeout: 20000 });
  console.log('markers: ' + await markers.count());
  await page.locator('#timeline rect.bar').first().waitFor({ timeout: 10000 });

  // Brushing the whole timeline sets a time range that keeps every day, and the URL holds it.
  const brushed = page.waitForResponse(r => r.url().includes('/api/events?') && r.url().includes('from='));
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await brushed;
  await page.waitForFunction(() => /[?&]from=.*&to=/.test(location.search), null, { timeout: 10000 });
  console.log('brushed: ' + new URL(page.url()).searchParams.get('from') + ' to ' + new URL(page.url()).searchParams.get('to'));

  const filtered = page.waitForResponse(r => r.url().includes('/api/events?') && r.url().includes('type=' + type));
  await page.selectOption('#f-type', type);
  await filtered;
  await page.waitForTimeout(500);
  if (!page.url().includes('type=' + type)) { failures.push('the URL does not hold the filter: ' + page.url()); }
  console.log('filtered: ' + await page.locator('#count').textContent());

  // Clusters hide single markers: zoom into clusters until a marker of the chosen type shows.
  const single = page.locator('.ev-marker.ev-' + type);
  for (let i = 0; i < 8 && await single.count() === 0; i++) {
    await page.locator('.marker-cluster').first().click();
    await page.waitForTimeout(700);
  }
  await single.first().click();
  const title = page.locator('#ev-title');
  await title.waitFor({ timeout: 10000 });
  await page.locator('#panel mark').first().waitFor({ timeout: 10000 });
  console.log('event: ' + (await title.textContent()).trim());
  if (!page.url().includes('ev=')) { failures.push('the URL does not hold the open event: ' + page.url()); }
  await page.waitForTimeout(500);
  await page.screenshot({ path: shot });
  console.log('screenshot: ' + shot);
} catch (e) {
  failures.push(String(e));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
for (const f of failures) { console.error('FAIL ' + f); }
process.exit(failures.length ? 1 : 0);
