// Wiring only: connection, documents, settings, the fact store, and one handler per feature.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  type InitializeParams,
  type InitializeResult,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FactStore } from './core/types.ts';
import { loadFactStore, snapshotStillCurrent } from './facts/load.ts';
import { readProjectConfig } from './facts/config.ts';
import { AnalysisCache, DEFAULT_SETTINGS, formatOf, normaliseCheckSettings, type Settings } from './lsp/state.ts';
import { hoverAt } from './lsp/hover.ts';
import { findingDiagnostics, storeDiagnostics } from './lsp/diagnostics.ts';
import { registerFeatures } from './lsp/features.ts';
import { DraftIndex } from './lsp/drafts.ts';
import { PublishScheduler, monotonicMs, runWhenIdle } from './lsp/scheduler.ts';
import { consoleToClient, stdioTransport } from './lsp/stdio.ts';
import { chunkedDocuments, textOf } from './lsp/document.ts';

// --stdio (Neovim and most editors) gets its own writer (lsp/stdio.ts); anything else is
// what vscode-languageserver reads from the command line (--node-ipc for the VS Code extension).
const stdio = process.argv.includes('--stdio');
const connection: Connection = stdio ? createConnection(ProposedFeatures.all, ...stdioTransport()) : createConnection(ProposedFeatures.all);
if (stdio) consoleToClient(connection);
const documents = new TextDocuments(chunkedDocuments);

let settings: Settings = { ...DEFAULT_SETTINGS };
let workspaceRoots: string[] = [];
// The bundled store is loaded right after the initialize response goes out (or when first needed): the client's turn
// between that response and its first didOpen overlaps the load. Its snapshot is checked against its files only once
// the first diagnostics are out.
let loadedStore: FactStore | undefined;
function currentStore(): FactStore {
  if (!loadedStore) {
    loadedStore = loadFactStore({ includeDefault: true, deferSnapshotCheck: true });
    analysedWith.store ??= loadedStore;
  }
  return loadedStore;
}
let supportsConfigurationPull = false;
let initOptions: Record<string, unknown> = {};
/** Fact files with diagnostics currently shown, so that fixed files get cleared. */
let storeFilesWithProblems = new Set<string>();

const drafts = new DraftIndex(currentStore);
const cache = new AnalysisCache(
  currentStore,
  (doc) => ({
    format: formatOf(doc),
    messageLanguage: settings.messageLanguage,
    checks: settings.checks,
    ignored: ignoredKeys.get(doc.uri),
    otherDrafts: settings.crossDraft ? drafts.others(doc.uri) : [],
  }),
);
const ignoredKeys = new Map<string, Set<string>>();

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function isFactFile(doc: TextDocument): boolean {
  const p = uriToPath(doc.uri);
  if (!p || !/\.ya?ml$/i.test(p)) return false;
  return storeRoots().some((root) => p === root || p.startsWith(root + path.sep));
}

/**
 * Fact-store folders, cached: isFactFile() runs on every hover and publish, and computing the
 * roots touches the disk (facts/ exists? .infra-factcheck.json). Dropped whenever settings,
 * workspace folders or watched files change.
 */
let cachedRoots: string[] | undefined;

function storeRoots(): string[] {
  cachedRoots ??= computeStoreRoots();
  return cachedRoots;
}

function computeStoreRoots(): string[] {
  const roots: string[] = [];
  for (const ws of workspaceRoots) {
    const conventional = path.join(ws, 'facts');
    if (fs.existsSync(conventional)) roots.push(conventional);
    const config = readProjectConfig(ws);
    for (const p of config.factStore ?? []) roots.push(path.resolve(ws, p));
    for (const p of settings.factStorePaths) roots.push(path.resolve(ws, p));
  }
  if (!workspaceRoots.length) for (const p of settings.factStorePaths) if (path.isAbsolute(p)) roots.push(p);
  return [...new Set(roots)];
}

/** The store loaded at startup (bundled default only), kept until a workspace store replaces it. */
let defaultOnly = true;

