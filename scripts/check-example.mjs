// Smoke test of the README's first command: the CLI on the bundled example must print figures,
// exit 0 (the article is clean) and produce valid JSON in --format json.
import { execFileSync, spawnSync } from 'node:child_process';
const cli = ['bin/infra-factcheck.js', 'check', 'examples/stargate-zh.md'];
const pretty = spawnSync(process.execPath, cli, { encoding: 'utf8' });
if (pretty.status !== 0) {
  console.error(pretty.stdout.slice(-3000), pretty.stderr);
  throw new Error(`CLI exited ${pretty.status} on the clean example`);
}
if (!pretty.stdout.includes('1000亿美元')) throw new Error('CLI output lacks the figure 1000亿美元');
const json = JSON.parse(execFileSync(process.execPath, [...cli, '--format', 'json'], { encoding: 'utf8' }));
const figures = json.files[0].figures;
if (figures.length < 20) throw new Error(`only ${figures.length} figures in the example`);
console.log(`example: ${figures.length} figures, ${json.files[0].findings.length} findings (${json.files[0].findings.map((f) => f.severity).join(', ') || 'none'})`);
