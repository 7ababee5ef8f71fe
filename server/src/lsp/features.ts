// Registers the LSP features other than hover: inlay hints, links, symbols, definition,
// code actions and the server's commands.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';
import type { FactStore, Figure } from '../core/types.ts';
import type { AnalysisCache, Settings } from './state.ts';
import { inlayHints } from './inlayHints.ts';
import { definition, documentLinks } from './links.ts';
import { documentSymbols } from './symbols.ts';
import { codeActions } from './codeActions.ts';
import { addFact, type NewFact } from '../facts/write.ts';
import { spanAt } from './convert.ts';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  getStore(): FactStore;
  getSettings(): Settings;
  isFactFile(doc: TextDocument): boolean;
  storeRoots(): string[];
  workspaceRoots(): string[];
  reloadStore(): void;
  storeStatus(): unknown;
  ignore(uri: string, key: string): void;
}

/** A figure's value in the units a newsroom writes in the store. */
export function storeValue(f: Figure): Pick<NewFact, 'value' | 'low' | 'high' | 'unit' | 'scale'> {
  const v = f.value;
  const pick = (unit: string, factor: number, scale?: NewFact['scale']) => ({
    value: v == null ? null : round(v / factor),
    low: f.low == null ? null : round(f.low / factor),
    high: f.high == null ? null : round(f.high / factor),
    unit,
    scale,
  });
  const magnitude = Math.abs(v ?? f.high ?? f.low ?? 0);
  switch (f.kind) {
    case 'money':
      return magnitude >= 1e9 ? pick(f.unit, 1e9, 'billion') : magnitude >= 1e6 ? pick(f.unit, 1e6, 'million') : pick(f.unit, 1);
    case 'power':
      return magnitude >= 1e9 ? pick('GW', 1e9) : magnitude >= 1e6 ? pick('MW', 1e6) : magnitude >= 1e3 ? pick('kW', 1e3) : pick('W', 1);
    case 'energy':
      return magnitude >= 1e12 ? pick('TWh', 1e12) : magnitude >= 1e9 ? pick('GWh', 1e9) : pick('MWh', 1e6);
    case 'duration':
      return pick('year-duration', 365.25 * 86400);
    default:
      return pick(f.unit, 1);
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function registerFeatures(ctx: FeatureContext): void {
  const { connection, documents, cache } = ctx;
  const draft = (uri: string) => {
    const doc = documents.get(uri);
    return doc && !ctx.isFactFile(doc) ? doc : undefined;
  };
  const lang = (doc: TextDocument): 'zh' | 'en' => {
    const s = ctx.getSettings().messageLanguage;
    if (s !== 'auto') return s;
    return cache.get(doc).language === 'en' ? 'en' : 'zh';
  };

  connection.languages.inlayHint.on((params) => {
    const doc = draft(params.textDocument.uri);
    if (!doc || !ctx.getSettings().inlayHints) return [];
    return inlayHints(doc, cache.get(doc), params.range);
  });
  connection.onDocumentLinks((params) => {
    const doc = draft(params.textDocument.uri);
    return doc ? documentLinks(doc, cache.get(doc), ctx.getStore()) : [];
  });
  connection.onDocumentSymbol((params) => {
    const doc = draft(params.textDocument.uri);
    return doc ? documentSymbols(doc, cache.get(doc), ctx.getStore()) : [];
  });
  connection.onDefinition((params) => {
    const doc = draft(params.textDocument.uri);
    return doc ? definition(doc, doc.offsetAt(params.position), cache.get(doc), ctx.getStore()) : null;
  });
  connection.onCodeAction((params) => {
    const doc = draft(params.textDocument.uri);
    return doc ? codeActions(doc, params, cache.get(doc), lang(doc)) : [];
  });

  connection.onExecuteCommand(async (params) => {
    const args = params.arguments ?? [];
    switch (params.command) {
      case 'infraFactcheck.ignoreFinding': {
        const [uri, key] = args as [string, string];
        if (typeof uri === 'string' && typeof key === 'string') ctx.ignore(uri, key);
        return { ok: true };
      }
      case 'infraFactcheck.server.validateStore': {
        ctx.reloadStore();
        const store = ctx.getStore();
        return { ...(ctx.storeStatus() as object), problemList: store.problems.slice(0, 200) };
      }
      case 'infraFactcheck.server.storeStatus':
        return ctx.storeStatus();
      case 'infraFactcheck.server.entityLocation': {
        const [uri, offset] = args as [string, number];
        const doc = draft(uri);
        if (!doc) return null;
        return definition(doc, offset, cache.get(doc), ctx.getStore());
      }
      case 'infraFactcheck.addFact':
        return addFactCommand(ctx, args);
      default:
        return null;
    }
  });
}

function addFactCommand(ctx: FeatureContext, args: unknown[]) {
  const [uri, offset, overrides] = args as [string, number, Partial<NewFact> | undefined];
  const doc = ctx.documents.get(uri);
  if (!doc) return { ok: false, message: 'The draft is not open.' };
  const analysis = ctx.cache.get(doc);
  const fi = spanAt(analysis.figures, offset);
  if (fi < 0) return { ok: false, message: 'No figure at that position.' };
  const figure = analysis.figures[fi];
  const claim = analysis.claims.find((c) => c.figure === fi);
  const entityId = overrides?.entityId ?? claim?.subject;
  const measure = overrides?.measure ?? claim?.measure;
  if (!entityId || !measure) return { ok: false, message: 'Cannot tell what this figure is about: give the entity and the measure.' };
  const sentence = analysis.sentences.find((s) => figure.offset >= s.offset && figure.offset < s.offset + s.length);
  const text = doc.getText();
  const context = sentence ? text.slice(sentence.offset, sentence.offset + sentence.length) : figure.text;
  const link = /https?:\/\/[^\s)\]>"'）]+/.exec(context)?.[0];
  const root = ctx.workspaceRoots()[0] ?? (uri.startsWith('file:') ? path.dirname(fileURLToPath(uri)) : undefined);
  if (!root) return { ok: false, message: 'No workspace folder to write the fact store in.' };
  try {
    const result = addFact(
      ctx.getStore(),
      {
        entityId,
        measure,
        ...storeValue(figure),
        qualifier: figure.qualifier,
        of: figure.noun,
        period: claim?.time?.from?.slice(0, 4),
        context,
        sourceUrl: overrides?.sourceUrl ?? link,
        asOf: new Date().toISOString().slice(0, 10),
        ...overrides,
      },
      root,
    );
    ctx.reloadStore();
    return { ok: true, uri: pathToFileURL(result.file).href, line: result.line, factId: result.factId };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}
