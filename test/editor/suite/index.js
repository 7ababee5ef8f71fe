// Entry point loaded by the editor as extensionTestsPath. It runs INSIDE the extension host with
// the real `vscode` API, against the installed infra-factcheck .vsix (not the sources):
//   - offline under code-server:        scripts/e2e/run-intest.sh (test/editor/harness/run-intest.mjs)
//   - on a machine with internet (VS Code via @vscode/test-electron): test/editor/run-electron.mjs
// A tiny Mocha-free runner: every test runs even when an earlier one failed, each prints
// "[intest] PASS|FAIL name (ms)", and run() rejects when any failed (the editor then exits 1).

exports.run = async function run() {
  const { tests } = require('./extension.test.js');
  const only = process.env.INTEST_GREP ? new RegExp(process.env.INTEST_GREP) : null;
  const results = [];
  const t0 = Date.now();
  for (const t of tests) {
    if (only && !only.test(t.name)) continue;
    const s = Date.now();
    try {
      await t.fn();
      results.push({ name: t.name, ok: true });
      console.log(`[intest] PASS ${t.name} (${Date.now() - s} ms)`);
    } catch (e) {
      results.push({ name: t.name, ok: false, error: e });
      console.log(`[intest] FAIL ${t.name} (${Date.now() - s} ms): ${e && e.message ? e.message : e}`);
    }
  }
  const failed = results.filter((r) => !r.ok);
  console.log(`[intest] summary: ${results.length - failed.length} passed, ${failed.length} failed in ${Date.now() - t0} ms`);
  if (failed.length) throw new Error(`${failed.length} editor test(s) failed: ${failed.map((f) => f.name).join('; ')}`);
};
