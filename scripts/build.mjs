// Bundles the client (vscode external), the server and the CLI with esbuild. With --bench, also the
// benchmark, so that it measures the bundled code that ships (tsx's per-module getters cost ~30%).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { asciiOnly } from './ascii-only.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * vscode-languageserver and vscode-jsonrpc require crypto and child_process at the top of their
 * modules but call them only for transports and features the server does not use (pipes, sockets,
 * the global npm/yarn lookup). In the server bundle those requires become objects that load the
 * module on first use: Node compiles them at every start otherwise (~8 ms of the cold start here).
 */
const LOCAL_UUID = `const localUUID = () => { const h = []; for (let i = 0; i < 32; i++) h.push(((Math.random() * 16) | 0).toString(16)); h[12] = '4'; h[16] = '89ab'[(Math.random() * 4) | 0]; return h.join('').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'); };\n`;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(crypto|child_process)$/ }, (args) =>
      /[\\/]node_modules[\\/]vscode-(jsonrpc|languageserver)[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-builtin' } : undefined,
    );
    // randomUUID names dynamic registrations and progress tokens (unique within a session, not secrets):
    // the server registers one before its first diagnostics, and node:crypto costs ~4 ms to load.
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m; const load = () => (m ??= require('node:${args.path}'));\n${args.path === 'crypto' ? LOCAL_UUID : ''}module.exports = new Proxy({}, { get: (_, k) => ${args.path === 'crypto' ? "k === 'randomUUID' && !m ? localUUID : " : ''}load()[k], has: (_, k) => k in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, k) => { const d = Object.getOwnPropertyDescriptor(load(), k); if (d) d.configurable = true; return d; } });`,
      loader: 'js',
    }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // The server, and its launcher dist/server.js (launch.ts: V8 code cache keyed by the bundle's hash).
  // Both bundles Node reads at every start are written in ASCII (scripts/ascii-only.mjs).
  // Minified: Node reads, decodes and (with the code cache) checks 1.1 MB at every start instead of 2.0 MB. Timed inside
  // the server, alternating builds: the first diagnostics went out ~13 ms earlier (reading the bundle 6.3 → 3.7 ms, making
  // its string 9 → 3 ms, vm.Script 24 → 21 ms). Names stay readable through the source map.
  build({ ...common, minify: true, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', plugins: [lazyBuiltins] }).then(() => {
    asciiOnly('dist/server-main.js');
    const hash = createHash('sha256').update(fs.readFileSync('dist/server-main.js')).digest('hex').slice(0, 16);
    return build({ ...common, sourcemap: false, entryPoints: ['server/src/launch.ts'], outfile: 'dist/server.js', define: { SERVER_MAIN_HASH: JSON.stringify(hash) } });
  }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }).then(() => asciiOnly('dist/cli.js')),
  ...(process.argv.includes('--bench')
    ? [
        build({ ...common, entryPoints: ['bench/run.ts'], outfile: 'dist/bench.js', external: ['@microsoft/recognizers-text-suite'] }),
        build({ ...common, entryPoints: ['bench/profile.ts'], outfile: 'dist/profile.js' }),
      ]
    : []),
]);

// The parsed snapshot of the bundled store, next to the bundles (facts/snapshot.ts): the server and
// the CLI load it instead of parsing the YAML when it matches the files.
{
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-build-'));
  try {
    const script = path.join(tmp, 'snapshot-store.js');
    await build({ ...common, sourcemap: false, entryPoints: ['scripts/snapshot-store.ts'], outfile: script });
    execFileSync(process.execPath, [script, 'store/default', 'dist/default-store.snapshot.json'], { stdio: 'inherit' });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
