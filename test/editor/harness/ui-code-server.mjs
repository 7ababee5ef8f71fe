// UI test: headless Chromium (playwright-core, Debian's /usr/bin/chromium) drives code-server with
// the installed .vsix the way a person would: open the Chinese draft with Quick Open, wait for the
// squiggle, hover the figure 1000亿美元 and read the hover widget from the DOM, check the status bar
// item, open the Problems panel and read it. Screenshots go to <shotsDir>; paths printed on failure.
//   usage: node ui-code-server.mjs <baseUrl> <workspaceFolder> <shotsDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch, log } from './playwright.mjs';

const [baseUrl, folder, shots] = process.argv.slice(2);
if (!shots) {
  console.error('usage: node ui-code-server.mjs <baseUrl> <workspaceFolder> <shotsDir>');
  process.exit(2);
}
const FILE = 'stargate-zh.md';
const FIGURE = '1000亿美元';
const HOVER_EXPECT = 'US$100 billion';
const SOURCE = 'infra-factcheck';
const EXT_ID = 'infra-factcheck.infra-factcheck';
fs.mkdirSync(shots, { recursive: true });
const taken = [];
async function shot(page, name) {
  const p = path.join(shots, name);
  await page.screenshot({ path: p }).then(() => taken.push(p)).catch(() => {});
}
const checks = [];
function check(name, ok, detail = '') {
  checks.push({ name, ok });
  console.log(`[ui] ${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

const { context, close } = await launch(baseUrl);
let page;
let failed = false;
try {
  page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (e) => { if (process.env.VERBOSE) log('pageerror', String(e).slice(0, 200)); });
  await page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).first().waitFor({ timeout: 60_000 });
  log('workbench + explorer ready');
  await shot(page, '01-workbench.png');

  // Quick Open (Ctrl+P) the draft.
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ state: 'visible', timeout: 15_000 });
  await quickInput.fill(FILE);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: FILE }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const figLine = editor.locator('.view-lines .view-line', { hasText: FIGURE }).first();
  await figLine.waitFor({ timeout: 30_000 });
  log('editor open on', FILE);

  // The server's publishDiagnostics renders as a squiggle: proves the server runs.
  const squiggle = editor.locator('[class*="squiggly-"]').first();
  const squiggleOk = await squiggle.waitFor({ state: 'attached', timeout: 30_000 }).then(() => true, () => false);
  await shot(page, '02-editor.png');
  check('diagnostic squiggle rendered in the editor', squiggleOk);

  // Status bar item contributed by the extension (entry ids start with the extension id).
  const status = page.locator(`.statusbar-item[id^="${EXT_ID}"]`);
  const statusOk = await status.first().waitFor({ state: 'attached', timeout: 10_000 }).then(() => true, () => false);
  const statusText = statusOk ? (await status.allInnerTexts()).join(' | ').trim() : '';
  check('status bar item of the extension present', statusOk,
    statusOk ? JSON.stringify(statusText) : `ids seen: ${JSON.stringify(await page.locator('.statusbar-item').evaluateAll((els) => els.map((e) => e.id).filter(Boolean)))}`);

  // Hover the middle of the figure's rendered text (a DOM Range gives its box). Located again on
  // every attempt: inlay hints and decorations arriving late can reflow the line.
  const locate = () => figLine.evaluate((el, word) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    const all = nodes.map((n) => n.textContent).join('');
    const at = all.indexOf(word);
    if (at < 0) return null;
    // The figure can span several text nodes (tokens): map its middle char to a node.
    let mid = at + Math.floor(word.length / 2);
    for (const n of nodes) {
      if (mid < n.textContent.length) {
        const r = document.createRange();
        r.setStart(n, mid); r.setEnd(n, mid + 1);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      mid -= n.textContent.length;
    }
    return null;
  }, FIGURE);
  let hoverText = '';
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: HOVER_EXPECT });
  for (let attempt = 1; attempt <= 4 && !hoverText; attempt++) {
    const box = await locate();
    if (!box) throw new Error(`could not locate ${FIGURE} on screen`);
    await page.mouse.move(box.x - 4, box.y);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 6_000 });
      hoverText = (await hover.first().innerText()).trim();
    } catch {
      const seen = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts().catch(() => []);
      log(`hover attempt ${attempt}: no "${HOVER_EXPECT}" yet (visible hovers: ${JSON.stringify(seen).slice(0, 300)})`);
      await page.mouse.move(5, 5);
    }
  }
  await shot(page, '03-hover.png');
  check(`hover widget on ${FIGURE} shows "${HOVER_EXPECT}"`, hoverText.includes(HOVER_EXPECT), JSON.stringify(hoverText.slice(0, 300)));

  // Problems panel (Ctrl+Shift+M).
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: SOURCE }).first();
  const rowOk = await row.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
  const problems = rowOk ? (await page.locator('.markers-panel').innerText()).trim() : '';
  await shot(page, '04-problems.png');
  check(`Problems panel lists ${SOURCE} problems for ${FILE}`, rowOk && problems.includes(FILE), JSON.stringify(problems.slice(0, 600)));
} catch (e) {
  failed = true;
  console.error('[ui] FAIL (error):', e && e.message ? e.message : e);
  if (page) await shot(page, '99-failure.png');
} finally {
  await close();
}
failed ||= checks.some((c) => !c.ok);
if (failed) console.log(`[ui] screenshots:\n${taken.map((p) => `  ${p}`).join('\n')}`);
else console.log(`[ui] screenshots in ${shots}`);
log(failed ? 'FAIL' : 'PASS');
process.exit(failed ? 1 : 0);