function reloadStore(): void {
  cachedRoots = undefined;
  const overrides = new Map<string, string>();
  for (const doc of documents.all()) {
    if (isFactFile(doc)) {
      const p = uriToPath(doc.uri);
      if (p) overrides.set(path.resolve(p), doc.getText());
    }
  }
  try {
    const roots = storeRoots();
    // Nothing but the bundled store, which is already loaded: skip parsing it a second time.
    if (!(defaultOnly && !roots.length && !overrides.size)) {
      loadedStore = loadFactStore({ includeDefault: true, paths: roots, overrides });
      defaultOnly = !roots.length && !overrides.size;
    }
  } catch (err) {
    connection.console.error(`Fact store failed to load: ${(err as Error).message}`);
  }
  publishStoreProblems();
  connection.sendNotification('infraFactcheck/storeStatus', storeStatus());
  // The settings pulled at startup are usually the ones the open drafts were analysed with, and the
  // bundled store stays the same object: analysing every open draft (and the workspace's) again
  // would change nothing.
  const key = analysisSettingsKey();
  const store = currentStore();
  if (store === analysedWith.store && key === analysedWith.settings) return;
  analysedWith = { store, settings: key };
  cache.invalidateAll();
  drafts.invalidate((count) => {
    connection.console.log(`Cross-draft index: ${count} drafts read again for the changed fact store.`);
    if (settings.crossDraft) recheckOpenDrafts();
  });
  for (const doc of documents.all()) schedule(doc);
}

/** Quiet time after a keystroke in an open fact file before the store is read again. */
const STORE_RELOAD_PAUSE_MS = 250;
let storeReloadTimer: NodeJS.Timeout | undefined;

/** A fact file is being edited: read the store once the typing pauses, not on every keystroke. */
function reloadStoreSoon(): void {
  clearTimeout(storeReloadTimer);
  storeReloadTimer = setTimeout(() => {
    storeReloadTimer = undefined;
    reloadStore();
  }, STORE_RELOAD_PAUSE_MS);
}

/** What the cached analyses were made with: the store and the settings that change an analysis. */
let analysedWith: { store: FactStore | undefined; settings: string } = { store: undefined, settings: analysisSettingsKey() };

function analysisSettingsKey(): string {
  return JSON.stringify([settings.messageLanguage, settings.checks, settings.crossDraft]);
}

export function storeStatus() {
  const store = currentStore();
  const errors = store.problems.filter((p) => p.severity === 'error').length;
  return { entities: store.entities.size, facts: store.facts.size, files: store.files.length, errors, problems: store.problems.length };
}

