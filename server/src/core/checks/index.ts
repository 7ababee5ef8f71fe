// The registry of checks and how their findings are filtered, suppressed and keyed.
import type { Finding, Severity } from '../types.ts';
import type { CheckContext, CheckDefinition, RawFinding } from './types.ts';
import { shifted } from './common.ts';
import { firstSpanFrom } from '../spans.ts';
import { lineAt, lineStartsOf } from './lines.ts';
import { internalConflict } from './internal-conflict.ts';
import { crossDraftConflict } from './cross-draft-conflict.ts';
import { factConflict } from './fact-conflict.ts';
import { staleFigure } from './stale-figure.ts';
import { arithmetic, tableArithmetic } from './arithmetic.ts';
import { implausible } from './implausible.ts';
import { unitSlip } from './unit-slip.ts';
import { magnitudeSlip } from './magnitude-slip.ts';
import type { TextReader } from '../text/chunked.ts';

export const CHECKS: CheckDefinition[] = [internalConflict, crossDraftConflict, factConflict, staleFigure, arithmetic, tableArithmetic, implausible, unitSlip, magnitudeSlip];

export interface CheckSetting {
  enabled?: boolean;
  severity?: Severity;
}

export function runChecks(ctx: CheckContext, settings: Record<string, CheckSetting> = {}, ignoredKeys: ReadonlySet<string> = new Set()): Finding[] {
  const findings: Finding[] = [];
  const suppressed = suppressions(ctx.text);
  const lineStarts = suppressed.size ? lineStartsOf(ctx.text) : [];
  for (const check of CHECKS) {
    const setting = settings[check.code] ?? settings['*'] ?? {};
    if (setting.enabled === false) continue;
    let raw: ReturnType<CheckDefinition['run']>;
    try {
      raw = check.local ? runLocal(ctx, check, check.local.reach) : check.run(ctx);
    } catch (err) {
      // A bug in one check must not take the others (or the server) down.
      findings.push({
        code: 'internal-error', severity: 'hint', offset: 0, length: 0, related: [], fixes: [], factIds: [],
        message: `Check ${check.code} failed: ${(err as Error).message}`, key: `internal-error:${check.code}`,
      });
      continue;
    }
    for (const f of raw) {
      const codes = suppressed.size ? suppressed.get(lineAt(lineStarts, f.offset)) : undefined;
      if (codes && (codes.has('*') || codes.has(f.code))) continue;
      const key = (f.key ??= findingKey(ctx.text, f.code, f.offset, f.length));
      if (ignoredKeys.has(key)) continue;
      // Written out, not spread: findings of eight checks have eight shapes, and a spread of them is slow.
      findings.push({
        code: f.code, severity: setting.severity ?? f.severity ?? check.defaultSeverity, offset: f.offset, length: f.length,
        message: f.message, related: f.related, fixes: f.fixes, factIds: f.factIds, key,
      });
    }
  }
  dropRestatementsOfMagnitudeSlips(findings);
  // Codes are ASCII: compared by code unit (localeCompare's first call builds an ICU collator).
  findings.sort((a, b) => a.offset - b.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  dropImplausibleSharingAPartner(findings);
  return findings;
}

/**
 * Findings that restate a thousandfold slip already flagged: "72 GPUs … a rack that can consume ~132 MW", an implausible
 * pair whose other figure is the slip (it says the same thing twice, and points at the wrong figure); and a store
 * disagreement on the slipped figure itself.
 */
function dropRestatementsOfMagnitudeSlips(findings: Finding[]): void {
  let slips: Finding[] | undefined;
  for (const f of findings) if (f.code === 'magnitude-slip') (slips ??= []).push(f);
  if (!slips) return;
  const flagged = (offset: number, length: number) => slips!.some((m) => m.offset < offset + length && offset < m.offset + m.length);
  for (let k = findings.length - 1; k >= 0; k--) {
    const f = findings[k];
    if (f.code === 'implausible' && f.related.some((r) => r.path === undefined && r.offset !== undefined && flagged(r.offset, r.length ?? 0))) findings.splice(k, 1);
    // A figure flagged as a thousandfold slip against the store is not also reported as disagreeing with it: the store
    // would only restate the slip.
    else if (f.code === 'fact-conflict' && f.severity !== 'information' && flagged(f.offset, f.length)) findings.splice(k, 1);
  }
}

/**
 * "100,000 H100 cards consumes up to 150 kW … an investment exceeding $4 billion": two implausible pairs with one
 * figure in common (150 kW) point at that figure twice; the first finding says it, the second repeats it.
 */
function dropImplausibleSharingAPartner(findings: Finding[]): void {
  const partners = new Set<number>();
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.code !== 'implausible') continue;
    const own = f.related.filter((r) => r.path === undefined && r.offset !== undefined).map((r) => r.offset!);
    if (own.some((o) => partners.has(o))) {
      findings.splice(k--, 1);
      continue;
    }
    for (const o of own) partners.add(o);
  }
}

