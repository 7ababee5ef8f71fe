// Document links: entity mentions and figures that match a fact, to the fact's place in the
// store (file and line) and to its source URL. Go to definition on a mention opens its entity.
import type { DocumentLink, Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import type { Analysis, FactStore } from '../core/types.ts';
import { factsForClaim } from '../core/facts-query.ts';
import { rangeOf, safeUrl, spanAt } from './convert.ts';

function fileLink(file: string, line: number): string {
  return `${pathToFileURL(file).href}#L${line + 1}`;
}

export function documentLinks(doc: TextDocument, analysis: Analysis, store: FactStore): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const m of analysis.mentions) {
    const entity = store.entities.get(m.entityId);
    if (!entity) continue;
    links.push({ range: rangeOf(doc, m), target: fileLink(entity.file, entity.line), tooltip: `Fact store: ${entity.id} (${entity.kind})` });
  }
  for (const claim of analysis.claims) {
    const facts = factsForClaim(store, claim);
    if (!facts.length) continue;
    const fact = facts[0];
    const figure = analysis.figures[claim.figure];
    const source = safeUrl(fact.source.url);
    links.push({
      range: rangeOf(doc, figure),
      target: source ?? fileLink(fact.file, fact.line),
      tooltip: `${fact.id} — ${fact.source.publisher ?? ''} ${fact.asOf}`.trim(),
    });
  }
  return links;
}

export function definition(doc: TextDocument, offset: number, analysis: Analysis, store: FactStore): Location | null {
  const mi = spanAt(analysis.mentions, offset);
  if (mi >= 0) {
    const entity = store.entities.get(analysis.mentions[mi].entityId);
    if (!entity) return null;
    return { uri: pathToFileURL(entity.file).href, range: { start: { line: entity.line, character: 0 }, end: { line: entity.line, character: 0 } } };
  }
  const fi = spanAt(analysis.figures, offset);
  if (fi >= 0) {
    const claim = analysis.claims.find((c) => c.figure === fi);
    const fact = claim ? factsForClaim(store, claim)[0] : undefined;
    if (fact) return { uri: pathToFileURL(fact.file).href, range: { start: { line: fact.line, character: 0 }, end: { line: fact.line, character: 0 } } };
  }
  return null;
}
