// Opens vaultlint's HTML pages in headless Chromium (playwright-core) and
// uses them as a person would. usage:
//   node pages.js CHROMIUM GRAPH_HTML REPORT_HTML EXPECTED_JSON SCREENSHOT [LARGE_HTML LARGE_NOTES]
// EXPECTED_JSON holds what the page must show: {"notes": N, "links": M,
// "search": "text", "note": "path", "backlinks": ["path", ...]}.
// Prints "ok ..." / "FAIL ..." lines; exits 1 on any failure.
'use strict';
const fs = require('fs');
const { chromium } = require('playwright-core');

const [chromiumPath, graphFile, reportFile, expectedFile, screenshot, largeFile, largeNotes] =
  process.argv.slice(2);
const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));
let failures = 0;
function expect(what, ok, detail) {
  console.log((ok ? 'ok   ' : 'FAIL ') + what + (ok || detail === undefined ? '' : ': ' + JSON.stringify(detail)));
  if (!ok) ++failures;
}
const quote = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exact = (text) => new RegExp('^' + quote(text) + '$');
const exactEnd = (text) => new RegExp(quote(text) + '$');
const url = (file) => 'file://' + fs.realpathSync(file);

/// A new page, with the script errors it raises and the requests it makes
/// for anything but local files.
async function openPage(browser, width, height) {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith('file://')) requests.push(r.url()); });
  return { page, errors, requests };
}

async function graphPage(browser) {
  const { page, errors, requests } = await openPage(browser, 1400, 860);
  await page.goto(url(graphFile));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  const total = await page.textContent('#total-notes');
  expect('graph: the header shows the vault\'s note count', Number(total) === expected.notes, total);
  expect('graph: the header shows the link count',
    Number(await page.textContent('#total-links')) === expected.links, await page.textContent('#total-links'));
  const drawn = await page.evaluate(() => document.querySelectorAll('#graph canvas').length);
  expect('graph: cytoscape drew into canvases', drawn > 0, drawn);
  expect('graph: every note is drawn at first (small vault)',
    Number(await page.textContent('#shown-notes')) === expected.notes, await page.textContent('#shown-notes'));

  await page.fill('#search', expected.search);
  const hits = await page.$$eval('#results button', (bs) => bs.map((b) => b.textContent));
  expect('graph: searching lists the note', hits.some((h) => h.endsWith(expected.note)), hits);
  await page.locator('#results button').filter({ hasText: exactEnd(expected.note) }).first().click();
  expect('graph: clicking it opens its panel',
    (await page.textContent('#panel .path')) === expected.note, await page.textContent('#panel .path'));
  const backlinks = await page.$$eval('#backlinks button', (bs) => bs.map((b) => b.textContent));
  expect('graph: the panel lists its backlinks', JSON.stringify(backlinks) === JSON.stringify(expected.backlink_titles),
    backlinks);
  const frontMatter = await page.textContent('#front-matter');
  expect('graph: the panel shows its front matter', frontMatter.includes(expected.front_matter_line), frontMatter);
  expect('graph: the address names the note',
    decodeURIComponent(new URL(page.url()).hash) === '#note=' + expected.note, page.url());
  // A backlink leads to the note that links here.
  await page.click('#backlinks button');
  expect('graph: a backlink opens the linking note',
    (await page.textContent('#panel-title')) === expected.backlink_titles[0], await page.textContent('#panel-title'));

  // Filters: hiding a type hides its notes.
  const typeBoxes = await page.$$('#type-filters input');
  await typeBoxes[0].uncheck();
  const shown = Number(await page.textContent('#shown-notes'));
  expect('graph: unticking a type hides its notes', shown < expected.notes, shown);
  await typeBoxes[0].check();

  // A broken reference is drawn and listed.
  await page.goto(url(graphFile) + '#note=' + encodeURIComponent(expected.broken_note));
  await page.waitForSelector('body[data-ready="true"]');
  const broken = await page.$$eval('#broken li', (li) => li.map((l) => l.textContent));
  expect('graph: #note=PATH opens that note, its broken references listed',
    broken.some((b) => b.startsWith(expected.broken_target)), broken);
  expect('graph: broken references are drawn',
    Number(await page.textContent('#shown-broken')) === expected.broken, await page.textContent('#shown-broken'));

  await page.goto(url(graphFile) + '#note=' + encodeURIComponent(expected.note));
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForTimeout(400);
  await page.screenshot({ path: screenshot });
  expect('graph: no script error', errors.length === 0, errors);
  expect('graph: no network request', requests.length === 0, requests);
  await page.close();
}

