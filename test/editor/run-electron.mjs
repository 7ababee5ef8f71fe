// Runs the editor suite (test/editor/suite) in desktop VS Code through @vscode/test-electron, the
// ecosystem's standard runner, against the packaged .vsix. It DOWNLOADS VS Code, so it needs
// internet; the offline equivalent on CI is scripts/e2e/run-intest.sh (code-server).
//   usage: node test/editor/run-electron.mjs [path/to.vsix]   (default dist/infra-factcheck.vsix)
//   env:   VSCODE_VERSION (default "stable"), INFRA_FACTCHECK_TOOLS (download cache folder),
//          INTEST_GREP (run some tests). On Linux without $DISPLAY it re-runs itself under xvfb-run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  downloadAndUnzipVSCode, resolveCliPathFromVSCodeExecutablePath, runTests,
} from '@vscode/test-electron';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const vsix = path.resolve(process.argv[2] || path.join(repo, 'dist/infra-factcheck.vsix'));

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !process.env.E2E_UNDER_XVFB) {
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
  if (xvfb) {
    const r = spawnSync(xvfb, ['-a', process.execPath, ...process.argv.slice(1)], {
      stdio: 'inherit', env: { ...process.env, E2E_UNDER_XVFB: '1' },
    });
    process.exit(r.status ?? 1);
  }
  console.warn('no $DISPLAY and no xvfb-run: VS Code may fail to start (apt-get install xvfb)');
}
if (!fs.existsSync(vsix)) {
  console.error(`no .vsix at ${vsix} (npm run package)`);
  process.exit(1);
}

const tools = process.env.INFRA_FACTCHECK_TOOLS || path.join(os.homedir(), '.cache/infra-factcheck-e2e');
const run = path.join(repo, 'test-output/e2e', `electron-${new Date().toISOString().replace(/[:.]/g, '-')}`);
const ws = path.join(run, 'ws');
const userData = path.join(run, 'user');
const extensionsDir = path.join(run, 'extensions');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.mkdirSync(extensionsDir, { recursive: true });
fs.cpSync(path.join(repo, 'test/editor/workspace'), ws, { recursive: true });
fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'editor.inlayHints.enabled': 'on',
}, null, 2));

try {
  const vscodeExecutablePath = await downloadAndUnzipVSCode({
    version: process.env.VSCODE_VERSION || 'stable',
    cachePath: path.join(tools, 'vscode-test'),
  });
  // Install the .vsix into this run's own extensions folder with VS Code's CLI.
  const cli = resolveCliPathFromVSCodeExecutablePath(vscodeExecutablePath);
  const inst = spawnSync(cli, [`--extensions-dir=${extensionsDir}`, `--user-data-dir=${userData}`,
    '--install-extension', vsix, '--force'], { encoding: 'utf8', shell: process.platform === 'win32' });
  process.stdout.write(inst.stdout || '');
  if (inst.status !== 0) throw new Error(`installing ${vsix} failed: ${inst.stderr}`);

  await runTests({
    vscodeExecutablePath,
    // The carrier is an empty extension: the extension under test is the installed .vsix.
    extensionDevelopmentPath: path.join(repo, 'test/editor/carrier'),
    extensionTestsPath: path.join(repo, 'test/editor/suite/index.js'),
    launchArgs: [ws, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${userData}`, '--disable-gpu'],
    extensionTestsEnv: { INTEST_GREP: process.env.INTEST_GREP || '' },
  });
  console.log('editor tests (VS Code via @vscode/test-electron): PASS');
} catch (e) {
  console.error(`editor tests (VS Code via @vscode/test-electron): FAIL: ${e && e.message ? e.message : e}`);
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo|ECONNREFUSED/.test(String(e && e.message))) {
    console.error('VS Code could not be downloaded (no internet?). Offline, use: npm run test:editor (code-server).');
  }
  process.exit(1);
}
