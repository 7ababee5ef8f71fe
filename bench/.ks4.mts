import { TestClient } from '../test/protocol/lsp-client.mjs';
import { makeDraft } from './corpus.ts';
const MB = 1024 * 1024;
const flags = ['--max-semi-space-size=4', ...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/sprof'] : [])];
const c = new TestClient({ nodeArgs: flags });
await c.initialize();
const big = makeDraft(MB, 9);
const bigUri = 'file:///tmp/ifc-bench-big.md';
c.open(bigUri, big);
await c.diagnosticsFor(bigUri, 1, 60000);
const lines = big.split('\n');
const lat: number[] = [];
for (let k = 0; k < 30; k++) {
  const line = Math.floor(lines.length / 2) + k * 2;
  const b = performance.now();
  const v = c.change(bigUri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]);
  await c.diagnosticsFor(bigUri, v, 30000);
  lat.push(performance.now() - b);
}
lat.sort((a, b) => a - b);
console.log('median', lat[15].toFixed(1), 'min', lat[0].toFixed(1), 'net median', (lat[15] - 50).toFixed(1));
await c.close();
