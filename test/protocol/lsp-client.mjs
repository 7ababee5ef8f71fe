// A minimal real LSP client over stdio for protocol tests: starts dist/server.js as a child
// process and speaks JSON-RPC to it the way an editor does.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';
import * as rpc from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// INFRA_FACTCHECK_SERVER points the tests at another build of the server (e.g. one of an older commit).
export const SERVER = process.env.INFRA_FACTCHECK_SERVER ? path.resolve(process.env.INFRA_FACTCHECK_SERVER) : path.join(ROOT, 'dist', 'server.js');

export class TestClient {
  /**
   * `nodeArgs`: flags for the server's node process (the bench passes the extension's own); `env`:
   * added variables; `transport`: 'stdio' (as Neovim and most editors start a server) or 'ipc' (the
   * node IPC channel, as the VS Code extension starts it: client/src/extension.ts); `server`: another
   * copy of dist/server.js.
   */
  constructor({ workspace, settings = {}, configurationPull = true, nodeArgs = [], env, transport = 'stdio', server = SERVER } = {}) {
    const childEnv = env ? { ...process.env, ...env } : process.env;
    if (transport === 'ipc') {
      this.proc = spawn(process.execPath, [...nodeArgs, server, '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: childEnv });
      this.conn = rpc.createMessageConnection(new rpc.IPCMessageReader(this.proc), new rpc.IPCMessageWriter(this.proc));
    } else {
      this.proc = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: childEnv });
      this.conn = rpc.createMessageConnection(new rpc.StreamMessageReader(this.proc.stdout), new rpc.StreamMessageWriter(this.proc.stdin));
    }
    this.stderr = '';
    this.proc.stderr.on('data', (d) => {
      this.stderr += d;
      this.flush();
    });
    this.diagnostics = new Map();
    this.waiters = [];
    this.notifications = [];
    this.settings = settings;
    this.workspace = workspace;
    this.configurationPull = configurationPull;
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      this.diagnostics.set(p.uri, p);
      this.flush();
    });
    this.conn.onNotification((method, params) => {
      this.notifications.push({ method, params });
      this.flush();
    });
    this.conn.onRequest('workspace/configuration', (p) => p.items.map(() => this.settings));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.listen();
    this.version = new Map();
  }

  flush() {
    for (const w of [...this.waiters]) {
      const v = w.check();
      if (v) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(v);
      }
    }
  }

  /** Resolve when check() returns something truthy; reject after ms. */
  waitFor(check, ms = 5000, what = 'condition') {
    const now = check();
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      // The timer is cleared on success: a pending one would keep the test process alive.
      const w = { check, resolve: (v) => (clearTimeout(timer), resolve(v)) };
      this.waiters.push(w);
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) {
          this.waiters.splice(i, 1);
          reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}`));
        }
      }, ms);
    });
  }

  async initialize() {
    const folder = this.workspace ? [{ uri: pathToFileURL(this.workspace).href, name: 'ws' }] : null;
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? folder[0].uri : null,
      workspaceFolders: folder,
      capabilities: {
        workspace: { configuration: this.configurationPull, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          synchronization: { didSave: true },
          inlayHint: {},
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } } },
        },
      },
      initializationOptions: this.settings,
    });
    this.conn.sendNotification('initialized', {});
    // A workspace's fact store loads after `initialized`; a draft opened before that is checked
    // against the bundled store and checked again once the workspace store is in. Tests about the
    // workspace store wait for it, as a user would see it a moment later.
    if (this.workspace) await this.waitFor(() => this.notifications.some((n) => n.method === 'infraFactcheck/storeStatus'), 30000, 'workspace store loaded');
    return result;
  }

  open(uri, text, languageId = 'markdown') {
    this.version.set(uri, 1);
    this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri, changes) {
    const v = (this.version.get(uri) ?? 1) + 1;
    this.version.set(uri, v);
    this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: changes });
    return v;
  }

  /** Wait for diagnostics of a given document version (or any, if version is omitted). */
  diagnosticsFor(uri, version, ms = 5000) {
    return this.waitFor(() => {
      const d = this.diagnostics.get(uri);
      return d && (version === undefined || d.version === version) ? d : undefined;
    }, ms, `diagnostics for ${uri} v${version}`);
  }

  request(method, params) {
    return this.conn.sendRequest(method, params);
  }

  async close() {
    try {
      let timer;
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => (timer = setTimeout(r, 2000)))]);
      clearTimeout(timer);
      this.conn.sendNotification('exit');
    } catch {
      // the process may already be gone
    }
    await new Promise((r) => {
      const t = setTimeout(() => {
        this.proc.kill('SIGKILL');
        r();
      }, 2000);
      this.proc.on('exit', () => {
        clearTimeout(t);
        r();
      });
    });
    this.conn.dispose();
  }
}

/** LSP position of the first occurrence of needle in text (UTF-16, as LSP counts). */
export function positionOf(text, needle, delta = 0) {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  const character = before.length - (before.lastIndexOf('\n') + 1);
  return { line, character };
}
