// Resolves playwright-core from the e2e tools cache (scripts/e2e/setup-tools.sh) rather than the
// project's node_modules, and launches Debian's Chromium with loopback-only networking.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function loadPlaywright() {
  const dirs = [process.env.PLAYWRIGHT_DIR, process.cwd()].filter(Boolean);
  for (const d of dirs) {
    try { return createRequire(path.join(d, 'noop.js'))('playwright-core'); } catch {}
  }
  throw new Error(`playwright-core not found (looked in ${dirs.join(', ')}); run scripts/e2e/setup-tools.sh`);
}
export const { chromium } = loadPlaywright();

export const log0 = Date.now();
export const log = (...a) => console.log(`[+${((Date.now() - log0) / 1000).toFixed(1)}s]`, ...a);

/** Headless Chromium with a fresh profile; every request not to the code-server host is aborted. */
export async function launch(baseUrl, extra = {}) {
  const profile = fs.mkdtempSync(path.join(process.env.E2E_TMP || os.tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
    ...extra,
  });
  const allowed = new URL(baseUrl);
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    if (u.hostname === '127.0.0.1' && u.port === allowed.port) return route.continue();
    if (process.env.VERBOSE) log('blocked', u.href.slice(0, 120));
    return route.abort();
  });
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}