function publishStoreProblems(): void {
  const byFile = new Map<string, FactStore['problems']>();
  for (const p of currentStore().problems) {
    const list = byFile.get(p.file) ?? [];
    list.push(p);
    byFile.set(p.file, list);
  }
  const next = new Set<string>();
  for (const [file, problems] of byFile) {
    const uri = pathToUri(file);
    next.add(uri);
    connection.sendDiagnostics({ uri, diagnostics: cappedStoreDiagnostics(problems) });
  }
  for (const uri of storeFilesWithProblems) if (!next.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
  storeFilesWithProblems = next;
}

/** At most this many problems of one fact file are sent; a summary line says how many more there are. */
const MAX_STORE_DIAGNOSTICS_PER_FILE = 1000;

function cappedStoreDiagnostics(problems: FactStore['problems']) {
  if (problems.length <= MAX_STORE_DIAGNOSTICS_PER_FILE) return storeDiagnostics(problems);
  const diagnostics = storeDiagnostics(problems.slice(0, MAX_STORE_DIAGNOSTICS_PER_FILE));
  diagnostics.push({
    ...diagnostics[0],
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    code: 'store-too-many-problems',
    message: `${problems.length - MAX_STORE_DIAGNOSTICS_PER_FILE} more problems in this file are not shown (${problems.length} in all).`,
  });
  return diagnostics;
}

function pathToUri(p: string): string {
  // Match the form clients send (file:///…, percent-encoded).
  return pathToFileURL(p).href;
}

const scheduler = new PublishScheduler({
  analyse: (uri) => {
    const doc = documents.get(uri);
    if (doc && !isFactFile(doc)) cache.get(doc);
  },
  publish: (uri) => {
    const doc = documents.get(uri);
    if (doc) publish(doc);
  },
  typicalAnalysisMs: (uri) => cache.typicalMs(uri),
  now: monotonicMs,
  // Node's timers wait at least 1 ms: an analysis due now runs right after the pending messages instead.
  setTimer: (run, ms) => (ms <= 0 ? { immediate: setImmediate(run) } : setTimeout(run, ms)),
  clearTimer: (timer) => {
    const t = timer as NodeJS.Timeout | { immediate: NodeJS.Immediate };
    if ('immediate' in t) clearImmediate(t.immediate);
    else clearTimeout(t);
  },
});

/** Check the draft again and publish (lsp/scheduler.ts decides when); `now`: on the next tick. */
function schedule(doc: TextDocument, now = false): void {
  scheduler.changed(doc.uri, now);
}

function publish(doc: TextDocument): void {
  const current = documents.get(doc.uri);
  if (!current) return;
  if (isFactFile(current)) return; // fact files get store diagnostics
  const analysis = cache.get(current);
  connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: findingDiagnostics(current, analysis) });
  drafts.update(current.uri, textOf(current), analysis);
  connection.sendNotification('infraFactcheck/documentStatus', { uri: current.uri, findings: analysis.findings.length, figures: analysis.figures.length });
  if (!warm) {
    warm = true;
    // The launcher (launch.ts) saves the code cache now that a whole analysis has run.
    process.emit('infraFactcheckWarm' as 'warning', undefined as never);
    // Not in the same turn: the diagnostics must be on their way before the files are hashed; and not
    // while requests keep coming (a client's first hovers), which the hashing would stall by 12-15 ms.
    setTimeout(checkBundledSnapshotWhenIdle, 250).unref();
  }
}
let warm = false;

/** The event loop's busy share since the previous call of the function returned (perf_hooks loaded late: cold start). */
function eventLoopBusyShare(): () => number {
  const { performance } = require('node:perf_hooks') as typeof import('node:perf_hooks');
  let last = performance.eventLoopUtilization();
  return () => {
    const now = performance.eventLoopUtilization();
    const share = performance.eventLoopUtilization(now, last).utilization;
    last = now;
    return share;
  };
}

/** The bundled fact files were edited after the build: the store taken from its snapshot is read again. */
function checkBundledSnapshot(): void {
  if (snapshotStillCurrent()) return;
  connection.console.log('The bundled fact store changed since its snapshot was made: reading its files again.');
  defaultOnly = false;
  reloadStore();
}
function checkBundledSnapshotWhenIdle(): void {
  runWhenIdle(checkBundledSnapshot, eventLoopBusyShare(), (run, ms) => setTimeout(run, ms).unref());
}
// A start that opens no draft checks it too.
setTimeout(checkBundledSnapshotWhenIdle, 2000).unref();

async function pullSettings(): Promise<void> {
  let raw: Record<string, unknown> | undefined;
  if (supportsConfigurationPull) {
    try {
      raw = (await connection.workspace.getConfiguration('infraFactcheck')) as Record<string, unknown>;
    } catch {
      raw = undefined;
    }
  }
  raw ??= initOptions;
  applySettings(raw ?? {});
}

