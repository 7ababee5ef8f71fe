// False alarms on real reporting: every passage of the held-out figure corpora (real news text, no
// planted slips) is checked alone against the bundled store. A warning there is a false alarm
// unless a person reads the passage and agrees with it, so the count must stay near zero; the
// test prints each one for triage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze.ts';
import { loadFactStore } from '../../server/src/facts/load.ts';
import { readFixtureFiles } from './fixture-files.ts';
import { stripMarkers } from './marked-text.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'figures');
/**
 * Warnings and errors allowed per 1,000 passages. At 1,318 passages (2026-11-29) there were 2, each
 * read and defensible: a source disagreeing with the store by 17% (GB200 NVL72 140 kW vs about
 * 120 kW) and a rounded $13B against the reported $13.8B; 15 on the 1,121 passages of the morning,
 * before the fixes of that day.
 */
const PER_THOUSAND = 5;

test('real passages raise almost no warnings (false alarms)', () => {
  const store = loadFactStore({ includeDefault: true });
  const { files, fileErrors } = readFixtureFiles(DIR);
  assert.deepEqual(fileErrors, []);
  let passages = 0;
  const alarms: string[] = [];
  for (const { file, cases } of files) {
    if (!file.startsWith('heldout')) continue;
    for (const c of cases as { text: string; format?: 'markdown' | 'plaintext' }[]) {
      const { text } = stripMarkers(c.text, []);
      passages++;
      const analysis = analyze(text, { format: c.format ?? 'plaintext', today: '2026-11-29' }, store);
      for (const f of analysis.findings) {
        assert.notEqual(f.code, 'internal-error', `${file}: ${f.message}`);
        if (f.severity !== 'warning' && f.severity !== 'error') continue;
        alarms.push(`${file} [${f.code}] “${text.slice(Math.max(0, f.offset - 20), f.offset + f.length + 10)}”: ${f.message.slice(0, 160)}`);
      }
    }
  }
  console.log(`# real passages: ${passages}, warnings ${alarms.length} (${((alarms.length / passages) * 1000).toFixed(1)} per 1,000)\n#   ${alarms.join('\n#   ')}`);
  assert.ok(passages >= 1000, `only ${passages} held-out passages found`);
  assert.ok(alarms.length <= (passages * PER_THOUSAND) / 1000, `${alarms.length} warnings on ${passages} real passages:\n${alarms.join('\n')}`);
});
