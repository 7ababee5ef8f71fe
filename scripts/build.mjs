// Bundles the client (vscode external), the server and the CLI with esbuild. With --bench, also the
// benchmark, so that it measures the bundled code that ships (tsx's per-module getters cost ~30%).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  ...(process.argv.includes('--bench')
    ? [build({ ...common, entryPoints: ['bench/run.ts'], outfile: 'dist/bench.js', external: ['@microsoft/recognizers-text-suite'] })]
    : []),
]);
