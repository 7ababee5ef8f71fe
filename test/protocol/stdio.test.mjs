// The stdio transport (lsp/stdio.ts), as Neovim and most editors start the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { TestClient, SERVER } from './lsp-client.mjs';
import { withTimeout } from './util.mjs';

const GUARD_MS = 10_000; // hang guard, not a timing assertion

test('each message reaches the editor whole: its header and body in one piece', async () => {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks = [];
  proc.stdout.on('data', (d) => chunks.push(d.toString('utf8')));
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  const answer = await withTimeout(new Promise((resolve) => {
    proc.stdout.on('data', () => {
      const i = chunks.findIndex((c) => c.includes('"id":1'));
      if (i >= 0) resolve(chunks[i]);
    });
  }), 'initialize', GUARD_MS);
  proc.kill();
  const m = /^Content-Length: (\d+)\r\n\r\n/.exec(answer);
  assert.ok(m, `the piece with the reply starts with its header: ${JSON.stringify(answer.slice(0, 40))}`);
  assert.equal(Buffer.byteLength(answer) - m[0].length, Number(m[1]), 'and holds the whole body');
  assert.match(JSON.parse(answer.slice(m[0].length)).result.serverInfo.name, /infra-factcheck/);
});

test('the server exits when the editor closes its input without a shutdown', async () => {
  const c = new TestClient();
  await c.initialize();
  await c.waitFor(() => c.notifications.some((n) => n.method === 'infraFactcheck/storeStatus'), GUARD_MS, 'the settings pulled');
  const exited = new Promise((resolve) => c.proc.on('exit', (code) => resolve(code)));
  // The editor goes away: nothing more is written to the server, its input is closed.
  c.conn.dispose();
  c.proc.stdin.end();
  const code = await withTimeout(exited, 'the exit after stdin closed', GUARD_MS);
  assert.equal(code, 1, 'no shutdown was received: exit code 1');
});
