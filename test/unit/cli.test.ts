// The CLI as a user runs it: the built bundle in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'infra-factcheck.js');
const EXAMPLE = path.join(ROOT, 'examples', 'stargate-zh.md');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmpdir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-cli-'));
}

test('check on the example prints its figures and exits 0', () => {
  const r = run(['check', EXAMPLE]);
  assert.equal(r.code, 0, r.err + r.out.slice(-2000));
  assert.match(r.out, /1000亿美元 → US\$100 billion/);
  assert.match(r.out, /5千兆瓦 → up to 5 GW = 5,000 MW/); // 多达 makes it an upper bound
  assert.match(r.out, /file\(s\), \d+ figures: 0 errors, 0 warnings/);
});

test('--format json has the stable shape', () => {
  const r = run(['check', EXAMPLE, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out);
  assert.equal(json.version, 1);
  const file = json.files[0];
  assert.equal(file.language, 'zh');
  const f = file.figures.find((x: { text: string }) => x.text === '1000亿美元');
  assert.deepEqual(Object.keys(f).slice(0, 14), ['text', 'offset', 'length', 'range', 'kind', 'value', 'low', 'high', 'unit', 'qualifier', 'approx', 'subject', 'measure', ...Object.keys(f).slice(13, 14)]);
  assert.equal(f.kind, 'money');
  assert.equal(f.value, 1e11);
  assert.equal(f.unit, 'USD');
  const text = fs.readFileSync(EXAMPLE, 'utf8');
  assert.equal(text.slice(f.offset, f.offset + f.length), '1000亿美元');
  const lines = text.split('\n');
  assert.equal(lines[f.range.start.line].slice(f.range.start.character, f.range.end.character), '1000亿美元');
});

function draftWithSlip(dir: string) {
  const file = path.join(dir, 'slip.md');
  fs.writeFileSync(file, 'Stargate’s Abilene campus will draw 1.2 GW.\n\nLater, the Abilene campus was said to draw 12 GW.\n\nThe campus will hold 1,000,000 GPUs in a 50 MW hall.\n');
  return file;
}

test('--format sarif validates against the SARIF 2.1.0 schema', () => {
  const dir = tmpdir();
  try {
    const file = draftWithSlip(dir);
    const r = run(['check', file, EXAMPLE, '--format', 'sarif']);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const log = JSON.parse(r.out) as { version: string; runs: { tool: { driver: { name: string } } }[] };
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The published schema has a pattern that is only valid without the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const ok = validate(JSON.parse(r.out)); // a fresh copy: validate() narrows its argument
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0].tool.driver.name, 'infra-factcheck');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('--format github prints workflow annotations for findings', () => {
  const dir = tmpdir();
  try {
    const file = draftWithSlip(dir);
    const r = run(['check', file, '--format', 'github']);
    for (const line of r.out.trim().split('\n').filter(Boolean)) assert.match(line, /^::(error|warning|notice) file=.*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=infra-factcheck [a-z-]+::/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const IO_ERRORS: [string, (dir: string) => string, RegExp][] = [
  ['a missing file', (d) => path.join(d, 'nope.md'), /nope\.md: no such file/],
  ['a folder with no drafts', (d) => (fs.mkdirSync(path.join(d, 'empty')), path.join(d, 'empty')), /empty: is a directory with no \.md or \.txt drafts/],
  ['a binary file', (d) => (fs.writeFileSync(path.join(d, 'bin.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), path.join(d, 'bin.md')), /bin\.md: looks like a binary file/],
  ['invalid UTF-8', (d) => (fs.writeFileSync(path.join(d, 'latin1.txt'), Buffer.from('caf\xe9 1.2 GW', 'latin1')), path.join(d, 'latin1.txt')), /latin1\.txt: is not valid UTF-8/],
  ['a pattern matching nothing', (d) => path.join(d, '*.nothing'), /no file matches this pattern/],
];

for (const [name, make, message] of IO_ERRORS) {
  test(`check on ${name} exits 2 with a one-line message`, () => {
    const dir = tmpdir();
    try {
      const r = run(['check', make(dir)]);
      assert.equal(r.code, 2);
      assert.match(r.err, message);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('usage errors exit 2', () => {
  assert.equal(run(['check']).code, 2);
  assert.equal(run(['check', EXAMPLE, '--format', 'xml']).code, 2);
  assert.equal(run(['frobnicate']).code, 2);
  assert.equal(run(['--help']).code, 0);
});

test('folders and globs expand to drafts', () => {
  const dir = tmpdir();
  try {
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a', 'one.md'), '微软斥资1000亿美元。\n');
    fs.writeFileSync(path.join(dir, 'a', 'b', 'two.txt'), 'xAI raised $6 billion.\n');
    fs.writeFileSync(path.join(dir, 'a', 'b', 'skip.png'), 'x');
    const byDir = JSON.parse(run(['check', 'a', '--format', 'json'], dir).out);
    assert.deepEqual(byDir.files.map((f: { path: string }) => f.path).sort(), ['a/b/two.txt', 'a/one.md']);
    const byGlob = JSON.parse(run(['check', 'a/**/*.md', '--format', 'json'], dir).out);
    assert.deepEqual(byGlob.files.map((f: { path: string }) => f.path), ['a/one.md']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('facts validate reports problems with file and line, exit 1; the default store alone is clean', () => {
  const clean = run(['facts', 'validate']);
  assert.equal(clean.code, 0, clean.out);
  assert.match(clean.out, /0 errors/);
  const dir = tmpdir();
  try {
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'entities:\n  - id: x\n    kind: site\n    names: {en: [X]}\n    facts:\n      - {id: f, measure: power, value: 1, unit: GW, as_of: 2025-01-01}\n');
    const r = run(['facts', 'validate', dir]);
    assert.equal(r.code, 1);
    assert.match(r.out, /bad\.yaml:6:\d+: error \[store-missing-source\]/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
