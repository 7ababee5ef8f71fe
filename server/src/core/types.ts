// Plain, serialisable records shared by every layer. Offsets are UTF-16 code units.

export type FigureKind =
  | 'money' | 'power' | 'energy' | 'count' | 'percent' | 'ratio' | 'year' | 'date' | 'period'
  | 'duration' | 'area' | 'length' | 'compute' | 'data' | 'bandwidth' | 'volume' | 'mass' | 'voltage' | 'current' | 'apparent-power' | 'temperature' | 'frequency' | 'other';

export type Qualifier =
  | 'exact' | 'about' | 'nearly' | 'more-than' | 'at-least' | 'up-to' | 'less-than' | 'at-most'
  | 'range' | 'vague';

export interface Span {
  offset: number;
  length: number;
}

/** A time reference: ISO partial dates ("2026", "2026-07", "2026-07-01"); label as written/normalised. */
export interface TimeRef {
  from?: string;
  to?: string;
  label?: string;
  /** True when the year had to be taken from context or is unknown ("3月30日", "明年初"). */
  relative?: boolean;
  /**
   * A quarter or half of a fiscal year ("FY2026-Q2", "FY2025-H1"): its calendar months depend on
   * the company, so `from`/`to` hold the same-numbered calendar part only as a placeholder.
   */
  fiscal?: string;
}

export interface Figure extends Span {
  text: string;
  kind: FigureKind;
  /** Point value in base units (docs/figures.md); null for ranges and vague figures. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** Base unit: USD/CNY/… for money, W, Wh, count, percent, ratio, year, s, m2, m, FLOPS, OPS (integer operations), B, bit/s, m3, kg, V, VA. */
  unit: string;
  qualifier: Qualifier;
  approx: boolean;
  /** For counts: what is counted, canonical singular ("GPU", "chip", "server", "data center", "GB200"). */
  noun?: string;
  /** The unit exactly as written ("千兆瓦", "GW", "亿美元", "billion dollars"). */
  unitText?: string;
  /** For years, dates, periods and durations. */
  time?: TimeRef;
  /** Language of the figure's own text. */
  lang: 'zh' | 'en';
}

export type EntityKind =
  | 'company' | 'project' | 'site' | 'chip' | 'person' | 'place' | 'agency' | 'model' | 'deal' | 'fund' | 'org';

export interface Mention extends Span {
  text: string;
  entityId: string;
  /** True when the entity is a guess from capitalisation, not from the store. */
  guessed?: boolean;
}

export interface Claim {
  /** Index into Analysis.figures. */
  figure: number;
  subject: string | null;
  /** Index into Analysis.mentions of the mention that gave the subject, if any. */
  subjectMention?: number;
  measure: string | null;
  time?: TimeRef;
  /** Words narrowing the scope ("phase 4", "第四阶段", "first phase"). */
  scope?: string;
  /** The numbered product or system the figure is about ("atlas 950 supercluster", "gb200 nvl72"), if named. */
  object?: string;
  /** How sure the attachment is, 0..1. Checks only use claims above their own threshold. */
  confidence: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
}

export interface RelatedInfo {
  /** A document URI/path, or absent for the same document. */
  path?: string;
  offset?: number;
  length?: number;
  /** For related things in other files, a line-based position when offsets are unknown. */
  line?: number;
  character?: number;
  message: string;
}

export interface Finding extends Span {
  code: string;
  severity: Severity;
  message: string;
  related: RelatedInfo[];
  fixes: Fix[];
  factIds: string[];
  /** Stable key for "ignore this finding": survives edits elsewhere in the draft. */
  key: string;
}

export interface Sentence extends Span {
  /** Index of the paragraph (block) the sentence belongs to. */
  paragraph: number;
}

export interface Analysis {
  language: 'zh' | 'en' | 'mixed';
  sentences: Sentence[];
  figures: Figure[];
  mentions: Mention[];
  claims: Claim[];
  findings: Finding[];
}

// ---- Fact store model (plain data; loading and validation live in facts/) ----

export interface SourceRef {
  url: string;
  title?: string;
  publisher?: string;
  date?: string;
}

export interface Fact {
  id: string;
  entityId: string;
  measure: string;
  /** Values in base units (docs/figures.md), after unit and scale conversion. */
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  /** The unit as written in the store ("GW", "USD"). */
  unitText: string;
  qualifier: Qualifier;
  /** What a count counts ("GPU"). */
  of?: string;
  period?: string;
  scope?: string;
  asOf: string;
  source: SourceRef;
  supersededBy?: string;
  /** Filled by the index: facts this one replaces. */
  supersedes?: string[];
  note?: string;
  /** Where the fact is written: file path and 0-based line. */
  file: string;
  line: number;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  names: { en: string[]; zh: string[] };
  description?: string;
  parents: string[];
  /** Calendar month (1–12) the company's fiscal year ends in: FY2026 of a January year-end is Feb 2025–Jan 2026. */
  fiscalYearEnd?: number;
  factIds: string[];
  file: string;
  line: number;
}

export interface StoreProblem {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  severity: Severity;
}

export interface FactStore {
  entities: Map<string, Entity>;
  facts: Map<string, Fact>;
  /** Facts by entity id then measure. */
  byEntityMeasure: Map<string, Map<string, Fact[]>>;
  problems: StoreProblem[];
  files: string[];
}
