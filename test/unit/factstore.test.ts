import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseFactFile } from '../../server/src/facts/parse.ts';
import { buildStore, latestOf } from '../../server/src/facts/store.ts';
import { loadFactStore, defaultStoreDir } from '../../server/src/facts/load.ts';
import { addFact, isInside } from '../../server/src/facts/write.ts';

const GOOD = `# A newsroom's store
entities:
  - id: test-campus
    kind: site
    names: { en: [Test Campus, TC], zh: [测试园区] }
    facts:
      - id: tc-power-2024
        measure: power
        value: 1.2
        unit: GW
        as_of: 2024-05-01
        source: { url: https://example.com/a, title: A, publisher: P, date: 2024-05-01 }
        superseded_by: tc-power-2025
      - id: tc-power-2025
        measure: power
        low: 1.5
        high: 2
        unit: GW
        as_of: 2025-03-01
        source: { url: https://example.com/b, date: 2025-03-01 }
      - id: tc-cost
        measure: cost
        value: 40
        scale: billion
        unit: USD
        qualifier: about
        as_of: 2025-03-01
        source: { url: https://example.com/c, date: 2025-03-01 }
`;

function layer(files: Record<string, string>, name = 'ws') {
  return { name, files: Object.entries(files).map(([p, text]) => ({ path: p, parsed: parseFactFile(p, text) })) };
}

test('a valid file parses into entities and facts in base units', () => {
  const parsed = parseFactFile('good.yaml', GOOD);
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.entities.length, 1);
  assert.deepEqual(parsed.entities[0].names, { en: ['Test Campus', 'TC'], zh: ['测试园区'] });
  const byId = Object.fromEntries(parsed.facts.map((f) => [f.id, f]));
  assert.equal(byId['tc-power-2024'].value, 1.2e9);
  assert.equal(byId['tc-power-2024'].unit, 'W');
  assert.equal(byId['tc-power-2024'].line, 6); // 0-based: the '- id: tc-power-2024' line
  assert.equal(byId['tc-power-2025'].value, null);
  assert.equal(byId['tc-power-2025'].low, 1.5e9);
  assert.equal(byId['tc-power-2025'].qualifier, 'range');
  assert.equal(byId['tc-cost'].value, 4e10);
  assert.equal(byId['tc-cost'].qualifier, 'about');
});

const PROBLEMS: [string, string, string][] = [
  ['bad YAML', 'entities:\n  - id: x\n    kind: [unclosed\n', 'store-yaml'],
  ['missing source', 'entities:\n  - id: x\n    kind: site\n    names: {en: [X]}\n    facts:\n      - {id: f, measure: power, value: 1, unit: GW, as_of: 2025-01-01}\n', 'store-missing-source'],
  ['unknown unit', 'entities:\n  - id: x\n    kind: site\n    names: {en: [X]}\n    facts:\n      - {id: f, measure: power, value: 1, unit: gigglewatts, as_of: 2025-01-01, source: {url: "https://a.b", date: 2025-01-01}}\n', 'store-unknown-unit'],
  ['unknown measure', 'entities:\n  - id: x\n    kind: site\n    names: {en: [X]}\n    facts:\n      - {id: f, measure: vibes, value: 1, unit: GW, as_of: 2025-01-01, source: {url: "https://a.b", date: 2025-01-01}}\n', 'store-unknown-measure'],
  ['unit of the wrong kind', 'entities:\n  - id: x\n    kind: site\n    names: {en: [X]}\n    facts:\n      - {id: f, measure: power, value: 1, unit: USD, as_of: 2025-01-01, source: {url: "https://a.b", date: 2025-01-01}}\n', 'store-unit-mismatch'],
  ['non-http source', 'entities:\n  - id: x\n    kind: site\n    names: {en: [X]}\n    facts:\n      - {id: f, measure: power, value: 1, unit: GW, as_of: 2025-01-01, source: {url: "javascript:alert(1)", date: 2025-01-01}}\n', 'store-bad-source'],
  ['no value', 'entities:\n  - id: x\n    kind: site\n    names: {en: [X]}\n    facts:\n      - {id: f, measure: power, unit: GW, as_of: 2025-01-01, source: {url: "https://a.b", date: 2025-01-01}}\n', 'store-missing-value'],
  ['not a mapping', '- just\n- a list\n', 'store-shape'],
  ['entity without names', 'entities:\n  - id: x\n    kind: site\n', 'store-missing-name'],
];

for (const [name, text, code] of PROBLEMS) {
  test(`validation: ${name} → ${code}`, () => {
    const parsed = parseFactFile('p.yaml', text);
    assert.ok(parsed.problems.some((p) => p.code === code), JSON.stringify(parsed.problems));
  });
}

test('a bad fact is skipped but the rest of the file still loads', () => {
  const text = GOOD + '      - {id: broken, measure: power, value: 1, unit: GW, as_of: 2025-01-01}\n';
  const parsed = parseFactFile('p.yaml', text);
  assert.equal(parsed.facts.length, 3);
  assert.equal(parsed.problems.length, 1);
  assert.equal(parsed.problems[0].line, GOOD.split('\n').length - 1); // the appended line
});

test('duplicate ids within a layer are errors; the workspace overrides the default on the same id', () => {
  const dup = buildStore([layer({ 'a.yaml': GOOD, 'b.yaml': GOOD })]);
  assert.ok(dup.problems.some((p) => p.code === 'store-duplicate-id' && p.file === 'b.yaml'));
  const override = GOOD.replace('value: 40', 'value: 45');
  const merged = buildStore([layer({ 'default.yaml': GOOD }, 'default'), layer({ 'ws.yaml': override })]);
  assert.equal(merged.problems.length, 0);
  assert.equal(merged.facts.get('tc-cost')!.value, 4.5e10);
  assert.equal(merged.facts.get('tc-cost')!.file, 'ws.yaml');
});