async function reportPage(browser) {
  const { page, errors, requests } = await openPage(browser, 1200, 900);
  await page.goto(url(reportFile));
  const count = (id) => page.textContent(id).then(Number);
  expect('report: the note count', (await count('#count-notes')) === expected.notes);
  expect('report: the error count', (await count('#count-errors')) === expected.errors);
  expect('report: the warning count', (await count('#count-warnings')) === expected.warnings);
  const rows = await page.$$eval('#by-rule ~ section.rule tr.finding', (r) => r.length);
  expect('report: one row per finding under "by rule"', rows === expected.errors + expected.warnings, rows);
  const bars = await page.$$eval('#chart rect', (r) => r.length);
  expect('report: one bar per rule', bars === expected.rules, bars);
  // A note's link leads into the graph page, opened on that note.
  const link = page.locator('section.file h3 a').filter({ hasText: exact(expected.broken_note) });
  expect('report: a file heading links into the graph page', (await link.count()) === 1);
  if ((await link.count()) === 1) {
    await link.click();
    await page.waitForSelector('body[data-ready="true"]');
    expect('report: the link opens the graph on that note',
      (await page.textContent('#panel .path')) === expected.broken_note, await page.textContent('#panel .path'));
  }
  expect('report: no script error', errors.length === 0, errors);
  expect('report: no network request', requests.length === 0, requests);
  await page.close();
}

/// Names and titles that are markup must show as text, run nothing, fetch nothing.
async function hostilePage(browser, hostile) {
  const { page, errors, requests } = await openPage(browser, 1400, 860);
  page.on('dialog', (d) => { errors.push('dialog: ' + d.message()); d.dismiss(); });
  await page.goto(url(hostile.page));
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill('#search', '<img');
  await page.locator('#results button').first().click();
  expect('hostile: the title shows as text', (await page.textContent('#panel-title')) === hostile.title,
    await page.textContent('#panel-title'));
  expect('hostile: the path shows as text', (await page.textContent('#panel .path')) === hostile.path);
  expect('hostile: the id shows as text', (await page.textContent('#panel dd')) === hostile.id);
  const broken = await page.$$eval('#broken li', (li) => li.map((l) => l.textContent));
  expect('hostile: the broken target shows as text', broken.some((b) => b.startsWith(hostile.broken)), broken);
  const injected = await page.evaluate(() => document.querySelectorAll('#panel img, #panel iframe, #panel b, #results img').length);
  expect('hostile: no element made from vault text', injected === 0, injected);
  expect('hostile: the page title is untouched', (await page.title()).endsWith('vaultlint graph'), await page.title());
  expect('hostile: no script error or dialog', errors.length === 0, errors);
  expect('hostile: no network request', requests.length === 0, requests);
  await page.close();
}

async function largePage(browser) {
  const { page, errors } = await openPage(browser, 1400, 860);
  const size = fs.statSync(largeFile).size;
  const start = Date.now();
  await page.goto(url(largeFile));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
  const loaded = Date.now() - start;
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { domContentLoaded: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd) };
  });
  console.log(`large page: ${largeNotes} notes, ${(size / 1e6).toFixed(1)} MB, ready after ${loaded} ms ` +
    `(DOMContentLoaded ${timing.domContentLoaded} ms)`);
  expect('large: the header shows every note', Number(await page.textContent('#total-notes')) === Number(largeNotes));
  const shown = Number(await page.textContent('#shown-notes'));
  expect('large: opens on a neighbourhood, not the whole graph', shown > 0 && shown < Number(largeNotes), shown);
  expect('large: the panel shows the note it opens on',
    (await page.textContent('#view-mode')).includes(await page.textContent('#panel-title')),
    [await page.textContent('#view-mode'), await page.textContent('#panel-title')]);
  const t0 = Date.now();
  await page.fill('#search', 'a');
  await page.waitForSelector('#results button');
  await page.click('#results button');
  await page.waitForSelector('#panel .path');
  const clicked = Date.now() - t0;
  console.log(`large page: search and open a note: ${clicked} ms`);
  // The whole graph on demand: drawn (grid layout) synchronously by the change handler.
  const whole = await page.evaluate(() => {
    const t = performance.now();
    document.getElementById('neighbourhood').click();
    return Math.round(performance.now() - t);
  });
  console.log(`large page: whole graph drawn after ${whole} ms, ` +
    `${await page.textContent('#shown-notes')} notes, ${await page.textContent('#shown-links')} links`);
  expect('large: the whole graph on demand shows every note',
    Number(await page.textContent('#shown-notes')) === Number(largeNotes));
  expect('large: ready within 15 s', loaded < 15000, loaded);
  expect('large: search and click within 5 s', clicked < 5000, clicked);
  expect('large: no script error', errors.length === 0, errors);
  await page.close();
}

(async () => {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    await graphPage(browser);
    await reportPage(browser);
    if (process.env.VAULTLINT_HOSTILE) {
      await hostilePage(browser, JSON.parse(fs.readFileSync(process.env.VAULTLINT_HOSTILE, 'utf8')));
    }
    if (largeFile) await largePage(browser);
  } catch (e) {
    console.log('FAIL ' + (e.stack || e));
    ++failures;
  } finally {
    await browser.close();
  }
  process.exit(failures ? 1 : 0);
})();