/**
 * A sentence-local check after an edit: its findings in sentences more than `reach` code units from
 * the edited span are the previous analysis's (moved with the text); it runs on the sentences near it.
 */
function runLocal(ctx: CheckContext, check: CheckDefinition, reach: number): RawFinding[] {
  const carry = ctx.carry;
  const kept = carry?.previous?.local?.[check.code];
  let raw: RawFinding[];
  if (!carry?.reuse || !kept || kept.lang !== ctx.lang) raw = check.run(ctx);
  else {
    const { from, to, delta } = carry.reuse;
    const sentences = ctx.analysis.sentences;
    // Whole sentences around [from - reach, to + reach): sentences never cross a blank line.
    let first = firstSpanFrom(sentences, from - reach);
    if (first > 0 && sentences[first - 1].offset + sentences[first - 1].length > from - reach) first--;
    // Past the decrement no sentence contains from - reach, so it is a safe start too.
    const a = Math.min(first < sentences.length ? sentences[first].offset : Infinity, Math.max(0, from - reach));
    const last = firstSpanFrom(sentences, to + reach);
    const b = Math.max(last > 0 ? sentences[last - 1].offset + sentences[last - 1].length : 0, to + reach);
    raw = [];
    for (const f of kept.raw) {
      if (f.offset >= a) break;
      raw.push(f);
    }
    for (const f of check.run(ctx, { from: a, to: b })) raw.push(f);
    for (let k = firstSpanFrom(kept.raw, b - delta); k < kept.raw.length; k++) raw.push(shifted(kept.raw[k], delta));
  }
  if (carry) (carry.next.local ??= {})[check.code] = { lang: ctx.lang, raw };
  return raw;
}

/**
 * A key that survives edits elsewhere in the draft: the code, the figure's text and the
 * sentence-local context around it, not its offset.
 */
export function findingKey(text: TextReader, code: string, offset: number, length: number): string {
  const before = text.slice(Math.max(0, offset - 12), offset).replace(/\s+/g, ' ');
  const after = text.slice(offset + length, offset + length + 12).replace(/\s+/g, ' ');
  return `${code}|${before}|${text.slice(offset, offset + length)}|${after}`;
}


const DIRECTIVE = /infra-factcheck-disable-(next-line|line)(?:[ \t]+([A-Za-z0-9_,\- \t]+?))?[ \t]*(?:-->|\*\/|$)/gm;
const FILE_DIRECTIVE = /infra-factcheck-disable-file(?:[ \t]+([A-Za-z0-9_,\- \t]+?))?[ \t]*(?:-->|\*\/|$)/m;

/**
 * Lines whose findings are suppressed, with the codes (or '*'):
 * `<!-- infra-factcheck-disable-next-line fact-conflict -->` in Markdown, the same words after `#`
 * or `//` in plain text, `disable-line` for the line itself, `disable-file` for the whole draft.
 */
export function suppressions(draft: TextReader): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (draft.indexOf('infra-factcheck-disable-') < 0) return out;
  const text = draft.toString();
  const whole = FILE_DIRECTIVE.exec(text);
  if (whole) {
    const codes = parseCodes(whole[1]);
    const lines = text.split('\n').length;
    for (let l = 0; l < lines; l++) out.set(l, codes);
    return out;
  }
  let starts: number[] | undefined;
  for (const m of text.matchAll(DIRECTIVE)) {
    starts ??= lineStartsOf(text);
    const line = lineAt(starts, m.index!);
    const target = m[1] === 'next-line' ? line + 1 : line;
    const codes = parseCodes(m[2]);
    const existing = out.get(target);
    if (existing) for (const c of codes) existing.add(c);
    else out.set(target, codes);
  }
  return out;
}

function parseCodes(list: string | undefined): Set<string> {
  const codes = (list ?? '').split(/[\s,]+/).filter(Boolean);
  return new Set(codes.length ? codes : ['*']);
}