test('supersession: chains are linked, dangling and cyclic ones reported', () => {
  const store = buildStore([layer({ 'a.yaml': GOOD })]);
  assert.deepEqual(store.facts.get('tc-power-2025')!.supersedes, ['tc-power-2024']);
  assert.equal(latestOf(store, store.facts.get('tc-power-2024')!).id, 'tc-power-2025');
  const dangling = buildStore([layer({ 'a.yaml': GOOD.replace('superseded_by: tc-power-2025', 'superseded_by: nope') })]);
  assert.ok(dangling.problems.some((p) => p.code === 'store-dangling-supersession'));
  const cyclic = GOOD.replace(
    '        source: { url: https://example.com/b, date: 2025-03-01 }',
    '        source: { url: https://example.com/b, date: 2025-03-01 }\n        superseded_by: tc-power-2024',
  );
  const store2 = buildStore([layer({ 'a.yaml': cyclic })]);
  assert.ok(store2.problems.some((p) => p.code === 'store-cyclic-supersession'));
  // Walking a broken chain still terminates.
  latestOf(store2, store2.facts.get('tc-power-2024')!);
});

test('the bundled default store passes validation and is large enough', () => {
  assert.ok(defaultStoreDir(), 'default store found');
  const store = loadFactStore({ includeDefault: true });
  const errors = store.problems.filter((p) => p.severity === 'error');
  assert.deepEqual(errors.map((p) => `${path.basename(p.file)}:${p.line + 1} ${p.code} ${p.message}`), []);
  assert.ok(store.entities.size >= 235, `${store.entities.size} entities`);
  assert.ok(store.facts.size >= 870, `${store.facts.size} facts`);
  // Companies of the AI build-out beyond the hyperscalers: server makers, operators, suppliers.
  for (const id of ['supermicro', 'dell', 'foxconn', 'gds-holdings', 'iren', 'micron', 'vertiv']) assert.ok(store.entities.has(id), id);
  // China's chip makers and operators, US utilities.
  for (const id of ['smic', 'china-mobile', 'zhipu', 'constellation-energy', 'airtrunk']) assert.ok(store.entities.has(id), id);
  for (const fact of store.facts.values()) assert.match(fact.source.url, /^https?:\/\//);
  // Both Stargates exist and are linked by supersession.
  assert.ok(store.entities.has('stargate-2024') && store.entities.has('stargate-jv'));
  assert.ok([...store.facts.values()].some((f) => f.entityId === 'stargate-2024' && f.supersededBy && store.facts.get(f.supersededBy)!.entityId === 'stargate-jv'));
});

test('a broken workspace file does not stop the rest of the store from loading', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-store-'));
  try {
    fs.writeFileSync(path.join(dir, 'good.yaml'), GOOD);
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'entities: [\n');
    fs.writeFileSync(path.join(dir, 'binary.yaml'), Buffer.from([0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'latin1.yaml'), Buffer.from([0x65, 0x6e, 0xe9, 0x0a]));
    const store = loadFactStore({ includeDefault: false, paths: [dir] });
    assert.ok(store.facts.has('tc-cost'));
    const codes = store.problems.map((p) => `${path.basename(p.file)}:${p.code}`).sort();
    assert.deepEqual(codes, ['bad.yaml:store-yaml', 'binary.yaml:store-binary', 'latin1.yaml:store-unreadable']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('addFact writes atomically, keeps comments and existing facts, refuses paths outside', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-write-'));
  try {
    const file = path.join(ws, 'facts', 'tc.yaml');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, GOOD);
    const store = loadFactStore({ includeDefault: false, paths: [path.join(ws, 'facts')] });
    const result = addFact(store, {
      entityId: 'test-campus', measure: 'gpu_count', value: 400000, unit: 'count', of: 'GPU',
      context: 'The campus will hold 400,000 GPUs.', asOf: '2026-11-28', sourceUrl: 'https://example.com/d',
    }, ws);
    assert.equal(result.file, file);
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.startsWith("# A newsroom's store\n"), 'comment kept');
    assert.ok(text.includes('superseded_by: tc-power-2025'), 'existing facts kept');
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['tc.yaml'], 'no temporary files left');
    const reloaded = loadFactStore({ includeDefault: false, paths: [path.join(ws, 'facts')] });
    assert.deepEqual(reloaded.problems, []);
    const added = reloaded.facts.get(result.factId)!;
    assert.equal(added.value, 400000);
    assert.equal(added.of, 'GPU');
    assert.equal(reloaded.facts.size, 4);
    assert.throws(() => addFact(store, { entityId: 'x', measure: 'power', value: 1, unit: 'GW', context: '', asOf: '2026-01-01' }, ws, path.join(os.tmpdir(), 'outside.yaml')), /outside the workspace/);
    assert.equal(isInside(ws, path.join(ws, '..', 'escape.yaml')), false);
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
});

test('addFact refuses to touch a file with YAML errors and leaves it unchanged', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-write-'));
  try {
    const file = path.join(ws, 'facts', 'x.yaml');
    fs.mkdirSync(path.dirname(file));
    const broken = 'entities: [\n  # keep me\n';
    fs.writeFileSync(file, broken);
    const store = loadFactStore({ includeDefault: false });
    assert.throws(() => addFact(store, { entityId: 'x', measure: 'power', value: 1, unit: 'GW', context: '', asOf: '2026-01-01' }, ws, file), /YAML errors/);
    assert.equal(fs.readFileSync(file, 'utf8'), broken);
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
});
