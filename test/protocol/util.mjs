// Small helpers shared by the robustness protocol tests.

/** Reject if the promise does not settle within ms: a hang guard, not a timing assertion. */
export function withTimeout(promise, what, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Line starts as vscode-languageserver-textdocument computes them: \r\n, \r and \n end a line. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** LSP position (UTF-16 code units) of an offset, with the same line breaks as the server. */
export function positionAt(text, offset, starts = lineStarts(text)) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** Length of each line without its line break, with the same line breaks as the server. */
export function lineLengths(text) {
  const starts = lineStarts(text);
  return starts.map((s, i) => {
    let end = i + 1 < starts.length ? starts[i + 1] : text.length;
    while (end > s && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    return end - s;
  });
}

/** A valid workspace fact file: one site with a sourced power fact. */
export const GOOD_YAML = [
  'entities:',
  '  - id: test-campus',
  '    kind: site',
  '    names: { en: [Test Campus], zh: [测试园区] }',
  '    facts:',
  '      - id: test-campus-power',
  '        measure: power',
  '        value: 2',
  '        unit: GW',
  '        as_of: 2025-06-01',
  '        source: { url: "https://example.com/test-campus", title: Test Campus power, date: 2025-06-01 }',
  '',
].join('\n');
