// Runs test/editor/suite (extensionTestsPath) inside code-server's remote extension host: opens the
// web workbench in headless Chromium with ?payload=[[extensionDevelopmentPath],[extensionTestsPath]]
// (honoured only when code-server runs with --vscode-option enable-smoke-test-driver) and receives
// the suite's exit code through the workbench's codeAutomationExit hook.
//   usage: node run-intest.mjs <baseUrl> <workspaceFolder> <carrierExtensionDir> <suite/index.js>
import { launch, log } from './playwright.mjs';

const [baseUrl, folder, devPath, testsPath] = process.argv.slice(2);
if (!testsPath) {
  console.error('usage: node run-intest.mjs <baseUrl> <workspaceFolder> <carrierExtensionDir> <suite/index.js>');
  process.exit(2);
}
const timeoutMs = Number(process.env.INTEST_HARNESS_TIMEOUT_MS) || 150_000;
const authority = new URL(baseUrl).host;
const payload = [
  ['extensionDevelopmentPath', `vscode-remote://${authority}${devPath}`],
  ['extensionTestsPath', `vscode-remote://${authority}${testsPath}`],
];
const url = `${baseUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

const { context, close } = await launch(baseUrl);
const page = context.pages()[0] ?? await context.newPage();
let exitCode;
const done = new Promise((resolve) => {
  // The web workbench calls these when present (the hooks @vscode/test-web uses).
  page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = args.map(String).join(' ');
    if (line.includes('[intest]') || process.env.VERBOSE) console.log(line.slice(0, 4000));
    else if (type === 'error' && !/127\.0\.0\.1:9|authentication provider/.test(line)) console.log(`[ext-host error] ${line.slice(0, 1000)}`);
  });
  page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; resolve(); });
});
page.on('pageerror', (e) => { if (process.env.VERBOSE) log('pageerror', String(e).slice(0, 300)); });
await page.goto(url);
const timer = setTimeout(() => { log(`TIMEOUT: the suite did not finish within ${timeoutMs} ms`); exitCode = 124; close(); }, timeoutMs);
await Promise.race([done, new Promise((r) => setTimeout(r, timeoutMs + 1000))]);
clearTimeout(timer);
log('extension tests exit code', exitCode);
await close();
process.exit(exitCode === 0 ? 0 : 1);