function applySettings(raw: Record<string, unknown>): void {
  cachedRoots = undefined;
  const factStore = raw.factStore as { paths?: unknown } | undefined;
  const inlay = raw.inlayHints as { enabled?: unknown } | undefined;
  const cross = raw.crossDraft as { enabled?: unknown } | undefined;
  settings = {
    factStorePaths: Array.isArray(factStore?.paths) ? factStore!.paths.filter((p): p is string => typeof p === 'string') : [],
    messageLanguage: raw.messageLanguage === 'zh' || raw.messageLanguage === 'en' ? raw.messageLanguage : 'auto',
    inlayHints: inlay?.enabled !== false,
    checks: normaliseCheckSettings(raw.checks),
    crossDraft: cross?.enabled !== false,
  };
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  // Once the response below is written (it is, before the next turn of the event loop).
  setImmediate(currentStore);
  supportsConfigurationPull = !!params.capabilities.workspace?.configuration;
  initOptions = (params.initializationOptions as Record<string, unknown>) ?? {};
  applySettings(initOptions);
  workspaceRoots = (params.workspaceFolders ?? [])
    .map((f) => uriToPath(f.uri))
    .filter((p): p is string => !!p);
  if (!workspaceRoots.length && params.rootUri) {
    const p = uriToPath(params.rootUri);
    if (p) workspaceRoots.push(p);
  }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      inlayHintProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'refactor'] },
      documentLinkProvider: { resolveProvider: false },
      documentSymbolProvider: true,
      definitionProvider: true,
      // Server commands live in their own namespace: a client that registers a palette command of the
      // same id (VS Code's 'Validate Fact Store') would otherwise refuse to start.
      executeCommandProvider: { commands: ['infraFactcheck.addFact', 'infraFactcheck.ignoreFinding', 'infraFactcheck.server.validateStore', 'infraFactcheck.server.storeStatus', 'infraFactcheck.server.entityLocation'] },
    },
    serverInfo: { name: 'infra-factcheck', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (supportsConfigurationPull) {
    try {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'infraFactcheck' });
    } catch {
      // Clients without dynamic registration still send didChangeConfiguration.
    }
  }
  await pullSettings();
  reloadStore();
  // Open drafts are checked against the drafts found on disk once there are any.
  if (settings.crossDraft) drafts.scanWorkspace(workspaceRoots, (msg) => connection.console.log(msg)).then((found) => found > 0 && recheckOpenDrafts());
});

connection.onDidChangeConfiguration(async (change) => {
  const pushed = (change.settings as { infraFactcheck?: Record<string, unknown> } | undefined)?.infraFactcheck;
  if (pushed && !supportsConfigurationPull) applySettings(pushed);
  else await pullSettings();
  reloadStore();
});

connection.onDidChangeWatchedFiles((change) => {
  cachedRoots = undefined;
  if (change.changes.some((c) => /\.(ya?ml|json)$/i.test(c.uri))) reloadStore();
  // Drafts changed on disk (a save elsewhere, a checkout of thousands): read in the background.
  const changed = change.changes.filter((c) => /\.(md|markdown|txt)$/i.test(c.uri) && !documents.get(c.uri)).map((c) => c.uri);
  if (changed.length) drafts.readAgain(changed, () => settings.crossDraft && recheckOpenDrafts());
});

/** Other drafts changed (index built, a file changed on disk, a draft closed): check open drafts again. */
function recheckOpenDrafts(): void {
  cache.invalidateAll();
  for (const doc of documents.all()) schedule(doc);
}

// Nothing to coalesce when a draft opens: show its findings at once.
// (An open also fires onDidChangeContent: for a fact file, that reloads the store.)
documents.onDidOpen((e) => {
  if (!isFactFile(e.document)) schedule(e.document, true);
});
documents.onDidChangeContent((e) => (isFactFile(e.document) ? reloadStoreSoon() : schedule(e.document)));
documents.onDidClose((e) => {
  cache.drop(e.document.uri);
  scheduler.forget(e.document.uri);
  if (isFactFile(e.document)) reloadStore();
  else {
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    drafts.close(e.document.uri);
    if (settings.crossDraft) recheckOpenDrafts();
  }
});

connection.onHover((params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || token.isCancellationRequested || isFactFile(doc)) return null;
  return hoverAt(doc, doc.offsetAt(params.position), cache.get(doc), currentStore(), settings.messageLanguage);
});

registerFeatures({
  connection,
  documents,
  cache,
  getStore: currentStore,
  getSettings: () => settings,
  isFactFile,
  storeRoots,
  workspaceRoots: () => workspaceRoots,
  reloadStore,
  storeStatus,
  ignore: (uri, key) => {
    const set = ignoredKeys.get(uri) ?? new Set<string>();
    set.add(key);
    ignoredKeys.set(uri, set);
    cache.drop(uri);
    const doc = documents.get(uri);
    if (doc) schedule(doc);
  },
});

process.on('uncaughtException', (err) => connection.console.error(`Unexpected error: ${err.stack ?? err.message}`));
documents.listen(connection);
connection.listen();
