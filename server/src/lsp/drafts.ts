// The workspace's other drafts, analysed in the background for cross-draft checks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analysis, FactStore } from '../core/types.ts';
import type { OtherDraft } from '../core/checks/types.ts';
import { analyze } from '../core/analyze.ts';
import { walkFiles } from '../facts/walk.ts';
import type { TextReader } from '../core/text/chunked.ts';

const MAX_DRAFTS = 5000;
const MAX_DRAFT_BYTES = 2 * 1024 * 1024;
const DRAFT_FILE = /\.(md|markdown|txt)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', 'build', '.vscode-test', 'test-output']);

export class DraftIndex {
  private drafts = new Map<string, OtherDraft>();
  private files = new Set<string>();
  /**
   * The last others() answer. While the user types in one draft only that draft changes, so the
   * same array (and the cross-draft index the checks build from it) is reused for every keystroke.
   */
  private othersCache?: { uri: string; list: OtherDraft[] };
  /** Drafts open in the editor: their text is the editor's, never read again from disk here. */
  private open = new Set<string>();
  /** Drafts to read from disk again (readAgain), in order, and who waits for them. */
  private pending = new Set<string>();
  private whenRead: ((count: number) => void)[] = [];
  private reading = false;

  constructor(private getStore: () => FactStore) {}

  others(uri: string): OtherDraft[] {
    if (this.othersCache?.uri === uri) return this.othersCache.list;
    const list: OtherDraft[] = [];
    for (const [u, d] of this.drafts) if (u !== uri && d.claims.length) list.push(d);
    this.othersCache = { uri, list };
    return list;
  }

  /** A draft open in the editor was analysed: its text is the editor's until it closes. */
  update(uri: string, text: TextReader, analysis: Analysis): void {
    this.open.add(uri);
    this.put(uri, text, analysis);
  }

  private put(uri: string, text: TextReader, analysis: Analysis): void {
    this.changed(uri);
    this.drafts.set(uri, { path: uri, text, figures: analysis.figures, claims: analysis.claims.filter((c) => c.subject && c.measure), mentions: analysis.mentions });
  }

  private changed(uri: string): void {
    if (this.othersCache && this.othersCache.uri !== uri) this.othersCache = undefined;
  }

  /** A draft was closed: a workspace file falls back to what is on disk, anything else leaves the index. */
  close(uri: string): void {
    this.open.delete(uri);
    if (this.files.has(uri)) return this.refreshFile(uri);
    this.changed(uri);
    this.drafts.delete(uri);
  }

  /** The store changed: claims depend on its names, so every draft read from disk is read again. */
  invalidate(done?: (count: number) => void): void {
    this.readAgain(this.files, done);
  }

  /**
   * Reads these drafts from disk again in the background, in slices of 20 between which the server
   * answers requests (5,000 drafts take a second or more; a keystroke in an open fact file reloads
   * the store, a checkout changes many files at once). A draft asked for again before its turn is
   * read once; one already read is read again. `done` gets how many were read once none is left
   * (it is not called when there was nothing to read).
   */
  readAgain(uris: Iterable<string>, done?: (count: number) => void): void {
    for (const uri of uris) {
      this.pending.delete(uri);
      this.pending.add(uri);
    }
    if (!this.pending.size && !this.reading) return; // nothing to read, nothing to report
    if (done) this.whenRead.push(done);
    if (!this.reading) void this.readPending();
  }

  private async readPending(): Promise<void> {
    this.reading = true;
    let count = 0;
    // A Set is iterated live: drafts added while this waits are read in this same pass.
    for (const uri of this.pending) {
      this.pending.delete(uri);
      // Open in the editor: the editor's text is the one that counts.
      if (!this.open.has(uri)) this.refreshFile(uri);
      if (++count % 20 === 0) await new Promise((r) => setImmediate(r));
    }
    this.reading = false;
    const callbacks = this.whenRead;
    this.whenRead = [];
    for (const done of callbacks) done(count);
  }

  refreshFile(uri: string): void {
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return;
    }
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile() || stat.size > MAX_DRAFT_BYTES) return this.forgetFile(uri);
      const text = fs.readFileSync(file, 'utf8');
      const analysis = analyze(text, { format: /\.txt$/i.test(file) ? 'plaintext' : 'markdown', checks: { '*': { enabled: false } } }, this.getStore());
      this.put(uri, text, { ...analysis, findings: [] });
      this.files.add(uri);
    } catch {
      // Gone or unreadable.
      this.forgetFile(uri);
    }
  }

  private forgetFile(uri: string): void {
    this.changed(uri);
    this.drafts.delete(uri);
    this.files.delete(uri);
  }

  /** Walk the workspace in slices so the server stays responsive; resolves to the number of draft files found. */
  async scanWorkspace(roots: string[], log: (msg: string) => void): Promise<number> {
    const queue: string[] = [];
    for (const root of roots) {
      queue.push(...walkFiles(root, {
        maxDepth: 8,
        limit: MAX_DRAFTS - queue.length,
        skip: (name) => name.startsWith('.') || SKIP_DIRS.has(name),
        accept: (_relative, name) => DRAFT_FILE.test(name) && !/^(readme|changelog|license)/i.test(name),
      }));
    }
    if (queue.length >= MAX_DRAFTS) log(`Cross-draft index: stopped at ${MAX_DRAFTS} drafts.`);
    for (let i = 0; i < queue.length; i++) {
      this.refreshFile(pathToFileURL(queue[i]).href);
      if (i % 20 === 19) await new Promise((r) => setImmediate(r));
    }
    log(`Cross-draft index: ${this.drafts.size} drafts.`);
    return queue.length;
  }
}
