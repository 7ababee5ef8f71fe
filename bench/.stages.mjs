import {createRequire} from 'module';const require=createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// server/src/core/figures/format.ts
function trim(x, d = 3) {
  if (!Number.isFinite(x)) return String(x);
  const r = Math.round(x * 10 ** d) / 10 ** d;
  return String(r);
}
function groupDigits(x, d = 3) {
  const s = trim(x, d);
  const neg = s.startsWith("-");
  const body = neg ? s.slice(1) : s;
  const [int, frac] = body.split(".");
  let out = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ",";
    out += int[i];
  }
  return (neg ? "-" : "") + out + (frac ? "." + frac : "");
}
function enMagnitude(v) {
  const a = Math.abs(v);
  if (a >= 1e12) return `${trim(v / 1e12)} trillion`;
  if (a >= 1e9) return `${trim(v / 1e9)} billion`;
  if (a >= 1e6) return `${trim(v / 1e6)} million`;
  return groupDigits(v);
}
function zhMagnitude(v) {
  const a = Math.abs(v);
  if (a >= 1e12) return `${trim(v / 1e12, 4)}\u4E07\u4EBF`;
  if (a >= 1e8) return `${trim(v / 1e8, 4)}\u4EBF`;
  if (a >= 1e4) return `${trim(v / 1e4, 4)}\u4E07`;
  return trim(v, 4);
}
function pickPrefix(v, force) {
  if (force !== void 0) {
    const f = SI.find(([p]) => p === force);
    if (f) return f;
  }
  const a = Math.abs(v);
  for (const [p, m] of SI) if (a >= m) return [p, m];
  return ["", 1];
}
function plural(noun, v) {
  if (v === 1) return noun;
  if (noun.endsWith("us")) return noun + "es";
  if (/[A-Z0-9]$/.test(noun)) return noun + "s";
  return noun + "s";
}
function formatValue(value, unit, lang, opts = {}) {
  const ut = opts.unitText ?? "";
  switch (unit) {
    case "W":
    case "Wh": {
      const e = unit === "Wh";
      if (lang === "zh") {
        if (e && ut.includes("\u5EA6")) return `${zhMagnitude(value / 1e3)}\u5EA6`;
        if (e && ut.includes("\u4EBF\u5343\u74E6\u65F6")) return `${trim(value / 1e11, 4)}\u4EBF\u5343\u74E6\u65F6`;
        if (!e && ut.includes("\u4E07\u5343\u74E6")) return `${trim(value / 1e7, 4)}\u4E07\u5343\u74E6`;
        const [p2, m2] = pickPrefix(value, opts.prefix);
        const gw = ut.includes("\u5343\u5146\u74E6") ? "\u5343\u5146\u74E6" : "\u5409\u74E6";
        const words2 = { T: "\u592A\u74E6", G: gw, M: "\u5146\u74E6", k: "\u5343\u74E6", "": "\u74E6", P: "\u62CD\u74E6", E: "\u827E\u74E6" };
        return `${trim(value / m2, 4)}${words2[p2]}${e ? "\u65F6" : ""}`;
      }
      const [p, m] = pickPrefix(value, opts.prefix);
      return `${groupDigits(value / m)} ${p}${unit}`;
    }
    case "count": {
      const noun = opts.noun;
      if (lang === "zh") {
        const [cl, zn] = noun ? NOUN_ZH[noun] ?? ["\u4E2A", noun] : ["", ""];
        return `${zhMagnitude(value)}${cl}${zn}`;
      }
      const num3 = Math.abs(value) >= 1e6 ? enMagnitude(value) : groupDigits(value);
      return noun ? `${num3} ${plural(noun, value)}` : num3;
    }
    case "percent":
      return lang === "zh" ? `${trim(value, 4)}%` : `${trim(value, 4)}%`;
    case "pp":
      return lang === "zh" ? `${trim(value, 4)}\u4E2A\u767E\u5206\u70B9` : `${trim(value, 4)} percentage point${value === 1 ? "" : "s"}`;
    case "ratio":
      return lang === "zh" ? `${trim(value, 4)}\u500D` : `${trim(value, 4)}\xD7`;
    case "year":
      return lang === "zh" ? `${value}\u5E74` : String(value);
    case "s": {
      const y = value / (365.25 * 86400);
      if (y >= 1) return lang === "zh" ? `${trim(y, 2)}\u5E74` : `${trim(y, 2)} year${y === 1 ? "" : "s"}`;
      const mo = y * 12;
      if (mo >= 1) return lang === "zh" ? `${trim(mo, 2)}\u4E2A\u6708` : `${trim(mo, 2)} month${mo === 1 ? "" : "s"}`;
      const d = value / 86400;
      if (d >= 1) return lang === "zh" ? `${trim(d, 2)}\u5929` : `${trim(d, 2)} day${d === 1 ? "" : "s"}`;
      const h = value / 3600;
      return lang === "zh" ? `${trim(h, 2)}\u5C0F\u65F6` : `${trim(h, 2)} hour${h === 1 ? "" : "s"}`;
    }
    case "m2":
      if (lang === "zh") return value >= 1e6 ? `${trim(value / 1e6, 4)}\u5E73\u65B9\u516C\u91CC` : `${zhMagnitude(value)}\u5E73\u65B9\u7C73`;
      return value >= 1e6 ? `${groupDigits(value / 1e6)} km\xB2` : `${groupDigits(value, 1)} m\xB2`;
    case "m":
      if (lang === "zh") return value >= 1e3 ? `${trim(value / 1e3, 4)}\u516C\u91CC` : `${trim(value)}\u7C73`;
      return value >= 1e3 ? `${groupDigits(value / 1e3)} km` : `${groupDigits(value)} m`;
    case "FLOPS": {
      const [p, m] = pickPrefix(value, opts.prefix);
      const names = { E: "exa", P: "peta", T: "tera", G: "giga", M: "mega", k: "kilo", "": "" };
      return `${groupDigits(value / m)} ${names[p]}FLOPS`;
    }
    case "B": {
      const [p, m] = pickPrefix(value, opts.prefix);
      return `${groupDigits(value / m)} ${p === "k" ? "K" : p}B`;
    }
    case "bit/s": {
      const [p, m] = pickPrefix(value, opts.prefix);
      return `${groupDigits(value / m)} ${p === "k" ? "k" : p}bps`;
    }
    case "m3":
      if (lang === "zh") return value < 1 ? `${trim(value * 1e3, 3)}\u5347` : `${zhMagnitude(value)}\u7ACB\u65B9\u7C73`;
      return value < 1 ? `${groupDigits(value * 1e3)} liters` : `${groupDigits(value)} m\xB3`;
    case "kg":
      if (lang === "zh") return value >= 1e3 ? `${zhMagnitude(value / 1e3)}\u5428` : `${trim(value)}\u5343\u514B`;
      return value >= 1e3 ? `${groupDigits(value / 1e3)} tonnes` : `${groupDigits(value)} kg`;
    case "date":
    case "period":
      return String(value);
    default: {
      if (/^[A-Z]{3}$/.test(unit)) {
        if (lang === "zh") return `${zhMagnitude(value)}${CURRENCY_ZH[unit] ?? unit}`;
        const [pre, post] = CURRENCY_EN[unit] ?? ["", ` ${unit}`];
        return `${value < 0 ? "-" : ""}${pre}${enMagnitude(Math.abs(value))}${post}`;
      }
      return lang === "zh" ? zhMagnitude(value) : groupDigits(value);
    }
  }
}
var SI, CURRENCY_EN, CURRENCY_ZH, NOUN_ZH;
var init_format = __esm({
  "server/src/core/figures/format.ts"() {
    "use strict";
    SI = [["E", 1e18], ["P", 1e15], ["T", 1e12], ["G", 1e9], ["M", 1e6], ["k", 1e3], ["", 1]];
    CURRENCY_EN = {
      USD: ["US$", ""],
      EUR: ["\u20AC", ""],
      GBP: ["\xA3", ""],
      HKD: ["HK$", ""],
      AUD: ["A$", ""],
      CAD: ["C$", ""],
      SGD: ["S$", ""],
      TWD: ["NT$", ""],
      CNY: ["", " yuan"],
      JPY: ["", " yen"],
      KRW: ["", " won"],
      INR: ["\u20B9", ""]
    };
    CURRENCY_ZH = {
      USD: "\u7F8E\u5143",
      CNY: "\u5143",
      EUR: "\u6B27\u5143",
      GBP: "\u82F1\u9551",
      JPY: "\u65E5\u5143",
      HKD: "\u6E2F\u5143",
      KRW: "\u97E9\u5143",
      TWD: "\u65B0\u53F0\u5E01",
      AUD: "\u6FB3\u5143",
      CAD: "\u52A0\u5143",
      SGD: "\u65B0\u52A0\u5761\u5143",
      INR: "\u5362\u6BD4"
    };
    NOUN_ZH = {
      GPU: ["\u5757", "GPU"],
      chip: ["\u9897", "\u82AF\u7247"],
      accelerator: ["\u5757", "\u52A0\u901F\u5668"],
      server: ["\u53F0", "\u670D\u52A1\u5668"],
      rack: ["\u4E2A", "\u673A\u67B6"],
      "data center": ["\u5EA7", "\u6570\u636E\u4E2D\u5FC3"],
      site: ["\u4E2A", "\u7AD9\u70B9"],
      campus: ["\u4E2A", "\u56ED\u533A"],
      job: ["\u4E2A", "\u5DE5\u4F5C\u5C97\u4F4D"],
      TPU: ["\u5757", "TPU"]
    };
  }
});

// server/src/core/spans.ts
function firstSpanFrom(spans, offset) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (spans[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function firstSpanEndingAfter(spans, offset) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (spans[mid].offset + spans[mid].length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var init_spans = __esm({
  "server/src/core/spans.ts"() {
    "use strict";
  }
});

// server/src/core/checks/lines.ts
var lines_exports = {};
__export(lines_exports, {
  lineAt: () => lineAt,
  lineStartsOf: () => lineStartsOf
});
function lineStartsOf(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
var init_lines = __esm({
  "server/src/core/checks/lines.ts"() {
    "use strict";
  }
});

// server/src/core/measures.ts
function isKnownMeasure(measure) {
  return Object.prototype.hasOwnProperty.call(MEASURE_KINDS, measure);
}
function measureFamily(measure) {
  return MEASURE_FAMILY[measure] ?? measure;
}
var MEASURE_KINDS, MEASURE_FAMILY;
var init_measures = __esm({
  "server/src/core/measures.ts"() {
    "use strict";
    MEASURE_KINDS = {
      investment: ["money"],
      cost: ["money"],
      capex: ["money"],
      revenue: ["money"],
      valuation: ["money"],
      funding: ["money"],
      contract_value: ["money"],
      commitment: ["money"],
      market_cap: ["money"],
      net_income: ["money"],
      price: ["money"],
      spending: ["money"],
      compute_spend: ["money"],
      power: ["power"],
      power_capacity: ["power"],
      energy_use: ["energy"],
      chip_power: ["power"],
      gpu_count: ["count"],
      chip_count: ["count"],
      server_count: ["count"],
      rack_count: ["count"],
      site_count: ["count"],
      data_center_count: ["count"],
      employees: ["count"],
      users: ["count"],
      count: ["count"],
      area: ["area"],
      stake: ["percent"],
      compute: ["compute"],
      memory: ["data"],
      bandwidth: ["bandwidth"],
      water_use: ["volume", "mass"],
      growth: ["percent", "ratio"],
      share: ["percent"],
      duration: ["duration"],
      year: ["year", "date", "period"]
    };
    MEASURE_FAMILY = {
      power_capacity: "power"
    };
  }
});

// server/src/core/facts-query.ts
function interval(value, low, high, qualifier) {
  switch (qualifier) {
    case "exact":
      return value == null ? [low ?? -Infinity, high ?? Infinity] : [value, value];
    case "about":
      return value == null ? [low ?? -Infinity, high ?? Infinity] : [low ?? value * 0.9, high ?? value * 1.1];
    case "nearly":
      return value == null ? [low ?? -Infinity, high ?? Infinity] : [low ?? value * 0.9, high ?? value];
    case "more-than":
    case "at-least":
      return [low ?? value ?? -Infinity, high ?? Infinity];
    case "up-to":
    case "less-than":
    case "at-most":
      return [low ?? -Infinity, high ?? value ?? Infinity];
    case "range":
    case "vague":
      return [low ?? value ?? -Infinity, high ?? value ?? Infinity];
  }
}
function factInterval(fact) {
  return interval(fact.value, fact.low, fact.high, fact.qualifier);
}
function factsFor(store2, subject, measure) {
  if (!subject || !measure) return [];
  const byMeasure = store2.byEntityMeasure.get(subject);
  if (!byMeasure) return [];
  const family = measureFamily(measure);
  const out = [];
  for (const [m, facts] of byMeasure) if (measureFamily(m) === family) out.push(...facts);
  return out.sort((a, b) => a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0);
}
var init_facts_query = __esm({
  "server/src/core/facts-query.ts"() {
    "use strict";
    init_measures();
  }
});

// server/src/core/store-empty.ts
function emptyStore() {
  return { entities: /* @__PURE__ */ new Map(), facts: /* @__PURE__ */ new Map(), byEntityMeasure: /* @__PURE__ */ new Map(), problems: [], files: [] };
}
var init_store_empty = __esm({
  "server/src/core/store-empty.ts"() {
    "use strict";
  }
});

// server/src/facts/store.ts
function buildStore(layers) {
  const store2 = emptyStore();
  const problems = store2.problems;
  for (const layer of layers) {
    const earlierEntities = store2.entities.size ? new Set(store2.entities.values()) : void 0;
    const earlierFacts = store2.facts.size ? new Set(store2.facts.values()) : void 0;
    for (const { path: path4, parsed } of layer.files) {
      store2.files.push(path4);
      for (let i = 0; i < parsed.problems.length; i++) problems.push(parsed.problems[i]);
      for (let i = 0; i < parsed.entities.length; i++) {
        const entity = parsed.entities[i];
        const previous = store2.entities.get(entity.id);
        if (previous && !earlierEntities?.has(previous)) {
          problems.push(duplicateId("Entity", entity, previous));
          continue;
        }
        if (previous) {
          for (const factId of previous.factIds) if (!entity.factIds.includes(factId)) entity.factIds.push(factId);
        }
        store2.entities.set(entity.id, entity);
      }
      for (let i = 0; i < parsed.facts.length; i++) {
        const fact = parsed.facts[i];
        const previous = store2.facts.get(fact.id);
        if (previous && !earlierFacts?.has(previous)) {
          problems.push(duplicateId("Fact", fact, previous));
          continue;
        }
        store2.facts.set(fact.id, fact);
      }
    }
  }
  const all = Array.from(store2.facts.values());
  linkSupersession(store2, all);
  indexFacts(store2, all);
  checkReferences(store2);
  return store2;
}
function linkSupersession(store2, all) {
  const facts = store2.facts;
  let chained;
  for (let i = 0; i < all.length; i++) {
    const fact = all[i];
    fact.supersedes = [];
    if (fact.supersededBy) (chained ??= []).push(fact);
  }
  if (!chained) return;
  for (const fact of chained) {
    const newer = facts.get(fact.supersededBy);
    if (!newer) {
      store2.problems.push({
        file: fact.file,
        line: fact.line,
        column: 0,
        code: "store-dangling-supersession",
        severity: "error",
        message: `Fact ${fact.id} is superseded by "${fact.supersededBy}", which does not exist.`
      });
      fact.supersededBy = void 0;
      continue;
    }
    newer.supersedes.push(fact.id);
  }
  const next = (f) => f.supersededBy ? facts.get(f.supersededBy) : void 0;
  const WALKING = 1, DONE = 2, ON_CYCLE = 3;
  const state = /* @__PURE__ */ new Map();
  let cycles = false;
  for (const start of chained) {
    if (state.has(start)) continue;
    const path4 = [];
    let cur = start;
    while (cur && !state.has(cur)) {
      state.set(cur, WALKING);
      path4.push(cur);
      cur = next(cur);
    }
    const loopAt = cur && state.get(cur) === WALKING ? path4.indexOf(cur) : path4.length;
    for (let i = 0; i < path4.length; i++) state.set(path4[i], i >= loopAt ? ON_CYCLE : DONE);
    if (loopAt < path4.length) cycles = true;
  }
  if (!cycles) return;
  for (let i = 0; i < all.length; i++) {
    const fact = all[i];
    if (state.get(fact) !== ON_CYCLE) continue;
    const ids = [fact.id];
    for (let cur = next(fact); cur !== fact; cur = next(cur)) ids.push(cur.id);
    store2.problems.push({
      file: fact.file,
      line: fact.line,
      column: 0,
      code: "store-cyclic-supersession",
      severity: "error",
      message: `Supersession of ${fact.id} loops back to itself (${ids.join(" \u2192 ")} \u2192 ${fact.id}).`
    });
  }
  for (const p of store2.problems) {
    if (p.code !== "store-cyclic-supersession") continue;
    const id = /Supersession of (\S+)/.exec(p.message)?.[1];
    const f = id ? facts.get(id) : void 0;
    if (f) f.supersededBy = void 0;
  }
}
function sortByDateDesc(list) {
  if (list.length > 16) {
    list.sort((a, b) => a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const f = list[i];
    let j = i - 1;
    while (j >= 0 && list[j].asOf < f.asOf) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = f;
  }
}
function indexFacts(store2, all) {
  let lastEntity;
  let byMeasure;
  for (let i = 0; i < all.length; i++) {
    const fact = all[i];
    if (fact.entityId !== lastEntity || !byMeasure) {
      lastEntity = fact.entityId;
      byMeasure = store2.byEntityMeasure.get(fact.entityId);
      if (!byMeasure) store2.byEntityMeasure.set(fact.entityId, byMeasure = /* @__PURE__ */ new Map());
    }
    const list = byMeasure.get(fact.measure);
    if (!list) byMeasure.set(fact.measure, [fact]);
    else list.push(fact);
  }
  for (const byMeasure2 of store2.byEntityMeasure.values()) for (const list of byMeasure2.values()) if (list.length > 1) sortByDateDesc(list);
}
function checkReferences(store2) {
  for (const entity of store2.entities.values()) {
    for (const parent of entity.parents) {
      if (!store2.entities.has(parent)) {
        store2.problems.push({
          file: entity.file,
          line: entity.line,
          column: 0,
          code: "store-unknown-parent",
          severity: "warning",
          message: `Entity ${entity.id}: parent "${parent}" is not in the store.`
        });
      }
    }
  }
}
function latestOf(store2, fact) {
  let cur = fact;
  for (let i = 0; i < store2.facts.size && cur.supersededBy; i++) {
    const next = store2.facts.get(cur.supersededBy);
    if (!next) break;
    cur = next;
  }
  return cur;
}
function duplicateId(what, item, previous) {
  return {
    file: item.file,
    line: item.line,
    column: 0,
    code: "store-duplicate-id",
    severity: "error",
    message: `${what} id "${item.id}" is already defined in ${previous.file}:${previous.line + 1}.`
  };
}
var init_store = __esm({
  "server/src/facts/store.ts"() {
    "use strict";
    init_store_empty();
  }
});

// server/src/core/checks/common.ts
function roundingTolerance(figure) {
  if (figure.value == null || figure.qualifier !== "exact") return 0;
  const text = FULL_WIDTH_DIGIT.test(figure.text) ? figure.text.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 65248)) : figure.text;
  const m = WRITTEN_NUMBER.exec(text);
  if (!m) return Math.abs(figure.value) * 0.01;
  const written = Number((m[1] + (m[2] ? "." + m[2] : "")).replace(/,/g, ""));
  if (!written) return 0;
  const factor = figure.value / written;
  const step = Math.pow(10, -(m[2]?.length ?? 0)) * factor;
  return Math.min(step / 2, Math.abs(figure.value) * 0.05);
}
function figureRange(figure) {
  const [lo, hi] = interval(figure.value, figure.low, figure.high, figure.qualifier);
  const tol = roundingTolerance(figure);
  return [lo - tol, hi + tol];
}
function repValue(value, low, high) {
  if (value != null) return value;
  if (low != null && high != null) return Math.sqrt(Math.max(low, 1e-12) * Math.max(high, 1e-12));
  return low ?? high ?? null;
}
function timeKeyOf(time) {
  if (!time) return "";
  if (time.relative) return "rel:" + (time.label ?? "");
  if (time.label && /^FY\s?\d{4}$/i.test(time.label)) return time.label.toUpperCase().replace(/\s/g, "");
  return `${time.from ?? ""}..${time.to ?? ""}`;
}
function periodKey(period) {
  if (!period) return "";
  const p = period.trim();
  if (/^FY\d{4}$/i.test(p)) return p.toUpperCase();
  let m = /^(\d{4})\.\.(\d{4})$/.exec(p);
  if (m) return `${m[1]}..${m[2]}`;
  m = /^(\d{4})-Q([1-4])$/i.exec(p);
  if (m) {
    const q = Number(m[2]);
    return `${m[1]}-${pad(q * 3 - 2)}..${m[1]}-${pad(q * 3)}`;
  }
  m = /^(\d{4})-H([12])$/i.exec(p);
  if (m) return m[2] === "1" ? `${m[1]}-01..${m[1]}-06` : `${m[1]}-07..${m[1]}-12`;
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) return `${p}..${p}`;
  if (/^\d{4}$/.test(p)) return `${p}..${p}`;
  return p;
}
function claimTimeKey(time) {
  const k = timeKeyOf(time);
  if (!k || k.startsWith("rel:") || k.startsWith("FY")) return k;
  const [from, to] = k.split("..");
  const f = from.slice(0, 7);
  const t3 = (to || from).slice(0, 7);
  if (/^\d{4}-01$/.test(f) && /^\d{4}-12$/.test(t3) && f.slice(0, 4) === t3.slice(0, 4)) return `${f.slice(0, 4)}..${f.slice(0, 4)}`;
  return `${f}..${t3}`;
}
function comparableClaims(ctx, claims = ctx.analysis.claims, figures = ctx.analysis.figures) {
  const own = claims === ctx.analysis.claims && figures === ctx.analysis.figures;
  if (own) {
    const hit = comparableCache.get(ctx);
    if (hit) return hit;
  }
  const out = [];
  claims.forEach((claim, index) => {
    if (!claim.subject || !claim.measure || claim.confidence < MIN_CONFIDENCE) return;
    const figure = figures[claim.figure];
    if (!figure || !COMPARABLE_KINDS.has(figure.kind)) return;
    const [lo, hi] = figureRange(figure);
    if (!(lo <= hi)) return;
    out.push({
      index,
      claim,
      figure,
      lo,
      hi,
      rep: repValue(figure.value, figure.low, figure.high),
      family: measureFamily(claim.measure),
      timeKey: claimTimeKey(claim.time),
      scope: claim.scope ?? ""
    });
  });
  if (own) comparableCache.set(ctx, out);
  return out;
}
function entityKind(store2, id) {
  if (!id) return "unknown";
  return store2.entities.get(id)?.kind ?? "unknown";
}
function isThing(store2, subject) {
  const kind = entityKind(store2, subject);
  return kind === "project" || kind === "site" || kind === "deal" || kind === "chip";
}
function isSingular(store2, subject, family) {
  const kind = entityKind(store2, subject);
  if (kind === "project" || kind === "site" || kind === "deal" || kind === "chip") return true;
  return !MANY_PER_SUBJECT.has(family) && !TIME_VARYING_MEASURES.has(family) && !PERIODIC_MEASURES.has(family);
}
function groupKey(store2, c) {
  const subject = c.claim.subject;
  const needsTime = PERIODIC_MEASURES.has(c.family) || TIME_VARYING_MEASURES.has(c.family);
  if (needsTime && !c.timeKey) return null;
  if (c.timeKey.startsWith("rel:")) return null;
  const noun = c.figure.kind === "count" ? c.figure.noun ?? "" : "";
  return [subject, c.family, c.figure.unit, noun, c.timeKey, c.scope].join("|");
}
function disjoint(a, b) {
  return a.hi < b.lo || b.hi < a.lo;
}
function magnitudeFactor(a, b) {
  if (a == null || b == null || a <= 0 || b <= 0) return null;
  const r = a > b ? a / b : b / a;
  for (const f of [1e3, 1e4]) if (r >= f / 1.15 && r <= f * 1.15) return a > b ? f : 1 / f;
  return null;
}
function lineCol(text, offset) {
  if (text !== lastText) {
    lastText = text;
    lastStarts = lineStartsOf(text);
  }
  const line = lineAt(lastStarts, offset);
  return { line, character: offset - lastStarts[line] };
}
function num(n, lang) {
  const r = Number(n.toPrecision(4));
  if (lang === "en" && Math.abs(r) >= 1e4 && Number.isInteger(r)) return r.toLocaleString("en-US");
  return String(r);
}
function formatLike(value, like, lang = like.lang) {
  const t3 = like.text;
  const m = /^(US\$|HK\$|\$|¥|￥|€|£)?\s?([\d,]+(?:\.\d+)?)/.exec(t3);
  if (m && like.value) {
    const written = Number(m[2].replace(/,/g, ""));
    if (written > 0) {
      const factor = like.value / written;
      const n = value / factor;
      if (n >= 0.1 && n < 1e6) return (m[1] ?? "") + (m[1] && t3[m[1].length] === " " ? " " : "") + num(n, like.lang) + t3.slice(m[0].length);
    }
  }
  return formatPlain(value, like.unit, lang, like.unitText);
}
function formatPlain(value, unit, lang, unitText) {
  try {
    const s = formatValue(value, unit, lang, { unitText });
    if (typeof s === "string" && s) return s;
  } catch {
  }
  const abs = Math.abs(value);
  if (unit === "W" || unit === "Wh") {
    const h = unit === "Wh" ? "h" : "";
    const steps = [[1e12, "T", "\u592A\u74E6"], [1e9, "G", "\u5409\u74E6"], [1e6, "M", "\u5146\u74E6"], [1e3, "k", "\u5343\u74E6"], [1, "", "\u74E6"]];
    const [f2, en, zh] = steps.find(([f3]) => abs >= f3) ?? steps[steps.length - 1];
    return lang === "zh" ? `${num(value / f2, "zh")}${zh}${h ? "\u65F6" : ""}` : `${num(value / f2, "en")} ${en}W${h}`;
  }
  if (ZH_CURRENCY[unit] || /^[A-Z]{3}$/.test(unit)) {
    if (lang === "zh") {
      const [f3, w3] = abs >= 1e12 ? [1e12, "\u4E07\u4EBF"] : abs >= 1e8 ? [1e8, "\u4EBF"] : abs >= 1e4 ? [1e4, "\u4E07"] : [1, ""];
      return `${num(value / f3, "zh")}${w3}${ZH_CURRENCY[unit] ?? unit}`;
    }
    const [f2, w2] = abs >= 1e12 ? [1e12, " trillion"] : abs >= 1e9 ? [1e9, " billion"] : abs >= 1e6 ? [1e6, " million"] : [1, ""];
    const sym = EN_CURRENCY_SYMBOL[unit];
    return sym ? `${sym}${num(value / f2, "en")}${w2}` : `${num(value / f2, "en")}${w2} ${unit}`;
  }
  if (unit === "percent") return `${num(value, lang)}%`;
  if (unit === "ratio") return lang === "zh" ? `${num(value, "zh")}\u500D` : `${num(value, "en")}\xD7`;
  if (lang === "zh") {
    const [f2, w2] = abs >= 1e8 ? [1e8, "\u4EBF"] : abs >= 1e4 ? [1e4, "\u4E07"] : [1, ""];
    return `${num(value / f2, "zh")}${w2}${unit === "count" ? "" : " " + unit}`;
  }
  const [f, w] = abs >= 1e9 ? [1e9, " billion"] : abs >= 1e6 ? [1e6, " million"] : [1, ""];
  return `${num(value / f, "en")}${w}${unit === "count" ? "" : " " + unit}`;
}
function factValueText(fact, lang, like) {
  const fmt = (v) => like && like.unit === fact.unit ? formatLike(v, like, lang) : formatPlain(v, fact.unit, lang);
  if (fact.value == null) {
    if (fact.low != null && fact.high != null) return lang === "zh" ? `${fmt(fact.low)}\u81F3${fmt(fact.high)}` : `${fmt(fact.low)} to ${fmt(fact.high)}`;
    const v = fact.low ?? fact.high;
    if (v == null) return "?";
    const q = QUAL_WORDS[fact.qualifier]?.[lang] ?? (fact.low != null ? QUAL_WORDS["at-least"][lang] : QUAL_WORDS["up-to"][lang]);
    return q + fmt(v);
  }
  return (QUAL_WORDS[fact.qualifier]?.[lang] ?? "") + fmt(fact.value);
}
function factSourceText(fact, lang) {
  const who = fact.source.publisher ?? fact.source.title ?? "";
  return lang === "zh" ? `${fact.asOf}\uFF0C\u6765\u6E90\uFF1A${who ? who + " " : ""}${fact.source.url}` : `as of ${fact.asOf}, source: ${who ? who + ", " : ""}${fact.source.url}`;
}
function factRelated(fact, lang, like) {
  const scope = fact.scope ? lang === "zh" ? `\uFF08${fact.scope}\uFF09` : ` (${fact.scope})` : "";
  return {
    path: fact.file,
    line: fact.line,
    character: 0,
    message: lang === "zh" ? `\u4E8B\u5B9E\u5E93 ${fact.id}\uFF1A${factValueText(fact, lang, like)}${scope}\uFF0C${factSourceText(fact, lang)}` : `Fact ${fact.id}: ${factValueText(fact, lang, like)}${scope}, ${factSourceText(fact, lang)}`
  };
}
function entityName(store2, id, lang) {
  if (!id) return "";
  const e = store2.entities.get(id);
  if (!e) return id;
  return (lang === "zh" ? e.names.zh[0] ?? e.names.en[0] : e.names.en[0] ?? e.names.zh[0]) ?? id;
}
function measureName(measure, lang) {
  return MEASURE_NAMES[measureFamily(measure)]?.[lang] ?? measure;
}
function sentenceAt(ctx, offset) {
  const s = ctx.analysis.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (offset < s[mid].offset) hi = mid - 1;
    else if (offset >= s[mid].offset + s[mid].length) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, lo - 1);
}
var MIN_CONFIDENCE, COMPARABLE_KINDS, PERIODIC_MEASURES, TIME_VARYING_MEASURES, MANY_PER_SUBJECT, FULL_WIDTH_DIGIT, FULL_WIDTH_DIGITS, WRITTEN_NUMBER, pad, comparableCache, lastText, lastStarts, ZH_CURRENCY, EN_CURRENCY_SYMBOL, QUAL_WORDS, MEASURE_NAMES;
var init_common = __esm({
  "server/src/core/checks/common.ts"() {
    "use strict";
    init_lines();
    init_facts_query();
    init_measures();
    init_format();
    MIN_CONFIDENCE = 0.7;
    COMPARABLE_KINDS = /* @__PURE__ */ new Set(["money", "power", "energy", "count", "percent", "area", "compute", "data", "bandwidth", "volume", "mass", "length"]);
    PERIODIC_MEASURES = /* @__PURE__ */ new Set(["capex", "revenue", "net_income", "spending", "compute_spend", "growth", "energy_use", "water_use"]);
    TIME_VARYING_MEASURES = /* @__PURE__ */ new Set(["valuation", "market_cap", "users", "employees", "price", "share", "stake"]);
    MANY_PER_SUBJECT = /* @__PURE__ */ new Set(["investment", "funding", "contract_value", "commitment", "cost", "price"]);
    FULL_WIDTH_DIGIT = /[０-９]/;
    FULL_WIDTH_DIGITS = /[０-９]/g;
    WRITTEN_NUMBER = /(\d[\d,]*)(?:\.(\d+))?/;
    pad = (n) => n < 10 ? "0" + n : String(n);
    comparableCache = /* @__PURE__ */ new WeakMap();
    lastStarts = [];
    ZH_CURRENCY = { USD: "\u7F8E\u5143", CNY: "\u5143", EUR: "\u6B27\u5143", GBP: "\u82F1\u9551", JPY: "\u65E5\u5143", HKD: "\u6E2F\u5143" };
    EN_CURRENCY_SYMBOL = { USD: "$", EUR: "\u20AC", GBP: "\xA3", JPY: "\xA5", CNY: "\xA5" };
    QUAL_WORDS = {
      about: { en: "about ", zh: "\u7EA6" },
      nearly: { en: "nearly ", zh: "\u8FD1" },
      "more-than": { en: "more than ", zh: "\u8D85\u8FC7" },
      "at-least": { en: "at least ", zh: "\u81F3\u5C11" },
      "up-to": { en: "up to ", zh: "\u6700\u591A" },
      "less-than": { en: "less than ", zh: "\u4E0D\u5230" },
      "at-most": { en: "at most ", zh: "\u4E0D\u8D85\u8FC7" }
    };
    MEASURE_NAMES = {
      investment: { en: "investment", zh: "\u6295\u8D44" },
      cost: { en: "cost", zh: "\u6210\u672C" },
      capex: { en: "capex", zh: "\u8D44\u672C\u652F\u51FA" },
      revenue: { en: "revenue", zh: "\u8425\u6536" },
      valuation: { en: "valuation", zh: "\u4F30\u503C" },
      funding: { en: "funding", zh: "\u878D\u8D44" },
      contract_value: { en: "contract value", zh: "\u5408\u540C\u91D1\u989D" },
      commitment: { en: "commitment", zh: "\u627F\u8BFA\u91D1\u989D" },
      market_cap: { en: "market value", zh: "\u5E02\u503C" },
      net_income: { en: "net income", zh: "\u51C0\u5229\u6DA6" },
      price: { en: "price", zh: "\u4EF7\u683C" },
      spending: { en: "spending", zh: "\u652F\u51FA" },
      power: { en: "power", zh: "\u7535\u529B\u5BB9\u91CF" },
      energy_use: { en: "energy use", zh: "\u7528\u7535\u91CF" },
      chip_power: { en: "power per chip", zh: "\u5355\u82AF\u7247\u529F\u8017" },
      gpu_count: { en: "GPU count", zh: "GPU\u6570\u91CF" },
      chip_count: { en: "chip count", zh: "\u82AF\u7247\u6570\u91CF" },
      server_count: { en: "server count", zh: "\u670D\u52A1\u5668\u6570\u91CF" },
      rack_count: { en: "rack count", zh: "\u673A\u67B6\u6570\u91CF" },
      site_count: { en: "number of sites", zh: "\u7AD9\u70B9\u6570\u91CF" },
      data_center_count: { en: "number of data centres", zh: "\u6570\u636E\u4E2D\u5FC3\u6570\u91CF" },
      employees: { en: "employees", zh: "\u5458\u5DE5\u4EBA\u6570" },
      users: { en: "users", zh: "\u7528\u6237\u6570" },
      area: { en: "area", zh: "\u9762\u79EF" },
      stake: { en: "stake", zh: "\u6301\u80A1\u6BD4\u4F8B" },
      compute: { en: "compute", zh: "\u7B97\u529B" },
      growth: { en: "growth", zh: "\u589E\u957F\u7387" },
      share: { en: "share", zh: "\u4EFD\u989D" }
    };
  }
});

// server/src/core/checks/consistency.ts
function consistency(ctx) {
  let r = cache.get(ctx);
  if (!r) {
    r = compute(ctx);
    cache.set(ctx, r);
  }
  return r;
}
function objectSignature(ctx, c, text, mentions = ctx.analysis.mentions) {
  const sig = /* @__PURE__ */ new Set();
  const from = Math.max(0, c.figure.offset - 40);
  const to = Math.min(text.length, c.figure.offset + c.figure.length + 30);
  const window = text.slice(from, to);
  for (const m of window.matchAll(OBJECT_NOUNS2)) sig.add(m[0].toLowerCase().replace(/\s+/g, "").replace(/centre/, "center").replace(/s$/, ""));
  for (let i = firstSpanFrom(mentions, from); i < mentions.length && mentions[i].offset < to; i++) {
    const m = mentions[i];
    if (m.entityId === c.claim.subject) continue;
    const kind = ctx.store.entities.get(m.entityId)?.kind;
    const directed = /(?:[向对给]|\b(?:in|into|to))\s*$/i.test(text.slice(Math.max(0, m.offset - 6), m.offset));
    if (kind === "place" || kind === "site" || kind === "project" || kind === "company" && directed) sig.add("@" + m.entityId);
  }
  for (const k of [...sig]) if (ZH_OBJECT_NOUNS[k]) sig.add(ZH_OBJECT_NOUNS[k]);
  return sig;
}
function sameObject(ctx, a, aText, b, bText, bMentions) {
  if (isThing(ctx.store, a.claim.subject)) return true;
  if (PERIODIC_MEASURES.has(a.family) || TIME_VARYING_MEASURES.has(a.family)) return true;
  if (a.figure.value == null || b.figure.value == null) return false;
  const sa = objectSignature(ctx, a, aText);
  const sb = objectSignature(ctx, b, bText, bMentions ?? []);
  if (!sa.size && !sb.size) return !MANY_PER_SUBJECT.has(a.family) && a.figure.value != null && b.figure.value != null;
  for (const x of sa) if (sb.has(x)) return true;
  return false;
}
function looseKey(ctx, c) {
  const subject = c.claim.subject;
  if (MANY_PER_SUBJECT.has(c.family) && !isSingular(ctx.store, subject, c.family)) return null;
  const noun = c.figure.kind === "count" ? c.figure.noun ?? "" : "";
  return [subject, c.family, c.figure.unit, noun, c.scope].join("|");
}
function timesCompatible(a, b) {
  if (a.figure.value == null || b.figure.value == null) return false;
  if (PERIODIC_MEASURES.has(a.family) || TIME_VARYING_MEASURES.has(a.family)) return a.timeKey === b.timeKey;
  return !a.timeKey || !b.timeKey || a.timeKey === b.timeKey;
}
function otherDraftIndex(ctx) {
  const hit = otherIndexCache.get(ctx.otherDrafts);
  if (hit && hit.store === ctx.store) return hit.index;
  const index = /* @__PURE__ */ new Map();
  for (const draft of ctx.otherDrafts) {
    for (const c of comparableClaims(ctx, draft.claims, draft.figures)) {
      const loose = looseKey(ctx, c);
      if (!loose) continue;
      const list = index.get(loose) ?? [];
      if (list.length < WINDOW) list.push({ draft, c });
      index.set(loose, list);
    }
  }
  otherIndexCache.set(ctx.otherDrafts, { store: ctx.store, index });
  return index;
}
function compute(ctx) {
  const res = { internal: [], crossDraft: [], fact: [], stale: [], magnitude: [] };
  const claims = comparableClaims(ctx);
  const flagged = /* @__PURE__ */ new Set();
  const groups = /* @__PURE__ */ new Map();
  for (const c of claims) {
    const loose = looseKey(ctx, c);
    if (!loose) continue;
    const strict = groupKey(ctx.store, c);
    const prior = groups.get(loose) ?? [];
    for (let k = prior.length - 1; k >= 0 && k >= prior.length - WINDOW; k--) {
      const p = prior[k];
      if (!disjoint(c, p)) continue;
      if (sentenceAt(ctx, c.figure.offset) === sentenceAt(ctx, p.figure.offset)) continue;
      const factor = magnitudeFactor(c.rep, p.rep);
      if (factor && timesCompatible(c, p)) {
        res.magnitude.push(magnitudeFinding(ctx, c, p.figure, factor, { offset: p.figure.offset, length: p.figure.length }));
        flagged.add(c.index);
        break;
      }
      if (strict && strict === groupKey(ctx.store, p) && sameObject(ctx, c, ctx.masked, p, ctx.masked, ctx.analysis.mentions)) {
        res.internal.push(internalFinding(ctx, c, p));
        flagged.add(c.index);
        break;
      }
    }
    prior.push(c);
    groups.set(loose, prior);
  }
  if (ctx.otherDrafts.length) {
    const index = otherDraftIndex(ctx);
    for (const c of claims) {
      if (flagged.has(c.index)) continue;
      const loose = looseKey(ctx, c);
      const list = loose ? index.get(loose) : void 0;
      if (!list) continue;
      const strict = groupKey(ctx.store, c);
      for (const { draft, c: o } of list) {
        if (!disjoint(c, o)) continue;
        const where = lineCol(draft.text, o.figure.offset);
        const factor = magnitudeFactor(c.rep, o.rep);
        if (factor && timesCompatible(c, o)) {
          res.magnitude.push(magnitudeFinding(ctx, c, o.figure, factor, { path: draft.path, ...where }));
          flagged.add(c.index);
          break;
        }
        if (strict && strict === groupKey(ctx.store, o) && sameObject(ctx, c, ctx.masked, o, draft.text, [])) {
          res.crossDraft.push(crossFinding(ctx, c, draft, o, where));
          flagged.add(c.index);
          break;
        }
      }
    }
  }
  const bySentence = /* @__PURE__ */ new Map();
  for (const c of claims) {
    const si = sentenceAt(ctx, c.figure.offset);
    bySentence.set(si, [...bySentence.get(si) ?? [], c]);
  }
  const timeCount = /* @__PURE__ */ new Map();
  for (const f of ctx.analysis.figures) if (f.kind === "year" || f.kind === "date" || f.kind === "period") {
    const si = sentenceAt(ctx, f.offset);
    timeCount.set(si, (timeCount.get(si) ?? 0) + 1);
  }
  for (const c of claims) {
    if (flagged.has(c.index)) continue;
    const si = sentenceAt(ctx, c.figure.offset);
    if ((timeCount.get(si) ?? 0) >= 2 && (bySentence.get(si) ?? []).some((o) => o !== c && o.claim.subject === c.claim.subject && o.family === c.family)) continue;
    factFindings(ctx, c, res);
  }
  return res;
}
function subjectText(ctx, c) {
  return entityName(ctx.store, c.claim.subject, ctx.lang);
}
function internalFinding(ctx, c, p) {
  const zh = ctx.lang === "zh";
  const what = `${subjectText(ctx, c)}${zh ? "\u7684" : " "}${measureName(c.claim.measure, ctx.lang)}`;
  const { line } = lineCol(ctx.text, p.figure.offset);
  return {
    code: "internal-conflict",
    offset: c.figure.offset,
    length: c.figure.length,
    message: zh ? `\u4E0E\u672C\u6587\u7B2C${line + 1}\u884C\u7684\u201C${p.figure.text}\u201D\u77DB\u76FE\uFF1A\u540C\u4E00${what}\uFF0C\u4E24\u4E2A\u6570\u5B57\u4E0D\u53EF\u80FD\u540C\u65F6\u6210\u7ACB\u3002` : `Contradicts "${p.figure.text}" on line ${line + 1}: the same ${what} cannot be both.`,
    related: [{ offset: p.figure.offset, length: p.figure.length, message: zh ? `\u6B64\u524D\u5199\u4F5C\u201C${p.figure.text}\u201D` : `Stated earlier as "${p.figure.text}"` }],
    fixes: p.figure.value != null && p.figure.unit === c.figure.unit ? [{ title: zh ? `\u6539\u4E3A\u4E0E\u524D\u6587\u4E00\u81F4\uFF1A${formatLike(p.figure.value, c.figure)}` : `Match the earlier figure: ${formatLike(p.figure.value, c.figure)}`, edits: [{ offset: c.figure.offset, length: c.figure.length, newText: formatLike(p.figure.value, c.figure) }] }] : [],
    factIds: []
  };
}
function crossFinding(ctx, c, draft, o, where) {
  const zh = ctx.lang === "zh";
  const what = `${subjectText(ctx, c)}${zh ? "\u7684" : " "}${measureName(c.claim.measure, ctx.lang)}`;
  return {
    code: "cross-draft-conflict",
    offset: c.figure.offset,
    length: c.figure.length,
    message: zh ? `\u4E0E\u53E6\u4E00\u7BC7\u7A3F\u4EF6 ${draft.path}\uFF08\u7B2C${where.line + 1}\u884C\uFF09\u7684\u201C${o.figure.text}\u201D\u77DB\u76FE\uFF1A\u540C\u4E00${what}\u3002` : `Contradicts "${o.figure.text}" in ${draft.path} (line ${where.line + 1}): the same ${what}.`,
    related: [{ path: draft.path, line: where.line, character: where.character, message: zh ? `\u53E6\u4E00\u7BC7\u7A3F\u4EF6\u5199\u4F5C\u201C${o.figure.text}\u201D` : `Stated there as "${o.figure.text}"` }],
    fixes: [],
    factIds: []
  };
}
function magnitudeFinding(ctx, c, other, factor, where, fact) {
  const zh = ctx.lang === "zh";
  const times = factor > 1 ? factor : 1 / factor;
  const timesText = zh ? times === 1e4 ? "\u4E00\u4E07" : "\u4E00\u5343" : times === 1e4 ? "ten thousand" : "a thousand";
  const dir = zh ? factor > 1 ? "\u5927" : "\u5C0F" : factor > 1 ? "larger" : "smaller";
  const corrected = c.figure.value != null ? c.figure.value / factor : null;
  const otherText = fact ? factValueText(fact, ctx.lang, c.figure) : `\u201C${other.text}\u201D`;
  const base = fact ? zh ? `\u4E8B\u5B9E\u5E93\uFF08${fact.id}\uFF0C${factSourceText(fact, ctx.lang)}\uFF09` : `the fact store (${fact.id}, ${factSourceText(fact, ctx.lang)})` : where.path ? where.path : zh ? "\u672C\u6587\u5176\u4ED6\u5730\u65B9" : "elsewhere in this draft";
  const fixText = corrected != null ? formatLike(corrected, c.figure) : null;
  return {
    code: "magnitude-slip",
    offset: c.figure.offset,
    length: c.figure.length,
    message: zh ? `\u6570\u91CF\u7EA7\u53EF\u80FD\u5199\u9519\uFF1A\u6BD4${base}\u7684${otherText}${dir}\u7EA6${timesText}\u500D\uFF08\u4E07/\u4EBF\u3001\u5146\u74E6/\u5343\u5146\u74E6\u662F\u5426\u6DF7\u6DC6\uFF1F\uFF09\u3002` : `Possible magnitude slip: about ${timesText} times ${dir} than ${fact ? otherText + " in " : '"' + other.text + '" '}${base}${fact ? "" : ""} (million/billion, MW/GW, \u4E07/\u4EBF mixed up?).`,
    related: fact ? [factRelated(fact, ctx.lang, c.figure)] : [{ ...where, message: zh ? `\u5BF9\u7167\uFF1A\u201C${other.text}\u201D` : `Compare "${other.text}"` }],
    fixes: fixText ? [{ title: zh ? `\u6539\u4E3A ${fixText}` : `Change to ${fixText}`, edits: [{ offset: c.figure.offset, length: c.figure.length, newText: fixText }], preferred: true }] : [],
    factIds: fact ? [fact.id] : []
  };
}
function nounCompatible(figure, fact) {
  if (figure.kind !== "count") return true;
  if (!figure.noun || !fact.of) return true;
  const a = figure.noun.toLowerCase();
  const b = fact.of.toLowerCase();
  return a === b || GENERIC_ACCELERATORS.has(a) && GENERIC_ACCELERATORS.has(b);
}
function factScopeKey(fact) {
  const s = (fact.scope ?? "").toLowerCase();
  const phase = /\bphase\s+(\d+|one|two|three|four|five)\b/.exec(s);
  if (phase) return "phase " + phase[1];
  if (/\b(first[- ]phase|initial|phase one)\b/.test(s)) return "initial";
  if (/\b(per year|a year|annual|annually|each year)\b/.test(s)) return "per-year";
  if (/\b(per gpu|per chip|each chip|each gpu|per server|per rack)\b/.test(s)) return "per-unit";
  return "";
}
function claimScopeKey(scope) {
  return scope === "overall" ? "" : scope;
}
function scopeKeyFor(c, f) {
  const k = factScopeKey(f);
  return c.family === "chip_power" && k === "per-unit" ? claimScopeKey(c.scope) : k;
}
function timeMatches(c, fact) {
  const pk = periodKey(fact.period);
  if (TIME_VARYING_MEASURES.has(c.family) && !PERIODIC_MEASURES.has(c.family) && !pk) {
    if (!c.timeKey) return true;
    const [from2, to2] = c.timeKey.split("..");
    return /^\d{4}-\d{2}$/.test(from2) && from2 === to2 && fact.asOf.slice(0, 7) === from2;
  }
  const periodic = PERIODIC_MEASURES.has(c.family) || TIME_VARYING_MEASURES.has(c.family);
  if (periodic) return !!c.timeKey && !!pk && c.timeKey === pk;
  if (!pk) return !c.timeKey || c.timeKey.slice(0, 4) >= fact.asOf.slice(0, 4) || c.timeKey.startsWith("rel:");
  if (c.timeKey) return c.timeKey === pk || withinYear(c.timeKey, pk);
  const [from, to] = pk.split("..");
  return !!to && from.slice(0, 4) !== to.slice(0, 4);
}
function withinYear(claimKey, pk) {
  const m = /^(\d{4})\.\.(\d{4})$/.exec(pk);
  if (!m || m[1] !== m[2]) return false;
  const [from, to] = claimKey.split("..");
  return !!from && from.slice(0, 4) === m[1] && (to ?? from).slice(0, 4) === m[1];
}
function counterpartNames(ctx, c) {
  const s = ctx.analysis.sentences[sentenceAt(ctx, c.figure.offset)];
  if (!s) return [];
  const out = [];
  const mentions = ctx.analysis.mentions;
  const end = s.offset + s.length;
  for (let i = firstSpanFrom(mentions, s.offset); i < mentions.length && mentions[i].offset < end; i++) {
    const m = mentions[i];
    if (m.entityId === c.claim.subject) continue;
    const before = ctx.masked.slice(Math.max(s.offset, m.offset - 6), m.offset);
    if (!DIRECTED_ZH.test(before) && !DIRECTED_EN.test(before)) continue;
    const e = ctx.store.entities.get(m.entityId);
    if (e) out.push([...e.names.en, ...e.names.zh].map((n) => n.toLowerCase()));
  }
  return out;
}
function factMentions(fact, names) {
  const t3 = `${fact.scope ?? ""} ${fact.note ?? ""}`.toLowerCase();
  return names.some((list) => list.some((n) => n.length >= 2 && t3.includes(n)));
}
function widened(fact) {
  const [lo, hi] = factInterval(fact);
  return { lo: lo - Math.abs(lo) * EPS, hi: hi + Math.abs(hi) * EPS };
}
function closeMatch(c, fact) {
  const f = widened(fact);
  if (disjoint(c, f)) return false;
  const a = c.rep;
  const b = repValue(fact.value, fact.low, fact.high);
  if (a == null || b == null) return true;
  return Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));
}
function exactlyOlder(c, matching) {
  const gap = (f) => relativeGap(c.rep, repValue(f.value, f.low, f.high));
  return matching.some((f) => f.supersededBy && gap(f) <= 0.01) && matching.every((f) => f.supersededBy || gap(f) > 0.05);
}
function factFindings(ctx, c, res) {
  const { store: store2 } = ctx;
  const all = factsFor(store2, c.claim.subject, c.claim.measure).filter((f) => f.unit === c.figure.unit && nounCompatible(c.figure, f));
  if (!all.length) return;
  let facts = all.filter((f) => timeMatches(c, f));
  const singular = isSingular(store2, c.claim.subject, c.family);
  if (!singular && MANY_PER_SUBJECT.has(c.family) || !isThing(store2, c.claim.subject) && !PERIODIC_MEASURES.has(c.family) && !TIME_VARYING_MEASURES.has(c.family)) {
    const names = counterpartNames(ctx, c);
    facts = names.length ? facts.filter((f) => factMentions(f, names)) : [];
  }
  if (!facts.length) return;
  const matching = facts.filter((f) => !disjoint(c, widened(f)));
  if (matching.length) {
    const older = exactlyOlder(c, matching);
    if (matching.some((f) => !f.supersededBy && closeMatch(c, f)) && !older) return;
    if (c.figure.value != null && c.figure.qualifier === "exact") {
      const cScope2 = claimScopeKey(c.scope);
      for (const f of matching) {
        if (f.supersededBy || scopeKeyFor(c, f) !== cScope2) continue;
        const factor = magnitudeFactor(c.rep, repValue(f.value, f.low, f.high));
        if (factor) {
          res.magnitude.push(magnitudeFinding(ctx, c, c.figure, factor, { path: f.file, line: f.line, character: 0 }, f));
          return;
        }
      }
    }
    const old = matching.find((f) => f.supersededBy && closeMatch(c, f));
    if (!old) return;
    const newer = latestOf(store2, old);
    if (newer === old || closeMatch(c, newer) && !older) return;
    res.stale.push(staleFinding(ctx, c, old, newer));
    return;
  }
  const cScope = claimScopeKey(c.scope);
  const candidates = facts.filter((f) => !f.supersededBy && scopeKeyFor(c, f) === cScope);
  if (!candidates.length) return;
  if (TIME_VARYING_MEASURES.has(c.family) && !c.timeKey) return;
  for (const f of c.figure.value == null ? [] : candidates) {
    const factor = magnitudeFactor(c.rep, repValue(f.value, f.low, f.high));
    if (factor) {
      res.magnitude.push(magnitudeFinding(ctx, c, c.figure, factor, { path: f.file, line: f.line, character: 0 }, f));
      return;
    }
  }
  const fact = candidates[0];
  res.fact.push(factConflictFinding(ctx, c, fact));
}
function factConflictFinding(ctx, c, fact) {
  const zh = ctx.lang === "zh";
  const lang = ctx.lang;
  const what = `${entityName(ctx.store, fact.entityId, lang)}${zh ? "\u7684" : " "}${measureName(fact.measure, lang)}`;
  const value = factValueText(fact, lang, c.figure);
  const fixValue = fact.value != null ? formatLike(fact.value, c.figure) : null;
  return {
    code: "fact-conflict",
    offset: c.figure.offset,
    length: c.figure.length,
    message: zh ? `\u4E0E\u4E8B\u5B9E\u5E93\u4E0D\u7B26\uFF1A${what}\u4E3A${value}\uFF08${factSourceText(fact, lang)}\uFF09\u3002` : `Disagrees with the fact store: ${what} is ${value} (${factSourceText(fact, lang)}).`,
    related: [factRelated(fact, lang, c.figure)],
    fixes: fixValue ? [{ title: zh ? `\u6539\u4E3A\u4E8B\u5B9E\u5E93\u7684\u6570\u5B57\uFF1A${fixValue}` : `Use the fact store's figure: ${fixValue}`, edits: [{ offset: c.figure.offset, length: c.figure.length, newText: fixValue }], preferred: true }] : [],
    factIds: [fact.id]
  };
}
function staleFinding(ctx, c, old, newer) {
  const zh = ctx.lang === "zh";
  const lang = ctx.lang;
  const what = `${entityName(ctx.store, newer.entityId, lang)}${zh ? "\u7684" : " "}${measureName(newer.measure, lang)}`;
  return {
    code: "stale-figure",
    offset: c.figure.offset,
    length: c.figure.length,
    message: zh ? `\u6570\u5B57\u53EF\u80FD\u5DF2\u8FC7\u65F6\uFF1A\u5B83\u5BF9\u5E94 ${old.asOf} \u7684\u6570\u636E\uFF1B\u6B64\u540E\u66F4\u65B0\u4E3A${what}${factValueText(newer, lang)}\uFF08${factSourceText(newer, lang)}\uFF09\u3002` : `Possibly stale: this matches the figure of ${old.asOf}; since then ${what} is ${factValueText(newer, lang)} (${factSourceText(newer, lang)}).`,
    related: [factRelated(newer, lang), factRelated(old, lang)],
    fixes: [],
    factIds: [old.id, newer.id]
  };
}
var WINDOW, cache, ZH_OBJECT_NOUNS, OBJECT_NOUNS2, otherIndexCache, GENERIC_ACCELERATORS, DIRECTED_ZH, DIRECTED_EN, EPS, relativeGap;
var init_consistency = __esm({
  "server/src/core/checks/consistency.ts"() {
    "use strict";
    init_facts_query();
    init_store();
    init_common();
    init_spans();
    WINDOW = 40;
    cache = /* @__PURE__ */ new WeakMap();
    ZH_OBJECT_NOUNS = { \u6570\u636E\u4E2D\u5FC3: "datacenter", \u667A\u7B97\u4E2D\u5FC3: "datacenter", \u7B97\u529B\u4E2D\u5FC3: "datacenter", \u96C6\u7FA4: "cluster", \u56ED\u533A: "campus", \u8D85\u7B97: "supercomputer", \u8D85\u7EA7\u8BA1\u7B97\u673A: "supercomputer", \u5DE5\u5382: "factory", \u57FA\u5730: "campus" };
    OBJECT_NOUNS2 = /数据中心|智算中心|算力中心|集群|园区|超算|超级计算机|工厂|基地|data\s*cent(?:er|re)s?|campus|cluster|supercomputer|facility|plant|factory|site/gi;
    otherIndexCache = /* @__PURE__ */ new WeakMap();
    GENERIC_ACCELERATORS = /* @__PURE__ */ new Set(["gpu", "chip", "accelerator", "superchip"]);
    DIRECTED_ZH = /[向对給给在]\s*$/;
    DIRECTED_EN = /\b(?:in|into|to|for)\s+$/i;
    EPS = 0.02;
    relativeGap = (a, b) => a == null || b == null ? Infinity : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);
  }
});

// server/src/core/checks/internal-conflict.ts
var internalConflict;
var init_internal_conflict = __esm({
  "server/src/core/checks/internal-conflict.ts"() {
    "use strict";
    init_consistency();
    internalConflict = {
      code: "internal-conflict",
      defaultSeverity: "warning",
      description: {
        en: "The same figure (subject, measure, period, scope) is stated with values that cannot both be true in this draft.",
        zh: "\u540C\u4E00\u7A3F\u4EF6\u4E2D\uFF0C\u540C\u4E00\u5BF9\u8C61\u3001\u540C\u4E00\u6307\u6807\u3001\u540C\u4E00\u65F6\u95F4\u548C\u8303\u56F4\u7684\u6570\u5B57\u4E92\u76F8\u77DB\u76FE\u3002"
      },
      run: (ctx) => consistency(ctx).internal
    };
  }
});

// server/src/core/checks/cross-draft-conflict.ts
var crossDraftConflict;
var init_cross_draft_conflict = __esm({
  "server/src/core/checks/cross-draft-conflict.ts"() {
    "use strict";
    init_consistency();
    crossDraftConflict = {
      code: "cross-draft-conflict",
      defaultSeverity: "warning",
      description: {
        en: "A figure contradicts another draft of the workspace about the same subject, measure, period and scope.",
        zh: "\u6570\u5B57\u4E0E\u5DE5\u4F5C\u533A\u5185\u53E6\u4E00\u7BC7\u7A3F\u4EF6\u4E2D\u540C\u4E00\u5BF9\u8C61\u3001\u540C\u4E00\u6307\u6807\u3001\u540C\u4E00\u65F6\u95F4\u548C\u8303\u56F4\u7684\u6570\u5B57\u77DB\u76FE\u3002"
      },
      run: (ctx) => consistency(ctx).crossDraft
    };
  }
});

// server/src/core/checks/fact-conflict.ts
var factConflict;
var init_fact_conflict = __esm({
  "server/src/core/checks/fact-conflict.ts"() {
    "use strict";
    init_consistency();
    factConflict = {
      code: "fact-conflict",
      defaultSeverity: "warning",
      description: {
        en: "A figure disagrees with the newest verified fact in the fact store (with its date and source).",
        zh: "\u6570\u5B57\u4E0E\u4E8B\u5B9E\u5E93\u4E2D\u6700\u65B0\u7684\u5DF2\u6838\u5B9E\u4E8B\u5B9E\u4E0D\u7B26\uFF08\u9644\u65E5\u671F\u4E0E\u6765\u6E90\uFF09\u3002"
      },
      run: (ctx) => consistency(ctx).fact
    };
  }
});

// server/src/core/checks/stale-figure.ts
var staleFigure;
var init_stale_figure = __esm({
  "server/src/core/checks/stale-figure.ts"() {
    "use strict";
    init_consistency();
    staleFigure = {
      code: "stale-figure",
      defaultSeverity: "information",
      description: {
        en: "A figure matches an older fact that a newer one supersedes; the message names the newer figure.",
        zh: "\u6570\u5B57\u5BF9\u5E94\u7684\u662F\u5DF2\u88AB\u66F4\u65B0\u7684\u65E7\u6570\u636E\uFF1B\u63D0\u793A\u4E2D\u7ED9\u51FA\u6700\u65B0\u6570\u5B57\u3001\u65E5\u671F\u4E0E\u6765\u6E90\u3002"
      },
      run: (ctx) => consistency(ctx).stale
    };
  }
});

// server/src/core/checks/arithmetic.ts
function g(ctx, list, a, b) {
  let out = "";
  let at = Math.max(0, a);
  for (const f of list) {
    if (!TIME.has(f.kind) || f.offset + f.length <= at || f.offset >= b) continue;
    out += ctx.masked.slice(at, Math.max(at, f.offset)) + "T";
    at = f.offset + f.length;
  }
  return out + ctx.masked.slice(at, Math.max(at, b));
}
function fmtRatio(x, lang) {
  const r = x >= 10 ? Math.round(x) : Math.round(x * 10) / 10;
  return lang === "zh" ? `${r}\u500D` : `${r}\xD7`;
}
function push(ctx, out, done, target, others, zhMsg, enMsg, fixValue) {
  if (done.has(target)) return;
  done.add(target);
  const zh = ctx.lang === "zh";
  const fixText = fixValue != null && Number.isFinite(fixValue) && target.value != null ? formatLike(fixValue, target) : null;
  out.push({
    code: "arithmetic",
    offset: target.offset,
    length: target.length,
    message: zh ? zhMsg : enMsg,
    related: others.map((o) => ({ offset: o.offset, length: o.length, message: zh ? `\u53C2\u4E0E\u8BA1\u7B97\uFF1A\u201C${o.text}\u201D` : `Operand: "${o.text}"` })),
    fixes: fixText && fixText !== target.text ? [{ title: zh ? `\u6539\u4E3A ${fixText}` : `Change to ${fixText}`, edits: [{ offset: target.offset, length: target.length, newText: fixText }] }] : [],
    factIds: []
  });
}
function ratioIv(r) {
  const [lo, hi] = figureRange(r);
  return widen([lo, hi]);
}
function ratios(ctx, list, out, done) {
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    const isRatio = r.kind === "ratio";
    const isPct = r.kind === "percent";
    if (!isRatio && !isPct) continue;
    let a;
    let b;
    let pi = i - 1;
    while (pi >= 0 && TIME.has(list[pi].kind)) pi--;
    const prev = pi >= 0 ? list[pi] : void 0;
    if (prev && QUANTITY.has(prev.kind) && /^[^\d，,。；;]{0,6}?的\s*$/.test(g(ctx, list, prev.offset + prev.length, r.offset))) {
      let ai = pi - 1;
      while (ai >= 0 && !sameUnit(list[ai], prev)) ai--;
      const between = ai >= 0 ? list[ai] : void 0;
      const gap = between ? g(ctx, list, between.offset + between.length, prev.offset) : "";
      if (between && /(是|为|相当于|达到|约为|占)/.test(gap) && !/[。；;]/.test(gap) && gap.length <= 30) {
        a = between;
        b = prev;
      }
    }
    const next = list[i + 1];
    if (!a && isRatio && next && QUANTITY.has(next.kind) && /^\s*于\s*$/.test(t(ctx, r.offset + r.length, next.offset)) && prev && sameUnit(prev, next)) {
      a = prev;
      b = next;
    }
    if (!a && next && prev && sameUnit(prev, next)) {
      const gap = t(ctx, r.offset + r.length, next.offset);
      const lead = t(ctx, prev.offset + prev.length, r.offset);
      const okGap = isRatio ? /^\s*(?:as\s+(?:much|large|big|many|high|great)\s+as|(?:larger|bigger|higher|greater|more)\s+than|the(?:\s+size\s+of)?|that\s+of|of)?\s*(?:the\s+|its\s+|their\s+)?[\w'’ -]{0,30}?$/i.test(gap) && /\b(?:is|was|are|were|be|been|,|—|–|or|about|roughly|nearly)\s*$|[,，]\s*$/i.test(lead + " ") && !/[;；。]/.test(lead) : /^\s*of\s+(?:the\s+|its\s+)?[\w'’ -]{0,30}?$/i.test(gap) && /\b(?:is|was|are|were|represents?|or|about)\s*$|[,，]\s*$/i.test(lead);
      if (okGap && gap.length < 40 && lead.length < 40 && /^(?:\s+[a-z][\w-]*){0,2}\s*(?:is|was|are|were|would\s+be|will\s+be|represents?|,|，|—|–)?\s*(?:about|roughly|nearly|around|some|or|,)?\s*$/i.test(lead)) {
        a = prev;
        b = next;
      }
    }
    if (!a || !b || a.unit !== b.unit) continue;
    const ia = figureRange(a);
    const ib = figureRange(b);
    if (!bounded(ia) || !bounded(ib) || ib[0] <= 0) continue;
    const actual = div(ia, ib);
    const stated = isPct ? [ratioIv(r)[0] / 100, ratioIv(r)[1] / 100] : ratioIv(r);
    if (overlap(actual, stated)) continue;
    const x = (a.value ?? (ia[0] + ia[1]) / 2) / (b.value ?? (ib[0] + ib[1]) / 2);
    const xs = isPct ? `${Math.round(x * 1e3) / 10}%` : fmtRatio(x, ctx.lang);
    push(
      ctx,
      out,
      done,
      r,
      [a, b],
      `\u7B97\u4E0D\u4E0A\uFF1A${a.text}\u662F${b.text}\u7684\u7EA6${xs}\uFF0C\u800C\u975E\u201C${r.text}\u201D\u3002`,
      `Does not compute: ${a.text} is about ${xs} of ${b.text}, not "${r.text}".`,
      isPct ? x * 100 : x
    );
  }
}
function fromTo(ctx, list, out, done) {
  for (let i = 0; i + 1 < list.length; i++) {
    let a = list[i];
    let j = i + 1;
    while (j < list.length && TIME.has(list[j].kind)) j++;
    let b = list[j];
    if (!b || !sameUnit(a, b)) continue;
    const pre = g(ctx, list, Math.max(0, a.offset - 14), a.offset);
    const mid = g(ctx, list, a.offset + a.length, b.offset);
    const reversed = TO_EN_PRE.test(pre) && FROM_EN_MID.test(mid);
    if (!(FROM_ZH.test(pre) && TO_ZH.test(mid) || FROM_EN.test(pre) && TO_EN.test(mid) || reversed)) continue;
    const bIndex = j;
    if (reversed) [a, b] = [b, a];
    i = Math.max(i, bIndex - 1);
    const after = list.slice(bIndex + 1).filter((f) => !TIME.has(f.kind));
    const ia = figureRange(a);
    const ib = figureRange(b);
    if (!bounded(ia) || !bounded(ib) || ia[0] <= 0) continue;
    const last = reversed ? a : b;
    for (let k = 0; k < after.length && k < 2; k++) {
      const c = after[k];
      const cue = t(ctx, Math.max(last.offset + last.length, c.offset - 14), c.offset) + t(ctx, c.offset + c.length, c.offset + c.length + 10);
      const up = UP.test(cue);
      const down = DOWN.test(cue);
      if (up === down && c.kind !== "ratio") continue;
      const sign = down ? -1 : 1;
      const ic = figureRange(c);
      let ok = true;
      let shown = "";
      let fix;
      const va = a.value ?? (ia[0] + ia[1]) / 2;
      const vb = b.value ?? (ib[0] + ib[1]) / 2;
      if (c.kind === "percent") {
        const actual = div(sub(ib, ia), ia).map((x) => x * 100 * sign);
        const act = sign < 0 ? [actual[1], actual[0]] : actual;
        ok = overlap(widen(act, 0.02), widen(ic, SLACK));
        fix = (vb - va) / va * 100 * sign;
        shown = `${Math.round(fix * 10) / 10}%`;
      } else if (c.kind === "ratio") {
        const actual = div(ib, ia);
        ok = overlap(widen(actual, 0.02), widen(ic, SLACK)) || /增长了|增加了|提高了|more than|increase/i.test(cue) && overlap(sub(actual, [1, 1]), widen(ic, SLACK));
        fix = vb / va;
        shown = fmtRatio(fix, ctx.lang);
      } else if (sameUnit(c, a)) {
        const actual = sign > 0 ? sub(ib, ia) : sub(ia, ib);
        ok = overlap(widen(actual, 0.02), widen(ic, 0.05));
        fix = Math.abs(vb - va);
        shown = formatLike(fix, c);
      } else continue;
      if (!ok) {
        push(
          ctx,
          out,
          done,
          c,
          [a, b],
          `\u7B97\u4E0D\u4E0A\uFF1A\u4ECE${a.text}\u5230${b.text}\uFF0C\u53D8\u5316\u7EA6\u4E3A${shown}\uFF0C\u800C\u975E\u201C${c.text}\u201D\u3002`,
          `Does not compute: from ${a.text} to ${b.text} is a change of about ${shown}, not "${c.text}".`,
          fix
        );
      }
      break;
    }
  }
}
function differences(ctx, list, out, done) {
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (!QUANTITY.has(c.kind) || done.has(c)) continue;
    let a;
    let b;
    let less = false;
    let bi = k - 1;
    while (bi >= 0 && TIME.has(list[bi].kind)) bi--;
    if (bi >= 0 && sameUnit(list[bi], c)) {
      const gap = g(ctx, list, list[bi].offset + list[bi].length, c.offset);
      const pre = g(ctx, list, Math.max(0, list[bi].offset - 8), list[bi].offset);
      if (MORE_ZH.test(gap) && /比\s*(?:T\s*的?)?\s*$/.test(pre)) {
        b = list[bi];
        less = LESS_ZH.test(gap);
        let ai = bi - 1;
        while (ai >= 0 && !sameUnit(list[ai], c)) ai--;
        a = ai >= 0 ? list[ai] : void 0;
      }
    }
    const next = list[k + 1];
    if (!b && next && sameUnit(next, c) && THAN_EN.test(t(ctx, c.offset + c.length, next.offset))) {
      b = next;
      less = LESS_EN.test(t(ctx, c.offset + c.length, next.offset));
      let ai = k - 1;
      while (ai >= 0 && !sameUnit(list[ai], c)) ai--;
      a = ai >= 0 ? list[ai] : void 0;
    }
    if (!a || !b || a === b) continue;
    const between = g(ctx, list, a.offset + a.length, Math.min(b.offset, c.offset));
    if (between.length > 60 || /[。；;]/.test(between)) continue;
    const ia = figureRange(a);
    const ib = figureRange(b);
    const ic = figureRange(c);
    if (!bounded(ia) || !bounded(ib) || !bounded(ic)) continue;
    const actual = less ? sub(ib, ia) : sub(ia, ib);
    if (overlap(widen(actual, 0.02), widen(ic, 0.05))) continue;
    const va = a.value ?? (ia[0] + ia[1]) / 2;
    const vb = b.value ?? (ib[0] + ib[1]) / 2;
    const diff = Math.abs(va - vb);
    const shown = formatLike(diff, c);
    push(
      ctx,
      out,
      done,
      c,
      [a, b],
      `\u7B97\u4E0D\u4E0A\uFF1A${a.text}\u4E0E${b.text}\u76F8\u5DEE\u7EA6${shown}\uFF0C\u800C\u975E\u201C${c.text}\u201D\u3002`,
      `Does not compute: ${a.text} and ${b.text} differ by about ${shown}, not "${c.text}".`,
      diff
    );
  }
}
function perYear(ctx, list, out, done) {
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (d.kind !== "duration" || d.value == null && d.low == null) continue;
    const years = (d.value ?? d.low) / (365.25 * 86400);
    if (!(years >= 2 && years <= 50) || d.qualifier === "range" || d.qualifier === "vague") continue;
    let total;
    const before = list[i - 1];
    const after = list[i + 1];
    const gapBefore = before ? t(ctx, before.offset + before.length, d.offset) : "";
    if (before && QUANTITY.has(before.kind) && /^\s*(?:over|across|in|during|within|for)\s*(?:the\s+next\s+|the\s+coming\s+)?$/i.test(gapBefore)) total = before;
    else if (before && QUANTITY.has(before.kind) && d.lang === "en" && gapBefore.length <= 40 && /^[\s,]*(?:[\w'’-]+\s+){0,5}?(?:over|across|during|within|for|runs?\s+(?:over|for))?\s*(?:the\s+next\s+|about\s+|roughly\s+)?$|^\s*,\s*$/i.test(gapBefore) && !/[.;]/.test(gapBefore)) total = before;
    else if (after && QUANTITY.has(after.kind) && /^\s*(?:内|之内|里|中|间)?\s*[^\d，,。；]{0,6}$/.test(t(ctx, d.offset + d.length, after.offset)) && /(?:未来|今后|在|于)?\s*$/.test(t(ctx, Math.max(0, d.offset - 4), d.offset)) && d.lang === "zh") total = after;
    if (!total) continue;
    const ti = list.indexOf(total);
    for (let k = Math.max(i, ti) + 1; k < list.length && k <= Math.max(i, ti) + 2; k++) {
      const p = list[k];
      if (!sameUnit(p, total)) continue;
      const after2 = t(ctx, p.offset + p.length, p.offset + p.length + 14);
      const before2 = t(ctx, Math.max(0, p.offset - 10), p.offset);
      const zhPer = /(?:每年|年均|平均每年|一年)\s*(?:约|近|超过|达|为|投入|投资|支出|约为|将)?\s*$/.test(before2);
      if (!PER_YEAR_AFTER.test(after2) && !zhPer) continue;
      const it = figureRange(total);
      const ip = figureRange(p);
      if (!bounded(it) || !bounded(ip)) break;
      const actual = [it[0] / years, it[1] / years];
      if (!overlap(widen(actual, 0.03), widen(ip, 0.05))) {
        const v = (total.value ?? (it[0] + it[1]) / 2) / years;
        const shown = p.value != null ? formatLike(v, p) : formatPlain(v, p.unit, ctx.lang);
        push(
          ctx,
          out,
          done,
          p,
          [total, d],
          `\u7B97\u4E0D\u4E0A\uFF1A${total.text}\u5206\u644A\u5230${d.text}\uFF0C\u6BCF\u5E74\u7EA6\u4E3A${shown}\uFF0C\u800C\u975E\u201C${p.text}\u201D\u3002`,
          `Does not compute: ${total.text} over ${d.text} is about ${shown} a year, not "${p.text}".`,
          v
        );
      }
      break;
    }
  }
  void PER_YEAR_BEFORE;
}
function sums(ctx, list, out, done) {
  for (let i = 2; i < list.length; i++) {
    const total = list[i];
    if (!QUANTITY.has(total.kind) || done.has(total)) continue;
    const pre = t(ctx, Math.max(0, total.offset - 16), total.offset);
    const post = t(ctx, total.offset + total.length, total.offset + total.length + 16);
    if (!TOTAL_BEFORE.test(pre) && !TOTAL_AFTER.test(post)) continue;
    const parts = [];
    let k = i - 1;
    const gapToTotal = t(ctx, list[k].offset + list[k].length, total.offset);
    if (gapToTotal.length > 16 || /[。；;]/.test(gapToTotal)) continue;
    parts.unshift(list[k]);
    for (k = i - 2; k >= 0; k--) {
      const sep = t(ctx, list[k].offset + list[k].length, list[k + 1].offset);
      if (!LIST_SEP.test(sep)) break;
      parts.unshift(list[k]);
    }
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1];
    const unitOf = (f) => {
      if (sameUnit(f, total)) return 1;
      if (f.kind === "count" && !f.noun && last.value && sameUnit(last, total) && f.value != null) {
        const m = /^([\d.,]+)/.exec(last.text);
        const written = m ? Number(m[1].replace(/,/g, "")) : NaN;
        return written > 0 ? last.value / written : null;
      }
      return null;
    };
    if (!sameUnit(last, total)) continue;
    let acc = [0, 0];
    let ok = true;
    for (const p of parts) {
      const u2 = unitOf(p);
      if (u2 == null) {
        ok = false;
        break;
      }
      const r = figureRange(p);
      acc = add(acc, [r[0] * u2, r[1] * u2]);
    }
    if (!ok || !bounded(acc)) continue;
    let it = figureRange(total);
    if (total.qualifier === "up-to" && total.value != null && /add(?:s|ed)?\s+up\s+to\s*$/i.test(pre)) it = [total.value, total.value];
    if (overlap(widen(acc, 0.01), widen(it, 0.01))) continue;
    const sum = acc[0] === acc[1] || !Number.isFinite(acc[1]) ? acc[0] : (acc[0] + acc[1]) / 2;
    push(
      ctx,
      out,
      done,
      total,
      parts,
      `\u7B97\u4E0D\u4E0A\uFF1A\u5404\u9879\u76F8\u52A0\u7EA6\u4E3A${formatLike(sum, total)}\uFF0C\u800C\u975E\u201C${total.text}\u201D\u3002`,
      `Does not compute: the parts add up to about ${formatLike(sum, total)}, not "${total.text}".`,
      sum
    );
  }
}
var QUANTITY, SLACK, div, sub, add, widen, overlap, bounded, arithmetic, t, TIME, sameUnit, FROM_ZH, TO_ZH, FROM_EN, TIME_EN, TO_EN, TO_EN_PRE, FROM_EN_MID, UP, DOWN, MORE_ZH, LESS_ZH, THAN_EN, LESS_EN, PER_YEAR_AFTER, PER_YEAR_BEFORE, TOTAL_BEFORE, TOTAL_AFTER, LIST_SEP;
var init_arithmetic = __esm({
  "server/src/core/checks/arithmetic.ts"() {
    "use strict";
    init_common();
    QUANTITY = /* @__PURE__ */ new Set(["money", "power", "energy", "count", "area", "compute", "data", "volume", "mass", "length", "bandwidth"]);
    SLACK = 0.1;
    div = (a, b) => b[0] > 0 ? [a[0] / b[1], a[1] / b[0]] : [-Infinity, Infinity];
    sub = (a, b) => [a[0] - b[1], a[1] - b[0]];
    add = (a, b) => [a[0] + b[0], a[1] + b[1]];
    widen = (a, s = SLACK) => [a[0] - Math.abs(a[0]) * s, a[1] + Math.abs(a[1]) * s];
    overlap = (a, b) => !(a[1] < b[0] || b[1] < a[0]);
    bounded = (a) => Number.isFinite(a[0]) || Number.isFinite(a[1]);
    arithmetic = {
      code: "arithmetic",
      defaultSeverity: "warning",
      description: {
        en: "Stated ratios, growth rates, differences, per-year rates and totals that do not compute from the figures they relate.",
        zh: "\u6587\u4E2D\u7684\u500D\u6570\u3001\u589E\u957F\u7387\u3001\u5DEE\u989D\u3001\u5E74\u5747\u503C\u6216\u5408\u8BA1\u4E0E\u76F8\u5173\u6570\u5B57\u7B97\u4E0D\u4E0A\u3002"
      },
      run(ctx) {
        const out = [];
        const figs = ctx.analysis.figures;
        let fi = 0;
        for (const s of ctx.analysis.sentences) {
          const end = s.offset + s.length;
          while (fi < figs.length && figs[fi].offset < s.offset) fi++;
          const list = [];
          for (let k = fi; k < figs.length && figs[k].offset < end; k++) list.push(figs[k]);
          if (list.length < 2 || list.length > 40) continue;
          const done = /* @__PURE__ */ new Set();
          ratios(ctx, list, out, done);
          fromTo(ctx, list, out, done);
          differences(ctx, list, out, done);
          perYear(ctx, list, out, done);
          sums(ctx, list, out, done);
        }
        return out;
      }
    };
    t = (ctx, a, b) => ctx.masked.slice(a, b);
    TIME = /* @__PURE__ */ new Set(["year", "date", "period"]);
    sameUnit = (a, b) => QUANTITY.has(a.kind) && a.kind === b.kind && a.unit === b.unit && (a.kind !== "count" || (a.noun ?? "") === (b.noun ?? "") || !a.noun || !b.noun);
    FROM_ZH = /从\s*(?:T\s*的?)?\s*$/;
    TO_ZH = /^\s*(?:[^\d，,。；]{0,8}?)(?:增至|增长至|增长到|增加到|增加至|提高到|提高至|升至|上升至|上升到|跃升至|扩大到|扩大至|降至|下降至|下降到|减少到|减少至|到|至)\s*(?:T\s*的?)?\s*$/;
    FROM_EN = /\bfrom\s*$/i;
    TIME_EN = /(?:(?:in|for|during)\s+(?:fiscal\s+|FY\s*)?T|last\s+year|a\s+year\s+(?:earlier|ago)|T)/.source;
    TO_EN = new RegExp(`^\\s*(?:${TIME_EN}\\s+)?to\\s*$`, "i");
    TO_EN_PRE = /\bto\s*$/i;
    FROM_EN_MID = new RegExp(`^\\s*(?:${TIME_EN}\\s+)?from\\s*$`, "i");
    UP = /增长|增加|上升|提高|增幅|涨|growth|grew|grow|rise|rose|increase|jump|up\b|gain|climb/i;
    DOWN = /下降|减少|降低|降幅|下滑|跌|decline|fell|fall|drop|down\b|decrease|shrank|cut/i;
    MORE_ZH = /^\s*(?:增加了|增长了|增加|多出了?|高出了?|多了|减少了|下降了|少了|低了)\s*(?:约|近|超过)?\s*$/;
    LESS_ZH = /减少|下降|少|低/;
    THAN_EN = /^\s*(?:more|higher|greater|larger|bigger|less|lower|fewer|smaller)\s+than\s+(?:the\s+|its\s+|their\s+)?$/i;
    LESS_EN = /less|lower|fewer|smaller/i;
    PER_YEAR_AFTER = /^\s*(?:a|per|each|every)\s+year\b|^\s*(?:annually|yearly|per annum)\b|^\s*\/\s*(?:yr|year)\b/i;
    PER_YEAR_BEFORE = /(?:每年|年均|平均每年|一年)\s*(?:约|近|超过|达|为|投入|投资|支出)?\s*$|(?:or|about|roughly|some|,)?\s*$/;
    TOTAL_BEFORE = /(?:合计|总计|共计|总共|一共|总和为|总量为|共|累计|加起来)\s*(?:约|达|为|超过|近)?\s*$|(?:a\s+total\s+of|in\s+total|total(?:ling|ing)?|totals|combined|altogether|for\s+a\s+total\s+of|sum\s+of|add(?:s|ed)?\s+up\s+to|sum(?:s|med)?\s+to)\s*(?:about|some|roughly)?\s*$/i;
    TOTAL_AFTER = /^\s*(?:in\s+(?:all|total)|altogether|combined|total|in\s+aggregate)\b|^\s*(?:的总|总计|合计)/i;
    LIST_SEP = /^\s*(?:\+|＋|、|，|,|和|及|与|以及|and|plus|&)\s*(?:and\s+)?(?:[A-Z][\w.-]*(?:'s|’s)\s+)?$/i;
  }
});

// server/src/core/checks/implausible.ts
function push2(m, k, v) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
function chipPower(ctx, noun) {
  if (!noun) return void 0;
  let byNoun = chipPowerIndex.get(ctx.store);
  if (!byNoun) chipPowerIndex.set(ctx.store, byNoun = /* @__PURE__ */ new Map());
  const n = noun.toLowerCase();
  if (byNoun.has(n)) return byNoun.get(n);
  const found = findChipPower(ctx, n);
  byNoun.set(n, found);
  return found;
}
function findChipPower(ctx, n) {
  for (const e of ctx.store.entities.values()) {
    if (e.kind !== "chip") continue;
    if (![...e.names.en, ...e.names.zh].some((x) => x.toLowerCase() === n || x.toLowerCase().replace(/^nvidia\s+/, "") === n)) continue;
    const f = ctx.store.byEntityMeasure.get(e.id)?.get("chip_power")?.find((x) => x.value != null);
    if (f) return f;
  }
  return void 0;
}
function test(ctx, out, flagged, num3, den, what) {
  if (flagged.has(num3.figure) || flagged.has(den.figure)) return;
  if (num3.subject && den.subject && num3.subject !== den.subject && num3.sentence !== den.sentence) return;
  if (num3.scope !== den.scope) return;
  if (num3.sentence === den.sentence && !(num3.info && den.info && num3.subject === den.subject)) {
    const [a, b] = num3.figure.offset < den.figure.offset ? [num3.figure, den.figure] : [den.figure, num3.figure];
    const between = ctx.masked.slice(a.offset + a.length, b.offset);
    if (between.length > 60 || SET_APART.test(between)) return;
  }
  const lo = den.hi > 0 && Number.isFinite(den.hi) ? num3.lo / den.hi : -Infinity;
  const hi = den.lo > 0 ? num3.hi / den.lo : Infinity;
  let band;
  let chip;
  let scale = 1;
  if (what === "wpa") {
    chip = chipPower(ctx, den.figure.noun);
    band = chip && chip.value ? [chip.value * 0.7, chip.value * 4] : WATTS_PER_ACCELERATOR;
  } else if (what === "usdpgw") {
    band = USD_PER_GW;
    scale = 1e9;
  } else {
    band = USD_PER_ACCELERATOR;
    const named = ctx.masked.slice(den.figure.offset, den.figure.offset + den.figure.length + 40);
    if (DATACENTRE_MODEL.test(named)) band = [DATACENTRE_MIN_USD, band[1]];
  }
  const [bLo, bHi] = [band[0] / scale, band[1] / scale];
  if (!(hi < bLo || lo > bHi)) return;
  const zh = ctx.lang === "zh";
  const value = Number.isFinite(lo) && Number.isFinite(hi) ? Math.sqrt(Math.max(lo, 1e-9) * hi) : Number.isFinite(lo) ? lo : hi;
  const target = what === "wpa" ? den : num3;
  const other = target === den ? num3 : den;
  flagged.add(target.figure);
  const fmtW = (w) => formatPlain(w, "W", ctx.lang);
  const fmtUsd = (d) => formatPlain(d, "USD", ctx.lang);
  let message;
  if (what === "wpa") {
    const perMw = 1e6 / value;
    message = zh ? `\u4E0D\u5408\u7406\uFF1A${den.figure.text}\u914D${num3.figure.text}\uFF0C\u76F8\u5F53\u4E8E\u6BCF\u5757\u82AF\u7247\u7EA6${fmtW(value)}\uFF08\u6BCF\u5146\u74E6\u7EA6${Math.round(perMw).toLocaleString("en-US")}\u5757\uFF09\uFF1B\u5408\u7406\u8303\u56F4\u7EA6\u4E3A\u6BCF\u5757${fmtW(band[0])}\u81F3${fmtW(band[1])}\uFF08\u542B\u6563\u70ED\u7B49\u5F00\u9500\uFF09${chip ? `\uFF0C\u4F9D\u636E\u4E8B\u5B9E\u5E93 ${chip.id}` : ""}\u3002` : `Implausible: ${den.figure.text} on ${num3.figure.text} is about ${fmtW(value)} per accelerator (${Math.round(perMw).toLocaleString("en-US")} per MW); a sane all-in range is ${fmtW(band[0])}\u2013${fmtW(band[1])}${chip ? ` (from ${chip.id})` : ""}.`;
  } else if (what === "usdpgw") {
    message = zh ? `\u4E0D\u5408\u7406\uFF1A${num3.figure.text}\u5BF9\u5E94${den.figure.text}\uFF0C\u76F8\u5F53\u4E8E\u6BCF\u5409\u74E6\u7EA6${fmtUsd(value * 1e9)}\uFF1B\u5408\u7406\u8303\u56F4\u7EA6\u4E3A\u6BCF\u5409\u74E6${fmtUsd(band[0])}\u81F3${fmtUsd(band[1])}\u3002` : `Implausible: ${num3.figure.text} for ${den.figure.text} is about ${fmtUsd(value * 1e9)} per GW; a sane range is ${fmtUsd(band[0])}\u2013${fmtUsd(band[1])} per GW.`;
  } else {
    message = zh ? `\u4E0D\u5408\u7406\uFF1A${num3.figure.text}\u5BF9\u5E94${den.figure.text}\uFF0C\u76F8\u5F53\u4E8E\u6BCF\u5757\u82AF\u7247\u7EA6${fmtUsd(value)}\uFF1B\u5408\u7406\u8303\u56F4\u7EA6\u4E3A${fmtUsd(band[0])}\u81F3${fmtUsd(band[1])}\u3002` : `Implausible: ${num3.figure.text} for ${den.figure.text} is about ${fmtUsd(value)} per accelerator; a sane range is ${fmtUsd(band[0])}\u2013${fmtUsd(band[1])}.`;
  }
  void entityName;
  out.push({
    code: "implausible",
    offset: target.figure.offset,
    length: target.figure.length,
    message,
    related: [{ offset: other.figure.offset, length: other.figure.length, message: zh ? `\u53E6\u4E00\u4E2A\u6570\u5B57\uFF1A\u201C${other.figure.text}\u201D` : `The other figure: "${other.figure.text}"` }],
    fixes: [],
    factIds: chip ? [chip.id] : []
  });
}
var WATTS_PER_ACCELERATOR, USD_PER_GW, USD_PER_ACCELERATOR, DATACENTRE_MIN_USD, DATACENTRE_MODEL, SET_APART, ACCELERATOR_MEASURES, CAPITAL_MEASURES, implausible, chipPowerIndex;
var init_implausible = __esm({
  "server/src/core/checks/implausible.ts"() {
    "use strict";
    init_common();
    WATTS_PER_ACCELERATOR = [300, 4e3];
    USD_PER_GW = [5e8, 2e11];
    USD_PER_ACCELERATOR = [2e3, 2e6];
    DATACENTRE_MIN_USD = 5e3;
    DATACENTRE_MODEL = /^[^.;。；，,]{0,30}?(?:Blackwell|Hopper|Rubin|(?:GB|B|H)\d{3}|H20\b|MI\d{3}|Gaudi|Trainium|TPU|昇腾|Ascend)/i;
    SET_APART = /同时|另|此外|其他|其它|以及|还|while|whereas|meanwhile|separately|another|other|also|besides|dwarfs?|dwarfed|than|compared|versus|\bvs\b|相比|相较|[;；]/i;
    ACCELERATOR_MEASURES = /* @__PURE__ */ new Set(["gpu_count", "chip_count"]);
    CAPITAL_MEASURES = /* @__PURE__ */ new Set(["investment", "cost", "capex", "spending", "commitment"]);
    implausible = {
      code: "implausible",
      defaultSeverity: "warning",
      description: {
        en: "Derived quantities outside sane bounds: watts per GPU, dollars per GW, dollars per GPU.",
        zh: "\u63A8\u7B97\u51FA\u7684\u91CF\u8D85\u51FA\u5408\u7406\u8303\u56F4\uFF1A\u6BCF\u5757GPU\u7684\u529F\u7387\u3001\u6BCF\u5409\u74E6\u7684\u6295\u8D44\u3001\u6BCF\u5757GPU\u7684\u6210\u672C\u3002"
      },
      run(ctx) {
        const out = [];
        const items = [];
        const claimByFigure = /* @__PURE__ */ new Map();
        for (const c of comparableClaims(ctx)) claimByFigure.set(c.claim.figure, c);
        for (const claim of ctx.analysis.claims) {
          const f = ctx.analysis.figures[claim.figure];
          if (!f || !claim.measure) continue;
          let kind;
          if (f.kind === "count" && ACCELERATOR_MEASURES.has(claim.measure)) kind = "acc";
          else if (f.kind === "power" && (claim.measure === "power" || claim.measure === "power_capacity") && (f.value ?? f.low ?? f.high ?? 0) >= 1e5) kind = "power";
          else if (f.kind === "money" && f.unit === "USD" && CAPITAL_MEASURES.has(claim.measure)) kind = "money";
          if (!kind || claim.scope === "per-year") continue;
          let [lo, hi] = figureRange(f);
          if (f.qualifier === "up-to" && f.value != null) lo = f.value / 2;
          const info = claimByFigure.get(claim.figure);
          items.push({
            kind,
            info,
            figure: f,
            lo,
            hi,
            sentence: sentenceAt(ctx, f.offset),
            subject: claim.subject,
            scope: claim.scope ?? "",
            time: info?.timeKey ?? ""
          });
        }
        const flagged = /* @__PURE__ */ new Set();
        const bySentence = /* @__PURE__ */ new Map();
        const bySubject = /* @__PURE__ */ new Map();
        for (const it of items) {
          push2(bySentence, it.sentence, it);
          if (it.scope === "per-unit") continue;
          if (it.info && it.info.claim.confidence >= MIN_CONFIDENCE && it.subject) push2(bySubject, `${it.subject}|${it.scope}|${it.time}`, it);
        }
        const pairs = (list) => {
          const acc = list.filter((i) => i.kind === "acc").slice(0, 8);
          const pow = list.filter((i) => i.kind === "power").slice(0, 8);
          const money2 = list.filter((i) => i.kind === "money").slice(0, 8);
          for (const a of acc) for (const p of pow) test(ctx, out, flagged, p, a, "wpa");
          for (const m of money2) for (const p of pow) test(ctx, out, flagged, m, p, "usdpgw");
          for (const m of money2) for (const a of acc) test(ctx, out, flagged, m, a, "usdpa");
        };
        for (const list of bySentence.values()) if (list.length > 1) pairs(list);
        for (const list of bySubject.values()) if (list.length > 1) pairs(list);
        return out;
      }
    };
    chipPowerIndex = /* @__PURE__ */ new WeakMap();
  }
});

// server/src/core/checks/unit-slip.ts
function clauseAround(t3, from, to) {
  let a = from;
  while (a > 0 && from - a < 60 && !BREAK.test(t3[a - 1])) a--;
  let b = to;
  while (b < t3.length && b - to < 60 && !(BREAK.test(t3[b]) && !/\d/.test(t3[b + 1] ?? ""))) b++;
  return t3.slice(a, b);
}
var PER_YEAR_AFTER2, PER_YEAR_BEFORE2, ENERGY_WORD_BEFORE, ENERGY_WORD_AFTER, CONSUMED_BEFORE, ELECTRICITY_AFTER, RATE_BEFORE, SITE_AFTER, BUILD, CAPACITY_BEFORE, CAPACITY_AFTER, CONSUME, STORAGE, POWER_OF_ENERGY, unitSlip, BREAK;
var init_unit_slip = __esm({
  "server/src/core/checks/unit-slip.ts"() {
    "use strict";
    PER_YEAR_AFTER2 = /^\s*(?:of\s+(?:electricity|power|energy)\s+)?(?:(?:a|per|each|every)\s+year\b|\/\s*(?:yr|year)\b|(?:annually|per annum|yearly)\b)|^\s*(?:\/年|每年)/i;
    PER_YEAR_BEFORE2 = /(?:每年|年均|一年|全年|年耗电|年用电)\s*(?:耗电|用电|消耗|消耗电力|耗用|使用|需要|发电)?\s*(?:量)?\s*(?:为|达|约|近|超过|高达|达到|将达到?|约为|至少|多达)*\s*$/;
    ENERGY_WORD_BEFORE = /(?:用电量|耗电量|发电量|电量|能耗总量)\s*(?:将|预计|约|将会)?\s*(?:为|达|约|达到|将达|超过|近|约为|高达|是)?\s*$/;
    ENERGY_WORD_AFTER = /^\s*(?:的)?(?:电量|能耗|能量)|^\s*of\s+energy\b/i;
    CONSUMED_BEFORE = /\b(?:consumed|used|burned|burnt|required)\s+(?:about|roughly|some|nearly|around|over|more than|up to)?\s*$/i;
    ELECTRICITY_AFTER = /^\s*of\s+electricity\b/i;
    RATE_BEFORE = /(?:功率|额定功率|输出功率|供电功率)\s*(?:为|达|约|达到|是|高达)?\s*$|\b(?:draws?|drawing|drew|rated at|power draw of|peak demand of)\s+(?:about|roughly|some|nearly|around|up to|over)?\s*$/i;
    SITE_AFTER = /^\s*(?:AI\s+)?(?:campus|data[- ]?cent(?:er|re)|facility|site|cluster|supercomputer)\b|^\s*(?:的)?(?:园区|数据中心|智算中心|算力中心|集群)/i;
    BUILD = /新增|增加|扩建|建设|建成|部署|上线|投运|投产|装机|扩容|add|adds|adding|added|build|builds|building|bring|brings|online|deploy|deploys|deploying|install|installs|new|additional|expand|expands|grow|grows|growth|increase|increases/i;
    CAPACITY_BEFORE = /(?:装机容量|装机|容量|功率|供电能力|电力容量)\s*(?:为|达|约|达到|将达|超过|近|约为|高达|是|of)?\s*$|(?:capacity|power capacity|capacity of|rated at)\s*(?:of|is|at|will be|reaches|reached)?\s*$/i;
    CAPACITY_AFTER = /^\s*(?:of\s+(?:power\s+)?capacity|capacity|的(?:装机|电力)?容量|装机)/i;
    CONSUME = /耗电|用电|消耗|耗用|consume|consumes|consumed|uses|used|needs|burns/i;
    STORAGE = /储能|电池|蓄电|battery|batteries|storage|megapack/i;
    POWER_OF_ENERGY = {
      TWh: "TW",
      GWh: "GW",
      MWh: "MW",
      kWh: "kW",
      \u592A\u74E6\u65F6: "\u592A\u74E6",
      \u5409\u74E6\u65F6: "\u5409\u74E6",
      \u5343\u5146\u74E6\u65F6: "\u5343\u5146\u74E6",
      \u5146\u74E6\u65F6: "\u5146\u74E6",
      \u5343\u74E6\u65F6: "\u5343\u74E6",
      "terawatt-hours": "terawatts",
      "gigawatt-hours": "gigawatts",
      "megawatt-hours": "megawatts",
      "terawatt hours": "terawatts",
      "gigawatt hours": "gigawatts",
      "megawatt hours": "megawatts"
    };
    unitSlip = {
      code: "unit-slip",
      defaultSeverity: "warning",
      description: {
        en: 'Power used as energy or the reverse ("5 GW a year", "5 GWh of capacity").',
        zh: "\u529F\u7387\u4E0E\u7535\u91CF\u5355\u4F4D\u6DF7\u7528\uFF08\u5982\u201C\u6BCF\u5E745\u5409\u74E6\u201D\u201C\u88C5\u673A\u5BB9\u91CF5\u5409\u74E6\u65F6\u201D\uFF09\u3002"
      },
      run(ctx) {
        const out = [];
        const zh = ctx.lang === "zh";
        const t3 = ctx.masked;
        for (const f of ctx.analysis.figures) {
          if (f.kind !== "power" && f.kind !== "energy") continue;
          const end = f.offset + f.length;
          const before = t3.slice(Math.max(0, f.offset - 14), f.offset);
          const after = t3.slice(end, end + 32);
          const clause = clauseAround(t3, f.offset, end);
          if (f.kind === "power") {
            const perYear2 = PER_YEAR_AFTER2.test(after) || PER_YEAR_BEFORE2.test(before);
            const energyWord = ENERGY_WORD_BEFORE.test(before) || ENERGY_WORD_AFTER.test(after) || CONSUMED_BEFORE.test(before) && ELECTRICITY_AFTER.test(after);
            if (!perYear2 && !energyWord) continue;
            if (perYear2 && BUILD.test(before + t3.slice(end, end + 20)) && !CONSUME.test(before)) continue;
            out.push({
              code: "unit-slip",
              offset: f.offset,
              length: f.length,
              related: [],
              fixes: [],
              factIds: [],
              message: zh ? `\u201C${f.text}\u201D\u662F\u529F\u7387\uFF08\u74E6\uFF09\uFF0C${energyWord ? "\u7528\u7535\u91CF/\u53D1\u7535\u91CF" : "\u201C\u6BCF\u5E74\u201D\u7684\u7528\u91CF"}\u5E94\u4EE5\u7535\u91CF\u8868\u793A\uFF08\u5982\u5409\u74E6\u65F6\u3001\u592A\u74E6\u65F6\u3001\u4EBF\u5343\u74E6\u65F6\uFF09\u3002` : `"${f.text}" is power (watts); an amount ${energyWord ? "of electricity" : "per year"} is energy (GWh, TWh).`
            });
          } else {
            const rate = RATE_BEFORE.test(before);
            const capacity = CAPACITY_BEFORE.test(before) || CAPACITY_AFTER.test(after) || SITE_AFTER.test(after);
            if (!rate && (!capacity || STORAGE.test(clause))) continue;
            const unit = f.unitText ?? "";
            const powerUnit = POWER_OF_ENERGY[unit];
            const fixText = powerUnit && f.text.endsWith(unit) ? f.text.slice(0, f.text.length - unit.length) + powerUnit : null;
            out.push({
              code: "unit-slip",
              offset: f.offset,
              length: f.length,
              related: [],
              factIds: [],
              message: zh ? `\u201C${f.text}\u201D\u662F\u7535\u91CF\uFF08\u74E6\u65F6\uFF09\uFF0C\u88C5\u673A/\u7535\u529B\u5BB9\u91CF\u5E94\u4EE5\u529F\u7387\u8868\u793A\uFF08\u5409\u74E6\u3001\u5146\u74E6\uFF09\u3002` : `"${f.text}" is energy (watt-hours); capacity is power (GW, MW).`,
              fixes: fixText ? [{ title: zh ? `\u6539\u4E3A ${fixText}` : `Change to ${fixText}`, edits: [{ offset: f.offset, length: f.length, newText: fixText }] }] : []
            });
          }
        }
        return out;
      }
    };
    BREAK = /[。！？；;.!?\n，,]/;
  }
});

// server/src/core/checks/magnitude-slip.ts
var magnitudeSlip;
var init_magnitude_slip = __esm({
  "server/src/core/checks/magnitude-slip.ts"() {
    "use strict";
    init_consistency();
    magnitudeSlip = {
      code: "magnitude-slip",
      defaultSeverity: "warning",
      description: {
        en: "A figure is about 1,000 or 10,000 times off the same subject's other figures (MW/GW, million/billion, \u4E07/\u4EBF mixed up).",
        zh: "\u6570\u5B57\u4E0E\u540C\u4E00\u5BF9\u8C61\u7684\u5176\u4ED6\u6570\u5B57\u76F8\u5DEE\u7EA6\u4E00\u5343\u6216\u4E00\u4E07\u500D\uFF08\u5146\u74E6/\u5343\u5146\u74E6\u3001\u4E07/\u4EBF\u7B49\u6DF7\u6DC6\uFF09\u3002"
      },
      run: (ctx) => consistency(ctx).magnitude
    };
  }
});

// server/src/core/checks/index.ts
var checks_exports = {};
__export(checks_exports, {
  CHECKS: () => CHECKS,
  findingKey: () => findingKey,
  runChecks: () => runChecks,
  suppressions: () => suppressions
});
function runChecks(ctx, settings = {}, ignoredKeys = /* @__PURE__ */ new Set()) {
  const findings = [];
  const suppressed = suppressions(ctx.text);
  const lineStarts = lineStartsOf(ctx.text);
  for (const check of CHECKS) {
    const setting = settings[check.code] ?? settings["*"] ?? {};
    if (setting.enabled === false) continue;
    let raw;
    try {
      raw = check.run(ctx);
    } catch (err) {
      findings.push({
        code: "internal-error",
        severity: "hint",
        offset: 0,
        length: 0,
        related: [],
        fixes: [],
        factIds: [],
        message: `Check ${check.code} failed: ${err.message}`,
        key: `internal-error:${check.code}`
      });
      continue;
    }
    for (const f of raw) {
      const line = lineAt(lineStarts, f.offset);
      const codes = suppressed.get(line);
      if (codes && (codes.has("*") || codes.has(f.code))) continue;
      const key = findingKey(ctx.text, f.code, f.offset, f.length);
      if (ignoredKeys.has(key)) continue;
      findings.push({ ...f, severity: setting.severity ?? check.defaultSeverity, key });
    }
  }
  findings.sort((a, b) => a.offset - b.offset || a.code.localeCompare(b.code));
  return findings;
}
function findingKey(text, code, offset, length) {
  const before = text.slice(Math.max(0, offset - 12), offset).replace(/\s+/g, " ");
  const after = text.slice(offset + length, offset + length + 12).replace(/\s+/g, " ");
  return `${code}|${before}|${text.slice(offset, offset + length)}|${after}`;
}
function suppressions(text) {
  const out = /* @__PURE__ */ new Map();
  const whole = FILE_DIRECTIVE.exec(text);
  if (whole) {
    const codes = parseCodes(whole[1]);
    const lines = text.split("\n").length;
    for (let l = 0; l < lines; l++) out.set(l, codes);
    return out;
  }
  let starts;
  for (const m of text.matchAll(DIRECTIVE)) {
    starts ??= lineStartsOf(text);
    const line = lineAt(starts, m.index);
    const target = m[1] === "next-line" ? line + 1 : line;
    const codes = parseCodes(m[2]);
    const existing = out.get(target);
    if (existing) for (const c of codes) existing.add(c);
    else out.set(target, codes);
  }
  return out;
}
function parseCodes(list) {
  const codes = (list ?? "").split(/[\s,]+/).filter(Boolean);
  return new Set(codes.length ? codes : ["*"]);
}
var CHECKS, DIRECTIVE, FILE_DIRECTIVE;
var init_checks = __esm({
  "server/src/core/checks/index.ts"() {
    "use strict";
    init_lines();
    init_internal_conflict();
    init_cross_draft_conflict();
    init_fact_conflict();
    init_stale_figure();
    init_arithmetic();
    init_implausible();
    init_unit_slip();
    init_magnitude_slip();
    CHECKS = [internalConflict, crossDraftConflict, factConflict, staleFigure, arithmetic, implausible, unitSlip, magnitudeSlip];
    DIRECTIVE = /infra-factcheck-disable-(next-line|line)(?:[ \t]+([A-Za-z0-9_,\- \t]+?))?[ \t]*(?:-->|\*\/|$)/gm;
    FILE_DIRECTIVE = /infra-factcheck-disable-file(?:[ \t]+([A-Za-z0-9_,\- \t]+?))?[ \t]*(?:-->|\*\/|$)/m;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK2 = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK2;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path4) {
      const ctrl = callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visit_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK2)
              return BREAK2;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = visit_("key", node.key, visitor, path4);
          if (ck === BREAK2)
            return BREAK2;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path4);
          if (cv === BREAK2)
            return BREAK2;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK2;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path4) {
      const ctrl = await callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visitAsync_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK2)
              return BREAK2;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path4);
          if (ck === BREAK2)
            return BREAK2;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path4);
          if (cv === BREAK2)
            return BREAK2;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key, node, path4);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path4);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path4);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path4);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path4);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path4);
      return void 0;
    }
    function replaceNode(key, path4, node) {
      const parent = path4[path4.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t3) => t3.tag === tagName);
        const tagObj = match.find((t3) => !t3.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t3) => t3.identify?.(value) && !t3.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path4, value) {
      let v = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k = path4[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key, ...rest] = path4;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        const [key, ...rest] = path4;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key, ...rest] = path4;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test2 = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test2) || compat?.some(test2))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t3 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t3);
        if (res === null)
          throw new Error(`Unsupported default string type ${t3}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t3) => t3.tag === item.tag);
        if (match.length > 0)
          return match.find((t3) => t3.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t3) => t3.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t3) => t3.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t3) => t3.format === item.format) ?? match.find((t3) => !t3.format);
      } else {
        obj = item;
        tagObj = tags.find((t3) => t3.nodeClass && obj instanceof t3.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num3 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num3))
        return isNaN(num3) ? ".nan" : num3 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num3 = Number(node.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer2 = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer2[i] = str2.charCodeAt(i);
          return buffer2;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num3 = Number(node.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num3 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num3(60) + num3(p), num3(0));
      return sign === "-" ? num3(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num3 = (n) => n;
      if (typeof value === "bigint")
        num3 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num3(-1);
      }
      const _60 = num3(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t3) => t3.tag === tagName && t3.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue2(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue2(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK2 = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK2;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field, index] of path4) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path4) => {
      const parent = visit.itemAtPath(cst, path4.slice(0, -1));
      const field = path4[path4.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK2)
              return BREAK2;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test2) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test2(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs4 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs4, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs4);
              } else {
                Object.assign(it, { key: fs4, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs4 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs4, sep: [] });
              else if (it.sep)
                this.stack.push(fs4);
              else
                Object.assign(it, { key: fs4, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// server/src/core/text/fold.ts
var PAIRS = "\u5104\u4EBF\u842C\u4E07\u5169\u4E24\u5E7E\u51E0\u7D04\u7EA6\u904E\u8FC7\u9054\u8FBE\u9918\u4F59\u500B\u4E2A\u6578\u6570\u9846\u9897\u81FA\u53F0\u52D9\u52A1\u6642\u65F6\u96FB\u7535\u8A08\u8BA1\u8CC7\u8D44\u8207\u4E0E\u70BA\u4E3A\u50F9\u4EF7\u7E3D\u603B\u984D\u989D\u71DF\u8425\u958B\u5F00\u5C07\u5C06\u7522\u4EA7\u6A5F\u673A\u6AC3\u67DC\u5F35\u5F20\u584A\u5757\u7BC0\u8282\u9EDE\u70B9\u9593\u95F4\u68DF\u680B\u9805\u9879\u7B46\u7B14\u55AE\u5355\u96F2\u4E91\u9031\u5468\u8CA1\u8D22\u5831\u62A5\u7DB2\u7F51\u5E63\u5E01\u5713\u5706\u6771\u4E1C\u8A02\u8BA2\u8CFC\u8D2D\u8CB7\u4E70\u8CE3\u5356\u5011\u4EEC\u9019\u8FD9\u4F86\u6765\u5C0D\u5BF9\u5F8C\u540E\u65BC\u4E8E\u9084\u8FD8\u5F9E\u4ECE\u7576\u5F53\u8AAA\u8BF4\u6703\u4F1A\u570B\u56FD\u969B\u9645\u767C\u53D1\u7D93\u7ECF\u6FDF\u6D4E\u696D\u4E1A\u5C0E\u5BFC\u9AD4\u4F53\u8F1D\u8F89\u8EDF\u8F6F\u5049\u4F1F\u9A30\u817E\u8A0A\u8BAF\u806F\u8054\u83EF\u534E\u860B\u82F9\u4E9E\u4E9A\u99AC\u9A6C\u905C\u900A\u81C9\u8138\u66F8\u4E66\u885B\u536B\u9580\u95E8\u7063\u6E7E\u5EE3\u5E7F\u9678\u9646\u5340\u533A\u5712\u56ED\u5834\u573A\u5EE0\u5382\u555F\u542F\u52D5\u52A8\u7A31\u79F0\u64DA\u636E\u9810\u9884\u6E2C\u6D4B\u50C5\u4EC5\u6F32\u6DA8\u6E1B\u51CF\u9577\u957F\u8F03\u8F83\u4F54\u5360\u6B72\u5C81\u7D1A\u7EA7\u898F\u89C4\u8A2D\u8BBE\u5099\u5907\u6A19\u6807\u6E96\u51C6\u986F\u663E\u8655\u5904\u7D44\u7EC4\u8CA8\u8D27\u904B\u8FD0\u8F38\u8F93\u7DDA\u7EBF\u7D71\u7EDF\u5EAB\u5E93\u5132\u50A8\u8CBB\u8D39\u92B7\u9500\u6DE8\u51C0\u6F64\u6DA6\u8667\u4E8F\u640D\u635F\u8CA0\u8D1F\u50B5\u503A\u6B0A\u6743\u8B49\u8BC1\u9418\u949F\u982D\u5934\u96D9\u53CC\u4E26\u5E76\u5C08\u4E13\u5C6C\u5C5E\u8CB8\u8D37\u5354\u534F\u8B70\u8BAE\u63A1\u91C7\u7D00\u7EAA\u9304\u5F55\u73FE\u73B0\u5BE6\u5B9E\u7A2E\u79CD\u9032\u8FDB\u95DC\u5173\u554F\u95EE\u984C\u9898\u61C9\u5E94\u8A72\u8BE5\u54E1\u5458\u5718\u56E2\u968A\u961F\u8A9E\u8BED\u8A71\u8BDD\u8A8D\u8BA4\u8B58\u8BC6\u5167\u5185\u8B8A\u53D8\u6C23\u6C14\u8ECA\u8F66\u8F49\u8F6C\u9801\u9875\u689D\u6761\u69CB\u6784\u5C64\u5C42\u6A13\u697C\u614B\u6001\u6B77\u5386\u58D3\u538B\u6EAB\u6E29\u8CEA\u8D28\u985E\u7C7B\u865F\u53F7\u96D6\u867D\u9802\u9876\u9818\u9886\u98A8\u98CE\u98DB\u98DE\u9928\u9986\u9A57\u9A8C\u92FC\u94A2\u9435\u94C1\u9280\u94F6\u9322\u94B1\u938A\u9551\u97D3\u97E9\u7FA9\u4E49\u6230\u6218\u6B50\u6B27\u9663\u9635\u96A8\u968F\u96AA\u9669\u96DC\u6742\u96E2\u79BB\u96E3\u96BE\u9748\u7075\u97CC\u97E7\u983B\u9891\u9858\u613F\u9867\u987E\u9EC3\u9EC4\u9F4A\u9F50\u9F8D\u9F99\u9F90\u5E9E\u8C50\u4E30\u8C9D\u8D1D\u8CBF\u8D38\u8CFA\u8D5A\u8D08\u8D60\u8DA8\u8D8B\u8ECD\u519B\u8F2A\u8F6E\u8FA6\u529E\u8FB2\u519C\u9060\u8FDC\u9069\u9002\u9078\u9009\u907A\u9057\u908A\u8FB9\u9109\u4E61\u91AB\u533B\u91CB\u91CA\u91DD\u9488\u92EA\u94FA\u932F\u9519\u9375\u952E\u9589\u95ED\u95B1\u9605\u95CA\u9614\u9670\u9634\u96DE\u9E21\u975C\u9759\u97CB\u97E6\u9817\u9887\u98F2\u996E\u9A0E\u9A91\u9B06\u677E\u9CE5\u9E1F\u9EA5\u9EA6\u9EE8\u515A\u9F61\u9F84\u5100\u4EEA\u512A\u4F18\u514C\u5151\u518A\u518C\u5283\u5212\u5291\u5242\u52DE\u52B3\u52E2\u52BF\u52F5\u52B1\u52FB\u5300\u532F\u6C47\u53B2\u5389\u53C3\u53C2\u5433\u5434\u5553\u542F\u55AC\u4E54\u5606\u53F9\u570D\u56F4\u5716\u56FE\u57F7\u6267\u5805\u575A\u588A\u57AB\u58C7\u575B\u58DE\u574F\u58EF\u58EE\u5967\u5965\u5A66\u5987\u5B30\u5A74\u5B78\u5B66\u5BF6\u5B9D\u5BE9\u5BA1\u5BEB\u5199\u5C0B\u5BFB\u5C46\u5C4A\u5CA1\u5188\u5CFD\u5CE1\u5CF6\u5C9B\u5DBA\u5CAD\u5E6B\u5E2E\u5EF3\u5385\u5EE2\u5E9F\u5F48\u5F39\u5F4C\u5F25\u5FB5\u5F81\u5FA9\u590D\u6046\u6052\u60E1\u6076\u611B\u7231\u6176\u5E86\u6182\u5FE7\u61F7\u6000\u6236\u6237\u64C1\u62E5\u64F4\u6269\u651C\u643A\u6557\u8D25\u65B7\u65AD\u65AC\u65A9\u6649\u664B\u66AB\u6682\u66C6\u5386\u68E7\u6808\u6A02\u4E50\u6A23\u6837\u6A4B\u6865\u6AA2\u68C0\u6B78\u5F52\u6B98\u6B8B\u6BC0\u6BC1\u6EEC\u6CAA\u6EFF\u6EE1\u6F22\u6C49\u6F5B\u6F5C\u6FD5\u6E7F\u71B1\u70ED\u722D\u4E89\u723E\u5C14\u7246\u5899\u734E\u5956\u7368\u72EC\u74B0\u73AF\u756B\u753B\u7570\u5F02\u76E1\u5C3D\u76E3\u76D1\u76E4\u76D8\u78BC\u7801\u790E\u7840\u79AE\u793C\u7A05\u7A0E\u7A69\u7A33\u7AF6\u7ADE\u7BC4\u8303\u7BC9\u7B51\u7C3D\u7B7E\u7C21\u7B80\u7CE7\u7CAE\u7D05\u7EA2\u7D10\u7EBD\u7D14\u7EAF\u7D19\u7EB8\u7D42\u7EC8\u7D50\u7ED3\u7D55\u7EDD\u7D66\u7ED9\u7D61\u7EDC\u7DA0\u7EFF\u7DAD\u7EF4\u7D9C\u7EFC\u7DCA\u7D27\u7DE3\u7F18\u7DE8\u7F16\u7E2E\u7F29\u7E54\u7EC7\u7E7C\u7EE7\u7E8C\u7EED\u7F70\u7F5A\u7F85\u7F57\u8077\u804C\u8056\u5723\u8072\u58F0\u8166\u8111\u81BD\u80C6\u81E8\u4E34\u8208\u5174\u8209\u4E3E\u8266\u8230\u85E5\u836F\u8607\u82CF\u865B\u865A\u87F2\u866B\u8853\u672F\u885D\u51B2\u88DC\u8865\u88DD\u88C5\u88FD\u5236\u8907\u590D\u898B\u89C1\u8996\u89C6\u89BD\u89C8\u89C0\u89C2\u8A2A\u8BBF\u8A31\u8BB8\u8A34\u8BC9\u8A3A\u8BCA\u8A62\u8BE2\u8A66\u8BD5\u8A73\u8BE6\u8A8C\u5FD7\u8AA4\u8BEF\u8ABF\u8C03\u8AC7\u8C08\u8ACB\u8BF7\u8AD6\u8BBA\u8AFE\u8BFA\u8B00\u8C0B\u8B1B\u8BB2\u8B77\u62A4\u8B80\u8BFB\u8B93\u8BA9\u8C6C\u732A\u8CE6\u8D4B\u8CFD\u8D5B\u8D95\u8D76\u8F15\u8F7B\u8F09\u8F7D\u8F1B\u8F86\u8FF4\u56DE\u904A\u6E38\u905E\u9012\u908F\u903B\u90F5\u90AE\u9214\u949E\u92F0\u9502\u934B\u9505\u9396\u9501\u93C8\u94FE\u947D\u94BB\u9583\u95EA\u9591\u95F2\u9598\u95F8\u9673\u9648\u96B1\u9690\u9727\u96FE\u97FF\u54CD\u9806\u987A\u984F\u989C\u98FD\u9971\u9A45\u9A71\u9AEE\u53D1\u9B25\u6597\u9B27\u95F9\u9B5A\u9C7C\u9BAE\u9C9C\u9CF3\u51E4\u9D3B\u9E3F\u9E97\u4E3D\u9F52\u9F7F\u9F9C\u9F9F\u5D17\u5C97\u755D\u4EA9\u25CB\u3007";
var FOLD = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) FOLD[c] = c;
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const from = PAIRS.charCodeAt(i);
  FOLD[from] = PAIRS.charCodeAt(i + 1);
}
function foldChar(c) {
  return FOLD[c];
}
var WORDS = [
  ["\u6676\u7247", "\u82AF\u7247"],
  ["\u4F3A\u670D\u5668", "\u670D\u52A1\u5668"]
];
function foldWords(text) {
  let out = text;
  for (const [from, to] of WORDS) if (out.includes(from)) out = out.split(from).join(to);
  return out;
}

// server/src/core/text/mask.ts
var SP = 32;
var NL = 10;
var CR = 13;
var isAlnum = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isWs = (c) => c === 32 || c === 9 || c === NL || c === CR || c === 12288;
function maskText(text, format) {
  const n = text.length;
  const out = new Uint16Array(n);
  let folded = false;
  for (let i2 = 0; i2 < n; i2++) {
    const c = text.charCodeAt(i2);
    const f = foldChar(c);
    if (f !== c) folded = true;
    out[i2] = f;
  }
  const blank = (a, b) => {
    for (let k = Math.max(0, a); k < b && k < n; k++) {
      const c = out[k];
      if (c !== NL && c !== CR) out[k] = SP;
    }
  };
  const md = format === "markdown";
  initIndexes(text);
  let i = 0;
  if (md && text.startsWith("---") && (text.charCodeAt(3) === NL || text.charCodeAt(3) === CR)) {
    const close = findLine(text, 4, "---");
    const close2 = close < 0 ? findLine(text, 4, "...") : close;
    if (close2 >= 0) {
      const end = lineEnd(text, close2);
      blank(0, end);
      i = end;
    }
  }
  let lineStart = true;
  let prevBlank = true;
  let inIndentCode = false;
  let listCtx = false;
  let commentClosed = true;
  let fenceSearchFailed = false;
  const runMemo = /* @__PURE__ */ new Map();
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      if (lineStart) prevBlank = true;
      lineStart = true;
      i++;
      continue;
    }
    if (md && lineStart) {
      lineStart = false;
      let p = i;
      while (p < n && (text.charCodeAt(p) === SP || text.charCodeAt(p) === 9) && p - i < 12) p++;
      const c0 = text.charCodeAt(p);
      let indent = 0;
      for (let k = i; k < p; k++) indent += text.charCodeAt(k) === 9 ? 4 : 1;
      if (c0 === NL || c0 === CR || p >= n) {
        prevBlank = true;
        i = p;
        continue;
      }
      if (indent >= 4 && (inIndentCode || prevBlank && !listCtx)) {
        const e = lineEndNoNl(text, p);
        blank(p, e);
        inIndentCode = true;
        prevBlank = false;
        i = e;
        continue;
      }
      inIndentCode = false;
      const isItem = (c0 === 42 || c0 === 45 || c0 === 43) && (text.charCodeAt(p + 1) === SP || text.charCodeAt(p + 1) === 9) || c0 >= 48 && c0 <= 57 && listNumber(text, p);
      if (isItem) listCtx = true;
      else if (indent === 0 && prevBlank) listCtx = false;
      prevBlank = false;
      if ((c0 === 96 || c0 === 126) && p - i <= 3) {
        let k = p;
        while (text.charCodeAt(k) === c0) k++;
        const fenceLen = k - p;
        if (fenceLen >= 3 && !fenceSearchFailed) {
          const fence = String.fromCharCode(c0).repeat(fenceLen);
          let close = -1;
          let ls = lineEnd(text, p);
          while (ls < n) {
            let q2 = ls;
            while (q2 < n && text.charCodeAt(q2) === SP && q2 - ls < 4) q2++;
            if (text.startsWith(fence, q2)) {
              close = q2;
              break;
            }
            ls = lineEnd(text, ls);
          }
          const end = close < 0 ? n : lineEndNoNl(text, close);
          if (close < 0) fenceSearchFailed = true;
          blank(p, end);
          i = end;
          continue;
        }
      }
      let q = p;
      for (let guard = 0; guard < 6; guard++) {
        const d = text.charCodeAt(q);
        if (d === 62) {
          blank(q, q + 1);
          q++;
          while (text.charCodeAt(q) === SP) q++;
          continue;
        }
        if (d === 35) {
          let k = q;
          while (text.charCodeAt(k) === 35 && k - q < 6) k++;
          if (text.charCodeAt(k) === SP || text.charCodeAt(k) === NL || k >= n) {
            blank(q, k);
            q = k;
            while (text.charCodeAt(q) === SP) q++;
          }
          break;
        }
        if ((d === 42 || d === 45 || d === 43) && (text.charCodeAt(q + 1) === SP || text.charCodeAt(q + 1) === 9)) {
          blank(q, q + 1);
          q += 2;
          while (text.charCodeAt(q) === SP) q++;
          continue;
        }
        if (d >= 48 && d <= 57) {
          let k = q;
          while (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57 && k - q < 9) k++;
          const e = text.charCodeAt(k);
          if ((e === 46 || e === 41) && (text.charCodeAt(k + 1) === SP || text.charCodeAt(k + 1) === 9)) {
            blank(q, k + 1);
            q = k + 1;
            while (text.charCodeAt(q) === SP) q++;
            continue;
          }
        }
        break;
      }
      if (q > p || q === p) {
        const d = text.charCodeAt(q);
        if (d === 95 || d === 42) {
          let k = q;
          while (text.charCodeAt(k) === d && k - q < 2) k++;
          const ms = k - q;
          let e = k;
          while (text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57 && e - k < 3) e++;
          if (e > k) {
            let z = e;
            while (text.charCodeAt(z) === d && z - e < ms) z++;
            if (z - e === ms && (text.charCodeAt(z) === SP || text.charCodeAt(z) === 12288)) {
              blank(q, z);
              q = z;
            }
          }
        }
      }
      if (text.charCodeAt(q) === 91) {
        let k = q + 1;
        while (k < n && k - q < 200 && text.charCodeAt(k) !== 93 && text.charCodeAt(k) !== NL) k++;
        if (text.charCodeAt(k) === 93 && text.charCodeAt(k + 1) === 58) {
          const e = lineEndNoNl(text, k);
          blank(q, e);
          i = e;
          continue;
        }
      }
      i = q;
      continue;
    }
    lineStart = false;
    if ((c === 104 || c === 72) && (startsWithCI(text, i, "http://") || startsWithCI(text, i, "https://")) && !isAlnum(text.charCodeAt(i - 1))) {
      const e = urlEnd(text, i);
      blank(i, e);
      i = e;
      continue;
    }
    if ((c === 119 || c === 87) && startsWithCI(text, i, "www.") && !isAlnum(text.charCodeAt(i - 1)) && isAlnum(text.charCodeAt(i + 4))) {
      const e = urlEnd(text, i);
      blank(i, e);
      i = e;
      continue;
    }
    if (c === 64) {
      let b = i;
      while (b > 0 && i - b < 64 && isEmailChar(text.charCodeAt(b - 1))) b--;
      let e = i + 1;
      let dot = false;
      while (e < n && e - i < 255 && (isAlnum(text.charCodeAt(e)) || text.charCodeAt(e) === 45 || text.charCodeAt(e) === 46 && isAlnum(text.charCodeAt(e + 1)))) {
        if (text.charCodeAt(e) === 46) dot = true;
        e++;
      }
      if (b < i && dot) {
        blank(b, e);
        i = e;
        continue;
      }
    }
    if (!md) {
      i++;
      continue;
    }
    if (c === 96) {
      let k = i;
      while (text.charCodeAt(k) === 96) k++;
      const run2 = k - i;
      const close = findRun(text, k, run2, 4e3, runMemo);
      if (close >= 0) {
        blank(i, close + run2);
        i = close + run2;
      } else i = k;
      continue;
    }
    if (c === 60) {
      if (text.startsWith("<!--", i)) {
        const e = commentClosed ? text.indexOf("-->", i + 4) : -1;
        if (e < 0) {
          commentClosed = false;
          i += 4;
          continue;
        }
        blank(i, e + 3);
        i = e + 3;
        continue;
      }
      const d = text.charCodeAt(i + 1);
      if (d >= 65 && d <= 90 || d >= 97 && d <= 122 || d === 47 && isAlnum(text.charCodeAt(i + 2))) {
        let k = i + 1;
        while (k < n && k - i < 1e3 && text.charCodeAt(k) !== 62 && text.charCodeAt(k) !== 60 && !(text.charCodeAt(k) === NL && text.charCodeAt(k + 1) === NL)) k++;
        if (text.charCodeAt(k) === 62) {
          blank(i, k + 1);
          i = k + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 33 && text.charCodeAt(i + 1) === 91) {
      const close = bracketEnd(text, i + 1);
      if (close >= 0 && text.charCodeAt(close + 1) === 40) {
        const pe = parenEnd(text, close + 1);
        if (pe >= 0) {
          blank(i, pe + 1);
          i = pe + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 91) {
      if (text.charCodeAt(i + 1) === 94) {
        let k = i + 2;
        while (k < n && k - i < 40 && isAlnum(text.charCodeAt(k))) k++;
        if (text.charCodeAt(k) === 93) {
          blank(i, k + 1);
          i = k + 1;
          continue;
        }
      }
      const close = bracketEnd(text, i);
      if (close > i + 1 && close - i <= 4 && /^\d+$/.test(text.slice(i + 1, close))) {
        blank(i, close + 1);
        i = close + 1;
        continue;
      }
      if (close >= 0 && text.charCodeAt(close + 1) === 40) {
        const pe = parenEnd(text, close + 1);
        if (pe >= 0) {
          blank(i, i + 1);
          blank(close, pe + 1);
          i++;
          continue;
        }
      }
      if (close >= 0 && text.charCodeAt(close + 1) === 91) {
        const e = bracketEnd(text, close + 1);
        if (e >= 0) {
          blank(i, i + 1);
          blank(close, e + 1);
          i++;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 42 || c === 126 && text.charCodeAt(i + 1) === 126) {
      let k = i;
      while (text.charCodeAt(k) === c) k++;
      if (c === 42 || k - i >= 2) blank(i, k);
      i = k;
      continue;
    }
    if (c === 95) {
      let k = i;
      while (text.charCodeAt(k) === 95) k++;
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(k);
      if (!(isAlnum(before) && isAlnum(after))) blank(i, k);
      i = k;
      continue;
    }
    if (c === 92 && isPunct(text.charCodeAt(i + 1))) {
      blank(i, i + 1);
      i += 2;
      continue;
    }
    i++;
  }
  const masked = new TextDecoder("utf-16le").decode(out);
  return folded ? foldWords(masked) : masked;
}
function listNumber(t3, p) {
  let k = p;
  while (t3.charCodeAt(k) >= 48 && t3.charCodeAt(k) <= 57 && k - p < 9) k++;
  const e = t3.charCodeAt(k);
  return (e === 46 || e === 41) && (t3.charCodeAt(k + 1) === SP || t3.charCodeAt(k + 1) === 9);
}
function isEmailChar(c) {
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
function isPunct(c) {
  return c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126;
}
function startsWithCI(t3, i, w) {
  for (let k = 0; k < w.length; k++) {
    let c = t3.charCodeAt(i + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== w.charCodeAt(k)) return false;
  }
  return true;
}
function urlEnd(t3, i) {
  let k = i;
  let depth = 0;
  while (k < t3.length) {
    const c = t3.charCodeAt(k);
    if (isWs(c) || c === 60 || c === 62 || c === 34 || c >= 11904 || c === 8220 || c === 8221) break;
    if (c === 40) depth++;
    if (c === 41) {
      if (depth === 0) break;
      depth--;
    }
    if (c === 93 && depth === 0) break;
    k++;
  }
  while (k > i && ".,;:!?'".includes(t3[k - 1])) k--;
  return k;
}
var NextIndex = class {
  constructor(t3, needle) {
    this.t = t3;
    this.needle = needle;
  }
  t;
  needle;
  at = -2;
  pos = -1;
  /** First index ≥ from of the needle, or -1. */
  from(from) {
    if (this.at !== -2 && from >= this.at && (this.pos >= from || this.pos < 0)) return this.pos;
    this.at = from;
    this.pos = this.t.indexOf(this.needle, from);
    return this.pos;
  }
};
var nextRB;
var nextRP;
var nextPara;
function initIndexes(t3) {
  nextRB = new NextIndex(t3, "]");
  nextRP = new NextIndex(t3, ")");
  nextPara = new NextIndex(t3, "\n\n");
}
function bracketEnd(_t, open) {
  const k = nextRB.from(open + 1);
  if (k < 0) return -1;
  const p = nextPara.from(open);
  if (p >= 0 && p < k) return -1;
  return k;
}
function parenEnd(_t, open) {
  const k = nextRP.from(open + 1);
  if (k < 0) return -1;
  const p = nextPara.from(open);
  if (p >= 0 && p < k) return -1;
  return k;
}
function findRun(t3, from, run2, limit, memo2) {
  let k = from;
  const known = memo2.get(run2);
  if (known !== void 0 && known > k) k = known;
  const stop = Math.min(t3.length, from + limit);
  for (; k < stop; k++) {
    if (t3.charCodeAt(k) === 96) {
      let e = k;
      while (t3.charCodeAt(e) === 96) e++;
      if (e - k === run2) return k;
      k = e - 1;
    } else if (t3.charCodeAt(k) === NL && t3.charCodeAt(k + 1) === NL) {
      memo2.set(run2, k);
      return -1;
    }
  }
  memo2.set(run2, k);
  return -1;
}
function lineEnd(t3, i) {
  const e = t3.indexOf("\n", i);
  return e < 0 ? t3.length : e + 1;
}
function lineEndNoNl(t3, i) {
  const e = t3.indexOf("\n", i);
  return e < 0 ? t3.length : e;
}
function findLine(t3, from, marker) {
  let ls = from;
  while (ls < t3.length) {
    if (t3.startsWith(marker, ls)) {
      let k = ls + marker.length;
      while (t3.charCodeAt(k) === SP) k++;
      if (k >= t3.length || t3.charCodeAt(k) === NL || t3.charCodeAt(k) === CR) return ls;
    }
    ls = lineEnd(t3, ls);
  }
  return -1;
}

// server/src/core/text/sentences.ts
var ABBREV = /* @__PURE__ */ new Set([
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "inc",
  "corp",
  "co",
  "ltd",
  "llc",
  "no",
  "nos",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "ft",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "approx",
  "est",
  "fig",
  "vol",
  "dept",
  "gov",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "a.m",
  "p.m",
  "ph.d",
  "sq",
  "al",
  "cf",
  "op",
  "pp",
  "gen",
  "sen",
  "rep",
  "gov"
]);
var CLOSERS = `"'\u201D\u2019\u300D\u300F)\uFF09]\u300B`;
var isLatin = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isDigit = (c) => c >= 48 && c <= 57;
var isSpace = (c) => c === 32 || c === 9 || c === 12288 || c === 160;
function blockStart(raw, i) {
  let p = i;
  while (p - i < 3 && raw.charCodeAt(p) === 32) p++;
  const c = raw.charCodeAt(p);
  if (c === 35) {
    let k = p;
    while (k - p < 6 && raw.charCodeAt(k) === 35) k++;
    const nx = raw.charCodeAt(k);
    return nx === 32 || nx === 9 || nx === 10 || nx === 13 || k >= raw.length ? 2 : 0;
  }
  if (c === 45 || c === 42 || c === 43) {
    const nx = raw.charCodeAt(p + 1);
    return nx === 32 || nx === 9 ? 1 : 0;
  }
  if (c >= 48 && c <= 57) {
    let k = p;
    while (k - p < 9 && isDigit(raw.charCodeAt(k))) k++;
    const d = raw.charCodeAt(k);
    const nx = raw.charCodeAt(k + 1);
    return (d === 46 || d === 41) && (nx === 32 || nx === 9) ? 1 : 0;
  }
  return 0;
}
function splitSentences(text, raw) {
  const useRaw = raw !== void 0 && raw.length === text.length;
  let afterHeading = false;
  const out = [];
  const n = text.length;
  let paragraph = 0;
  let start = -1;
  let lastNonSpace = -1;
  let sawParagraphText = false;
  const close = (end) => {
    if (start >= 0 && end > start) out.push({ offset: start, length: end - start, paragraph });
    start = -1;
  };
  let i = 0;
  if (useRaw && n > 0) afterHeading = blockStart(raw, 0) === 2;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      let k = i + 1;
      while (k < n && (isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 13)) k++;
      if (k < n && text.charCodeAt(k) === 10) {
        close(lastNonSpace + 1);
        if (sawParagraphText) paragraph++;
        sawParagraphText = false;
        afterHeading = false;
        i = k;
        continue;
      }
      if (useRaw && k < n) {
        const b = blockStart(raw, i + 1);
        if (b > 0 || afterHeading) {
          close(lastNonSpace + 1);
          if (sawParagraphText) paragraph++;
          sawParagraphText = false;
        }
        afterHeading = b === 2;
      }
      i++;
      continue;
    }
    if (isSpace(c) || c === 13) {
      i++;
      continue;
    }
    if (start < 0) start = i;
    sawParagraphText = true;
    lastNonSpace = i;
    let end = -1;
    if (c === 12290 || c === 65281 || c === 65311 || c === 65307 || c === 8230 && text.charCodeAt(i + 1) === 8230) {
      end = i + 1;
      if (c === 8230) end = i + 2;
    } else if (c === 33 || c === 63 || c === 59) {
      const nx = text.charCodeAt(i + 1);
      if (i + 1 >= n || isSpace(nx) || nx === 10 || nx === 13 || CLOSERS.includes(text[i + 1])) end = i + 1;
    } else if (c === 46) {
      const nx = text.charCodeAt(i + 1);
      const terminal = i + 1 >= n || isSpace(nx) || nx === 10 || nx === 13 || CLOSERS.includes(text[i + 1]);
      if (terminal && !isDigit(nx) && !isAbbrev(text, i)) end = i + 1;
    }
    if (end > 0) {
      while (end < n && CLOSERS.includes(text[end])) end++;
      while (end < n && text.charCodeAt(end) === 46) end++;
      lastNonSpace = end - 1;
      close(end);
      i = end;
      continue;
    }
    i++;
  }
  close(lastNonSpace + 1);
  return out;
}
function isAbbrev(t3, i) {
  let b = i;
  while (b > 0 && i - b < 8 && (isLatin(t3.charCodeAt(b - 1)) || t3.charCodeAt(b - 1) === 46 && isLatin(t3.charCodeAt(b - 2)))) b--;
  if (b === i) return false;
  const w = t3.slice(b, i).toLowerCase();
  if (ABBREV.has(w)) return true;
  if (i - b === 1 && t3.charCodeAt(b) >= 65 && t3.charCodeAt(b) <= 90) return true;
  if (w.includes(".")) return true;
  return false;
}
function detectLanguage(text) {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 13312 && c <= 40959 || c >= 63744 && c <= 64255) cjk++;
    else if (isLatin(c)) latin++;
  }
  const zh = cjk * 3;
  if (zh === 0 && latin === 0) return "en";
  if (zh >= latin * 4) return "zh";
  if (latin >= zh * 4) return "en";
  return "mixed";
}

// server/src/core/figures/chars.ts
var isDigit2 = (c) => c >= 48 && c <= 57;
var isUpper = (c) => c >= 65 && c <= 90;
var isLower = (c) => c >= 97 && c <= 122;
var isLatin2 = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isAlnum2 = (c) => isDigit2(c) || isLatin2(c);
var isCJK = (c) => c >= 13312 && c <= 40959 || c >= 63744 && c <= 64255;
var isNewline = (c) => c === 10 || c === 13;
var isGroupSpace = (c) => c === 32 || c === 160 || c === 8239 || c === 8201;
function normalizeWidth(t3) {
  const n = t3.length;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const c = t3.charCodeAt(i);
    if (c >= 65281 && c <= 65374) {
      if (c === 65292 || c === 65288 || c === 65289 || c === 65306 || c === 65307 || c === 65281 || c === 65311) continue;
      first = i;
      break;
    }
    if (c === 12288 || c === 8722 || c === 65509 || c === 12316) {
      first = i;
      break;
    }
  }
  if (first < 0) return t3;
  const parts = [t3.slice(0, first)];
  const CH = 8192;
  const buf = [];
  for (let i = first; i < n; i++) {
    let c = t3.charCodeAt(i);
    if (c >= 65281 && c <= 65374) c -= 65248;
    else if (c === 12288) c = 32;
    else if (c === 8722) c = 45;
    else if (c === 65509) c = 165;
    else if (c === 12316) c = 126;
    buf.push(c);
    if (buf.length === CH) {
      parts.push(String.fromCharCode.apply(null, buf));
      buf.length = 0;
    }
  }
  if (buf.length) parts.push(String.fromCharCode.apply(null, buf));
  return parts.join("");
}
function insertKey(root, key, value, reversed) {
  let node = root;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(reversed ? key.length - 1 - k : k);
    let nx = node.next.get(c);
    if (!nx) {
      nx = { next: /* @__PURE__ */ new Map() };
      node.next.set(c, nx);
    }
    node = nx;
  }
  node.value = value;
}
var Trie = class {
  root = { next: /* @__PURE__ */ new Map() };
  /** First code units of all keys (both cases for folded lookups): a cheap pre-filter. */
  first = new Uint8Array(65536);
  add(key, value) {
    const c0 = key.charCodeAt(0);
    this.first[c0] = 1;
    if (c0 >= 97 && c0 <= 122) this.first[c0 - 32] = 1;
    insertKey(this.root, key, value, false);
    return this;
  }
  /** Longest key starting at pos; `fold` lower-cases ASCII letters of the text. */
  match(s, pos, fold = false) {
    if (pos >= s.length || this.first[s.charCodeAt(pos)] === 0) return null;
    let node = this.root;
    let best = null;
    for (let i = pos; i < s.length && node; i++) {
      let c = s.charCodeAt(i);
      if (fold && c >= 65 && c <= 90) c += 32;
      node = node.next.get(c);
      if (!node) break;
      if (node.value !== void 0) best = { len: i - pos + 1, value: node.value };
    }
    return best;
  }
};
var BackTrie = class {
  root = { next: /* @__PURE__ */ new Map() };
  add(key, value) {
    insertKey(this.root, key, value, true);
    return this;
  }
  match(s, end) {
    let node = this.root;
    let best = null;
    for (let i = end - 1; i >= 0 && node; i--) {
      node = node.next.get(s.charCodeAt(i));
      if (!node) break;
      if (node.value !== void 0) best = { len: end - i, value: node.value };
    }
    return best;
  }
};

// server/src/core/figures/numerals.ts
function readArabic(s, i, orig) {
  const n = s.length;
  let j = i;
  let digits = "";
  while (j < n && isDigit2(s.charCodeAt(j))) j++;
  let intText = s.slice(i, j);
  let grouped = false;
  const firstLen = j - i;
  if (firstLen <= 3) {
    for (; ; ) {
      const c = s.charCodeAt(j);
      const isComma = c === 44 || c === 65292 && orig.charCodeAt(j - 1) >= 65296 && orig.charCodeAt(j - 1) <= 65305;
      const isSp = isGroupSpace(c);
      if (!isComma && !isSp) break;
      if (isComma && orig.charCodeAt(j) === 65292 && !(orig.charCodeAt(j - 1) >= 65296 && orig.charCodeAt(j - 1) <= 65305)) break;
      if (!(isDigit2(s.charCodeAt(j + 1)) && isDigit2(s.charCodeAt(j + 2)) && isDigit2(s.charCodeAt(j + 3)) && !isDigit2(s.charCodeAt(j + 4)))) break;
      if (isSp && grouped && intText.indexOf(",") >= 0) break;
      if (isSp && (s.charCodeAt(j + 4) === 46 && isDigit2(s.charCodeAt(j + 5)))) {
      }
      if (isComma && intText.indexOf(" ") >= 0) break;
      intText += isComma ? "," : " ";
      intText += s.slice(j + 1, j + 4);
      j += 4;
      grouped = true;
    }
  }
  digits = grouped ? stripSeparators(intText) : intText;
  let frac = "";
  let version = false;
  if (s.charCodeAt(j) === 46 && isDigit2(s.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < n && isDigit2(s.charCodeAt(k))) k++;
    frac = s.slice(j + 1, k);
    j = k;
    while (s.charCodeAt(j) === 46 && isDigit2(s.charCodeAt(j + 1))) {
      version = true;
      j++;
      while (j < n && isDigit2(s.charCodeAt(j))) j++;
    }
  }
  let exp = 0;
  const ce = s.charCodeAt(j);
  if ((ce === 101 || ce === 69) && !grouped) {
    let k = j + 1;
    if (s.charCodeAt(k) === 43 || s.charCodeAt(k) === 45) k++;
    const ds = k;
    while (k < n && k - ds < 4 && isDigit2(s.charCodeAt(k))) k++;
    if (k > ds && !isAlnum2(s.charCodeAt(k))) {
      exp = Number(s.slice(j + 1, k));
      j = k;
    }
  }
  let tz = 0;
  for (let k = digits.length - 1; k > 0 && digits.charCodeAt(k) === 48; k--) tz++;
  const huge = digits.length + frac.length > 20;
  const value = huge ? NaN : Number(`${digits}${frac ? "." + frac : ""}${exp ? "e" + exp : ""}`);
  return {
    end: j,
    value,
    intDigits: digits.length,
    grouped,
    decimal: frac.length > 0,
    leadingZero: digits.length > 1 && digits.charCodeAt(0) === 48,
    version,
    trailingZeros: tz,
    huge
  };
}
function stripSeparators(t3) {
  let out = "";
  for (let k = 0; k < t3.length; k++) {
    const c = t3.charCodeAt(k);
    if (c !== 44 && c !== 32) out += t3[k];
  }
  return out;
}
var ZH_DIGITS = /* @__PURE__ */ new Map();
for (const [ch, v] of [["\u96F6", 0], ["\u3007", 0], ["\u4E00", 1], ["\u4E8C", 2], ["\u4E24", 2], ["\u4E09", 3], ["\u56DB", 4], ["\u4E94", 5], ["\u516D", 6], ["\u4E03", 7], ["\u516B", 8], ["\u4E5D", 9], ["\u58F9", 1], ["\u8D30", 2], ["\u53C1", 3], ["\u8086", 4], ["\u4F0D", 5], ["\u9646", 6], ["\u67D2", 7], ["\u634C", 8], ["\u7396", 9]]) {
  ZH_DIGITS.set(ch.charCodeAt(0), v);
}
var ZH_SMALL_UNITS = new Map([["\u5341", 10], ["\u62FE", 10], ["\u767E", 100], ["\u4F70", 100], ["\u5343", 1e3], ["\u4EDF", 1e3]].map(([c, v]) => [c.charCodeAt(0), v]));
var WAN = "\u4E07".charCodeAt(0);
var YI = "\u4EBF".charCodeAt(0);
var ZH_NUM_FLAGS = new Uint8Array(40960 - 12288);
for (const c of [...ZH_DIGITS.keys(), ...ZH_SMALL_UNITS.keys(), WAN, YI]) ZH_NUM_FLAGS[c - 12288] = 1;
var isZhNumChar = (c) => c >= 12288 && c < 40960 && ZH_NUM_FLAGS[c - 12288] === 1;
function readChinese(s, i) {
  const n = s.length;
  let j = i;
  let result = 0;
  let wanPart = 0;
  let section = 0;
  let num3 = 0;
  let hasDigit = false;
  let hasBig = false;
  let lastUnit = 1;
  let digitRun = "";
  let onlyDigits = true;
  let count = 0;
  while (j < n) {
    const c = s.charCodeAt(j);
    const d = ZH_DIGITS.get(c);
    if (d !== void 0) {
      hasDigit = true;
      digitRun += String(d);
      num3 = j > i && ZH_DIGITS.has(s.charCodeAt(j - 1)) ? num3 * 10 + d : d;
      lastUnit = 1;
      j++;
      count++;
      continue;
    }
    const su = ZH_SMALL_UNITS.get(c);
    if (su !== void 0 && count > 0 && (s.charCodeAt(j - 1) === WAN || s.charCodeAt(j - 1) === YI)) break;
    if (su !== void 0) {
      onlyDigits = false;
      section += (num3 === 0 && !hasDigitBefore(s, i, j) ? 1 : num3) * su;
      num3 = 0;
      lastUnit = su;
      j++;
      count++;
      continue;
    }
    if (c === WAN) {
      onlyDigits = false;
      hasBig = true;
      if (s.charCodeAt(j + 1) === YI) {
        result = (result + wanPart + section + num3 || 1) * 1e12;
        wanPart = section = num3 = 0;
        lastUnit = 1e12;
        j += 2;
        count += 2;
        continue;
      }
      wanPart = (section + num3 || 1) * 1e4;
      section = num3 = 0;
      lastUnit = 1e4;
      j++;
      count++;
      continue;
    }
    if (c === YI) {
      onlyDigits = false;
      hasBig = true;
      result = (result + wanPart + section + num3 || 1) * 1e8;
      wanPart = section = num3 = 0;
      lastUnit = 1e8;
      j++;
      count++;
      continue;
    }
    break;
  }
  let value = result + wanPart + section + num3;
  let digitString = false;
  if (onlyDigits && digitRun.length > 1) {
    digitString = true;
    value = digitRun.length <= 15 ? Number(digitRun) : NaN;
  }
  if (s.charCodeAt(j) === 28857 && ZH_DIGITS.has(s.charCodeAt(j + 1)) && lastUnit === 1 && !hasBig) {
    let k = j + 1;
    let frac = "";
    while (k < n && ZH_DIGITS.has(s.charCodeAt(k))) frac += String(ZH_DIGITS.get(s.charCodeAt(k++)));
    if (frac.length) {
      value = Number(`${value}.${frac}`);
      j = k;
    }
  }
  return {
    end: j,
    value,
    hasDigit,
    hasBig,
    digitString,
    lastUnit,
    single: count === 1 && hasDigit,
    text: s.slice(i, j)
  };
}
function hasDigitBefore(_s, _start, _j) {
  return false;
}
var EN_SMALL = /* @__PURE__ */ new Map([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90]
]);
var EN_BIG = /* @__PURE__ */ new Map([["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12]]);
function wordEnd(s, i) {
  let j = i;
  while (j < s.length && isLatin2(s.charCodeAt(j))) j++;
  return j;
}
function readEnglish(s, i) {
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  let scaled = false;
  let words2 = 0;
  let article = false;
  let end = i;
  let guard = 0;
  while (guard++ < 12) {
    const we = wordEnd(s, j);
    if (we === j) break;
    const w = s.slice(j, we).toLowerCase();
    let consumed = false;
    if ((w === "a" || w === "an") && !any) {
      const k = skipSp(s, we);
      const nw = s.slice(k, wordEnd(s, k)).toLowerCase();
      if (nw === "hundred" || EN_BIG.has(nw) || nw === "dozen") {
        article = true;
        current = 1;
        j = k;
        any = true;
        continue;
      }
      break;
    }
    if (EN_SMALL.has(w)) {
      const v = EN_SMALL.get(w);
      if (current === 0 || current % 100 === 0) current += v;
      else if (current % 100 >= 20 && current % 10 === 0 && v < 10) current += v;
      else break;
      consumed = true;
      if (s.charCodeAt(we) === 45) {
        const k = we + 1;
        const e2 = wordEnd(s, k);
        const w2 = s.slice(k, e2).toLowerCase();
        const v2 = EN_SMALL.get(w2);
        if (v2 !== void 0 && v2 > 0 && v2 < 10 && current >= 20 && current % 10 === 0) {
          current += v2;
          end = e2;
          j = e2;
          any = true;
          words2++;
          scaled = false;
          continue;
        }
      }
    } else if (w === "hundred" && any) {
      current = (current || 1) * 100;
      consumed = true;
    } else if (EN_BIG.has(w) && any) {
      total += (current || 1) * EN_BIG.get(w);
      current = 0;
      consumed = true;
    } else if (w === "dozen" && any) {
      current = (current || 1) * 12;
      consumed = true;
    } else if (w === "and" && any && scaledWord(s.slice(end - 8, end))) {
      const k = skipSp(s, we);
      const nw = s.slice(k, wordEnd(s, k)).toLowerCase();
      if (EN_SMALL.has(nw)) {
        j = k;
        continue;
      }
      break;
    }
    if (!consumed) break;
    any = true;
    words2++;
    scaled = w === "hundred" || EN_BIG.has(w) || w === "dozen";
    end = we;
    j = skipSp(s, we);
    if (j === we) break;
  }
  if (!any || end === i) return null;
  const value = total + current;
  return { end, value, scaled, isOne: value === 1 && !scaled, words: words2 };
}
function scaledWord(tail) {
  const t3 = tail.toLowerCase();
  return t3.endsWith("hundred") || t3.endsWith("thousand") || t3.endsWith("million") || t3.endsWith("billion");
}
function skipSp(s, i) {
  let j = i;
  while (j < s.length && isGroupSpace(s.charCodeAt(j))) j++;
  return j;
}

// server/src/core/figures/units.ts
var YEAR_S = 365.25 * 86400;
var MONTH_S = YEAR_S / 12;
var money = (unit) => ({ kind: "money", unit, factor: 1 });
var u = (kind, unit, factor, extra = {}) => ({ kind, unit, factor, ...extra });
var dur = (seconds, word) => ({ kind: "duration", unit: "s", factor: seconds, timeWord: word });
var ZH_SCALES = new Trie().add("\u4E07", 1e4).add("\u4EBF", 1e8).add("\u4E07\u4EBF", 1e12).add("\u5343\u4EBF", 1e11).add("\u767E\u4EBF", 1e10).add("\u5341\u4EBF", 1e9).add("\u5343\u4E07", 1e7).add("\u767E\u4E07", 1e6).add("\u5341\u4E07", 1e5).add("\u5343", 1e3).add("\u767E", 100).add("\u4EBF\u4EBF", 1e16);
var EN_SCALE_WORDS = /* @__PURE__ */ new Map([
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["mn", 1e6],
  ["mln", 1e6],
  ["bn", 1e9],
  ["tn", 1e12],
  ["trn", 1e12],
  ["k", 1e3]
]);
var EN_SCALE_LETTERS = /* @__PURE__ */ new Map([
  ["k", 1e3],
  ["K", 1e3],
  ["m", 1e6],
  ["M", 1e6],
  ["b", 1e9],
  ["B", 1e9],
  ["bn", 1e9],
  ["mn", 1e6],
  ["tn", 1e12],
  ["T", 1e12],
  ["t", 1e12],
  ["Bn", 1e9],
  ["BN", 1e9],
  ["MM", 1e6]
]);
var ZH_UNITS = new Trie();
for (const [k, c] of [
  ["\u7F8E\u5143", "USD"],
  ["\u7F8E\u91D1", "USD"],
  ["\u5143", "CNY"],
  ["\u4EBA\u6C11\u5E01", "CNY"],
  ["\u5143\u4EBA\u6C11\u5E01", "CNY"],
  ["\u6B27\u5143", "EUR"],
  ["\u82F1\u9551", "GBP"],
  ["\u65E5\u5143", "JPY"],
  ["\u65E5\u5706", "JPY"],
  ["\u6E2F\u5143", "HKD"],
  ["\u6E2F\u5E01", "HKD"],
  ["\u97E9\u5143", "KRW"],
  ["\u65B0\u53F0\u5E01", "TWD"],
  ["\u6FB3\u5143", "AUD"],
  ["\u52A0\u5143", "CAD"],
  ["\u65B0\u52A0\u5761\u5143", "SGD"],
  ["\u5362\u6BD4", "INR"],
  ["\u4EE4\u5409", "MYR"],
  ["\u6797\u5409\u7279", "MYR"],
  ["\u9A6C\u5E01", "MYR"]
]) ZH_UNITS.add(k, money(c));
ZH_UNITS.add("\u7F8E\u5206", u("money", "USD", 0.01));
ZH_UNITS.add("\u74E9", u("power", "W", 1e3));
for (const [k, f] of [["\u74E6", 1], ["\u74E6\u7279", 1], ["\u5343\u74E6", 1e3], ["\u5146\u74E6", 1e6], ["\u5343\u5146\u74E6", 1e9], ["\u5409\u74E6", 1e9], ["\u592A\u74E6", 1e12]]) {
  ZH_UNITS.add(k, u("power", "W", f));
}
for (const [k, f] of [["\u74E6\u65F6", 1], ["\u5343\u74E6\u65F6", 1e3], ["\u5146\u74E6\u65F6", 1e6], ["\u5343\u5146\u74E6\u65F6", 1e9], ["\u5409\u74E6\u65F6", 1e9], ["\u592A\u74E6\u65F6", 1e12], ["\u5EA6\u7535", 1e3]]) {
  ZH_UNITS.add(k, u("energy", "Wh", f));
}
ZH_UNITS.add("\u5EA6", u("energy", "Wh", 1e3, { weak: true }));
for (const [k, f] of [["\u5E73\u65B9\u7C73", 1], ["\u5E73\u7C73", 1], ["\u5E73\u65B9\u82F1\u5C3A", 0.09290304], ["\u5E73\u65B9\u516C\u91CC", 1e6], ["\u5E73\u65B9\u5343\u7C73", 1e6], ["\u82F1\u4EA9", 4046.8564224], ["\u516C\u9877", 1e4], ["\u4EA9", 666.67]]) {
  ZH_UNITS.add(k, u("area", "m2", f));
}
for (const [k, f] of [["\u516C\u91CC", 1e3], ["\u5343\u7C73", 1e3], ["\u82F1\u91CC", 1609.344], ["\u7C73", 1]]) ZH_UNITS.add(k, u("length", "m", f));
for (const [k, f] of [["\u7ACB\u65B9\u7C73", 1], ["\u5347", 1e-3], ["\u52A0\u4ED1", 0.003785411784], ["\u7ACB\u65B9", 1]]) ZH_UNITS.add(k, u("volume", "m3", f));
for (const [k, f] of [["\u5428", 1e3], ["\u516C\u5428", 1e3], ["\u516C\u65A4", 1], ["\u5343\u514B", 1]]) ZH_UNITS.add(k, u("mass", "kg", f));
ZH_UNITS.add("%", u("percent", "percent", 1));
ZH_UNITS.add("\u4E2A\u767E\u5206\u70B9", u("percent", "pp", 1));
ZH_UNITS.add("\u767E\u5206\u70B9", u("percent", "pp", 1));
ZH_UNITS.add("\u500D", u("ratio", "ratio", 1));
ZH_UNITS.add("\u6210", u("percent", "percent", 10, { weak: true }));
ZH_UNITS.add("\u5E74", dur(YEAR_S, "year"));
ZH_UNITS.add("\u4E2A\u6708", dur(MONTH_S, "month"));
ZH_UNITS.add("\u4E2A\u5B63\u5EA6", dur(MONTH_S * 3, "quarter"));
ZH_UNITS.add("\u5B63\u5EA6", dur(MONTH_S * 3, "quarter"));
ZH_UNITS.add("\u5468", dur(7 * 86400, "week"));
ZH_UNITS.add("\u4E2A\u661F\u671F", dur(7 * 86400, "week"));
ZH_UNITS.add("\u661F\u671F", dur(7 * 86400, "week"));
ZH_UNITS.add("\u5929", dur(86400, "day"));
ZH_UNITS.add("\u5C0F\u65F6", dur(3600, "hour"));
ZH_UNITS.add("\u4E2A\u5C0F\u65F6", dur(3600, "hour"));
ZH_UNITS.add("\u5206\u949F", dur(60, "minute"));
ZH_UNITS.add("\u79D2\u949F", dur(1, "second"));
ZH_UNITS.add("\u6BEB\u79D2", dur(1e-3, "millisecond"));
ZH_UNITS.add("\u5FAE\u79D2", dur(1e-6, "microsecond"));
for (const k of ["\u4E2A", "\u5757", "\u9897", "\u5F20", "\u53F0", "\u5EA7", "\u5BB6", "\u540D", "\u5904", "\u4F4D", "\u5957", "\u679A", "\u7247", "\u95F4", "\u680B", "\u67B6", "\u6761", "\u9879", "\u6240", "\u53EA", "\u8F86", "\u8258", "\u6279", "\u79CD", "\u6B3E", "\u7B14", "\u80A1", "\u5EA7", "\u6237", "\u4EFD", "\u4EF6", "\u6B21"]) {
  ZH_UNITS.add(k, u("count", "count", 1, { classifier: true }));
}
ZH_UNITS.add("\u4EBA", u("count", "count", 1));
ZH_UNITS.add("\u591A\u5BB6", u("count", "count", 1, { classifier: true, weak: true }));
for (const [k, n] of ZH_NOUN_LIST()) ZH_UNITS.add(k, u("count", "count", 1, { noun: n }));
function ZH_NOUN_LIST() {
  return [
    ["\u82AF\u7247", "chip"],
    ["\u663E\u5361", "GPU"],
    ["\u56FE\u5F62\u5904\u7406\u5668", "GPU"],
    ["\u56FE\u5F62\u5904\u7406\u5355\u5143", "GPU"],
    ["\u52A0\u901F\u5668", "accelerator"],
    ["\u52A0\u901F\u5361", "accelerator"],
    ["\u670D\u52A1\u5668", "server"],
    ["\u673A\u67B6", "rack"],
    ["\u673A\u67DC", "rack"],
    ["\u6570\u636E\u4E2D\u5FC3", "data center"],
    ["\u7AD9\u70B9", "site"],
    ["\u56ED\u533A", "campus"],
    ["\u5DE5\u4F5C\u5C97\u4F4D", "job"],
    ["\u5C31\u4E1A\u5C97\u4F4D", "job"],
    ["\u5C97\u4F4D", "job"],
    ["\u5904\u7406\u5668", "chip"]
  ];
}
var ZH_NOUNS = new Trie();
for (const [k, n] of ZH_NOUN_LIST()) ZH_NOUNS.add(k, n);
var BRANDS = new Trie();
for (const b of ["\u82F1\u4F1F\u8FBE", "\u8F89\u8FBE", "\u534E\u4E3A", "\u6607\u817E", "\u8C37\u6B4C", "\u82F1\u7279\u5C14", "\u8D85\u5FAE", "\u5BD2\u6B66\u7EAA", "\u6D77\u5149", "\u535A\u901A"]) BRANDS.add(b, true);
var EN_BRANDS = /* @__PURE__ */ new Set(["nvidia", "amd", "intel", "google", "huawei", "ascend", "broadcom", "new", "additional", "more", "advanced", "ai", "custom", "nvidia's"]);
var EN_SYMBOLS = new Trie();
for (const [k, f] of [["W", 1], ["kW", 1e3], ["KW", 1e3], ["MW", 1e6], ["GW", 1e9], ["TW", 1e12]]) EN_SYMBOLS.add(k, u("power", "W", f));
for (const [k, f] of [["Wh", 1], ["kWh", 1e3], ["KWh", 1e3], ["kwh", 1e3], ["MWh", 1e6], ["GWh", 1e9], ["TWh", 1e12], ["PWh", 1e15]]) EN_SYMBOLS.add(k, u("energy", "Wh", f));
for (const [k, f] of [["KB", 1e3], ["kB", 1e3], ["MB", 1e6], ["GB", 1e9], ["TB", 1e12], ["PB", 1e15], ["EB", 1e18], ["ZB", 1e21]]) EN_SYMBOLS.add(k, u("data", "B", f));
for (const [k, f] of [["bps", 1], ["kbps", 1e3], ["Kbps", 1e3], ["Mbps", 1e6], ["Gbps", 1e9], ["Tbps", 1e12], ["Pbps", 1e15], ["Mb/s", 1e6], ["Gb/s", 1e9], ["Tb/s", 1e12], ["MB/s", 8e6], ["GB/s", 8e9], ["TB/s", 8e12]]) {
  EN_SYMBOLS.add(k, u("bandwidth", "bit/s", f));
}
for (const [k, f] of [
  ["FLOPS", 1],
  ["FLOP/s", 1],
  ["flops", 1],
  ["TFLOPS", 1e12],
  ["TFLOP/s", 1e12],
  ["PFLOPS", 1e15],
  ["PFLOP/s", 1e15],
  ["EFLOPS", 1e18],
  ["EFLOP/s", 1e18],
  ["ZFLOPS", 1e21],
  ["exaFLOPS", 1e18],
  ["petaFLOPS", 1e15],
  ["teraFLOPS", 1e12],
  ["zettaFLOPS", 1e21],
  ["exaFLOP/s", 1e18],
  ["TFlops", 1e12],
  ["PFlops", 1e15],
  ["EFlops", 1e18],
  ["Tflops", 1e12],
  ["Pflops", 1e15],
  ["Eflops", 1e18]
]) {
  EN_SYMBOLS.add(k, u("compute", "FLOPS", f));
}
for (const [k, f] of [["km", 1e3]]) EN_SYMBOLS.add(k, u("length", "m", f));
EN_SYMBOLS.add("ms", dur(1e-3, "millisecond"));
EN_SYMBOLS.add("\u03BCs", dur(1e-6, "microsecond"));
for (const [k, f] of [["m\xB2", 1], ["m2", 1], ["sqm", 1], ["km\xB2", 1e6], ["km2", 1e6], ["ft\xB2", 0.09290304], ["sq ft", 0.09290304], ["sq. ft.", 0.09290304], ["sq. ft", 0.09290304], ["sq.ft.", 0.09290304], ["sq.ft", 0.09290304], ["sqft", 0.09290304]]) {
  EN_SYMBOLS.add(k, u("area", "m2", f));
}
EN_SYMBOLS.add("%", u("percent", "percent", 1));
EN_SYMBOLS.add("x", u("ratio", "ratio", 1));
EN_SYMBOLS.add("X", u("ratio", "ratio", 1));
EN_SYMBOLS.add("\xD7", u("ratio", "ratio", 1));
for (const c of ["USD", "EUR", "GBP", "CNY", "JPY", "HKD", "RMB"]) EN_SYMBOLS.add(c, money(c === "RMB" ? "CNY" : c));
var EN_WORDS = new Trie();
var words = (list, d) => {
  for (const w of list) EN_WORDS.add(w, d);
};
var power = [["watt", 1], ["kilowatt", 1e3], ["megawatt", 1e6], ["gigawatt", 1e9], ["terawatt", 1e12]];
for (const [w, f] of power) {
  words([w, `${w}s`], u("power", "W", f));
  words([`${w}-hour`, `${w}-hours`, `${w} hour`, `${w} hours`, `${w}hour`, `${w}hours`], u("energy", "Wh", f));
}
for (const [w, f] of [["byte", 1], ["kilobyte", 1e3], ["megabyte", 1e6], ["gigabyte", 1e9], ["terabyte", 1e12], ["petabyte", 1e15], ["exabyte", 1e18], ["zettabyte", 1e21]]) {
  words([w, `${w}s`], u("data", "B", f));
}
for (const [w, f] of [["gigabit", 1e9], ["terabit", 1e12], ["megabit", 1e6]]) {
  words([`${w}s per second`, `${w} per second`], u("bandwidth", "bit/s", f));
}
for (const [w, f] of [["flops", 1], ["teraflops", 1e12], ["petaflops", 1e15], ["exaflops", 1e18], ["zettaflops", 1e21], ["exaflop", 1e18], ["petaflop", 1e15], ["teraflop", 1e12]]) {
  words([w], u("compute", "FLOPS", f));
}
words(["dollars", "dollar", "us dollars", "u.s. dollars"], money("USD"));
words(["yuan", "renminbi"], money("CNY"));
words(["euros", "euro"], money("EUR"));
words(["pounds", "pounds sterling"], money("GBP"));
words(["yen"], money("JPY"));
words(["percent", "per cent", "pct"], u("percent", "percent", 1));
words(["percentage points", "percentage point"], u("percent", "pp", 1));
words(["square feet", "square foot", "square-foot", "sq feet"], u("area", "m2", 0.09290304));
words(["square meters", "square metres", "square meter", "square metre", "square-meter", "square-metre"], u("area", "m2", 1));
words(["square kilometers", "square kilometres", "square kilometer", "square kilometre", "square-kilometer", "square-kilometre", "square miles", "square mile"], u("area", "m2", 1e6));
EN_WORDS.add("square miles", u("area", "m2", 2589988110336e-6));
EN_WORDS.add("square mile", u("area", "m2", 2589988110336e-6));
words(["acres", "acre"], u("area", "m2", 4046.8564224));
words(["hectares", "hectare"], u("area", "m2", 1e4));
words(["kilometers", "kilometres", "kilometer", "kilometre"], u("length", "m", 1e3));
words(["miles", "mile"], u("length", "m", 1609.344));
words(["meters", "metres", "meter", "metre"], u("length", "m", 1));
words(["liters", "litres", "liter", "litre"], u("volume", "m3", 1e-3));
words(["gallons", "gallon"], u("volume", "m3", 0.003785411784));
words(["cubic meters", "cubic metres", "cubic meter", "cubic metre"], u("volume", "m3", 1));
words(["tonnes", "tonne", "tons", "ton", "metric tons"], u("mass", "kg", 1e3));
words(["kilograms", "kilogram", "kg"], u("mass", "kg", 1));
words(["years", "year"], dur(YEAR_S, "year"));
words(["months", "month"], dur(MONTH_S, "month"));
words(["weeks", "week"], dur(7 * 86400, "week"));
words(["days", "day"], dur(86400, "day"));
words(["hours", "hour"], dur(3600, "hour"));
words(["decades", "decade"], dur(10 * YEAR_S, "decade"));
words(["quarters"], dur(3 * MONTH_S, "quarter"));
words(["times", "fold", "-fold"], u("ratio", "ratio", 1));
var EN_NOUNS = new Trie();
var nouns = [
  [["gpu", "gpus", "graphics processing units", "graphics processors"], "GPU"],
  [["chip", "chips", "superchip", "superchips", "processors", "processor"], "chip"],
  [["accelerator", "accelerators"], "accelerator"],
  [["server", "servers"], "server"],
  [["rack", "racks"], "rack"],
  [["data center", "data centers", "data centre", "data centres", "datacenter", "datacenters", "datacentre", "datacentres", "data-center", "data-centers"], "data center"],
  [["site", "sites"], "site"],
  [["campus", "campuses"], "campus"],
  [["job", "jobs"], "job"],
  [["tpu", "tpus"], "TPU"]
];
for (const [list, n] of nouns) for (const w of list) EN_NOUNS.add(w, n);

// server/src/core/figures/qualifiers.ts
var ZH_PREFIX = [
  ["\u5927\u7EA6", "about"],
  ["\u5927\u6982", "about"],
  ["\u7EA6\u5408", "about"],
  ["\u7EA6", "about"],
  ["\u5C06\u8FD1", "nearly"],
  ["\u63A5\u8FD1", "nearly"],
  ["\u903C\u8FD1", "nearly"],
  ["\u51E0\u4E4E", "nearly"],
  ["\u8FD1", "nearly"],
  ["\u8D85\u8FC7", "more-than"],
  ["\u903E", "more-than"],
  ["\u8D85", "more-than"],
  ["\u4E0D\u6B62", "more-than"],
  ["\u81F3\u5C11", "at-least"],
  ["\u4E0D\u5C11\u4E8E", "at-least"],
  ["\u4E0D\u4F4E\u4E8E", "at-least"],
  ["\u591A\u8FBE", "up-to"],
  ["\u9AD8\u8FBE", "up-to"],
  ["\u6700\u9AD8", "up-to"],
  ["\u6700\u591A", "up-to"],
  ["\u4E0D\u5230", "less-than"],
  ["\u4E0D\u8DB3", "less-than"],
  ["\u4F4E\u4E8E", "less-than"],
  ["\u5C11\u4E8E", "less-than"],
  ["\u4E0D\u8D85\u8FC7", "at-most"],
  ["\u6700\u5C11", "at-least"],
  ["\u8FBE", "exact"]
];
var ZH_VERBS = ["\u9700\u8981", "\u5BB9\u7EB3", "\u6295\u8D44", "\u6295\u5165", "\u82B1\u8D39", "\u8017\u8D44", "\u8FBE\u5230", "\u62E5\u6709", "\u90E8\u7F72", "\u91C7\u8D2D", "\u8D2D\u4E70", "\u63D0\u4F9B", "\u6D88\u8017", "\u83B7\u5F97", "\u7B79\u96C6", "\u52DF\u96C6", "\u878D\u8D44", "\u652F\u51FA", "\u914D\u5907", "\u4F7F\u7528", "\u6D89\u53CA", "\u8017\u7535", "\u5EFA\u8BBE", "\u65B0\u589E", "\u589E\u52A0", "\u51CF\u5C11", "\u62DB\u8058", "\u96C7\u4F63", "\u96C7\u7528", "\u88C1\u5458", "\u51FA\u8D27"];
var ZH_FILLERS = ["\u60CA\u4EBA\u7684", "\u4E3A", "\u662F", "\u4E86", "\u8FBE", "\u6709"];
var zhPrefixRev = new BackTrie();
for (const [w, q] of ZH_PREFIX) zhPrefixRev.add(w, q);
function matchBack(s, end, words2) {
  for (const w of words2) {
    if (end - w.length >= 0 && s.startsWith(w, end - w.length)) return w.length;
  }
  return 0;
}
function revMatch(s, end) {
  const m = zhPrefixRev.match(s, end);
  return m ? { len: m.len, q: m.value } : null;
}
var EN_PREFIX = [
  ["about", "about"],
  ["around", "around"],
  ["roughly", "about"],
  ["approximately", "about"],
  ["approx", "about"],
  ["some", "about"],
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["close to", "nearly"],
  ["just under", "nearly"],
  ["more than", "more-than"],
  ["over", "more-than"],
  ["above", "more-than"],
  ["past", "more-than"],
  ["upwards of", "more-than"],
  ["just over", "more-than"],
  ["well over", "more-than"],
  ["in excess of", "more-than"],
  ["at least", "at-least"],
  ["no less than", "at-least"],
  ["no fewer than", "at-least"],
  ["a minimum of", "at-least"],
  ["up to", "up-to"],
  ["as much as", "up-to"],
  ["as many as", "up-to"],
  ["as high as", "up-to"],
  ["as large as", "up-to"],
  ["less than", "less-than"],
  ["under", "less-than"],
  ["below", "less-than"],
  ["fewer than", "less-than"],
  ["at most", "at-most"],
  ["no more than", "at-most"],
  ["a maximum of", "at-most"],
  ["between", "range"],
  ["an estimated", "about"],
  ["estimated", "about"]
];
var enPrefix = new Map(EN_PREFIX.map(([w, q]) => [w, q === "around" ? "about" : q]));
function wordsBefore(s, end, k) {
  const words2 = [];
  const starts = [];
  let j = end;
  for (let w = 0; w < k; w++) {
    let e = j;
    let sp = 0;
    while (e > 0 && isGroupSpace(s.charCodeAt(e - 1)) && sp < 3) {
      e--;
      sp++;
    }
    if (sp === 0 && w > 0) break;
    let b = e;
    while (b > 0 && isLatin2(s.charCodeAt(b - 1)) && e - b < 16) b--;
    if (b === e || b > 0 && isLatin2(s.charCodeAt(b - 1))) break;
    words2.unshift(s.slice(b, e).toLowerCase());
    starts.unshift(b);
    j = b;
  }
  return { words: words2, starts };
}
function prefixQualifier(s, start) {
  let e = start;
  while (e > 0 && isGroupSpace(s.charCodeAt(e - 1)) && start - e < 2) e--;
  const c = s.charCodeAt(e - 1);
  if (c === 126 || c === 8776) return { q: "about", at: e - 1, text: "~" };
  if (c === 62) return { q: "more-than", at: e - 1, text: ">" };
  if (c === 60) return { q: "less-than", at: e - 1, text: "<" };
  if (c === 8805) return { q: "at-least", at: e - 1, text: "\u2265" };
  if (c === 8804) return { q: "at-most", at: e - 1, text: "\u2264" };
  if (s.charCodeAt(e - 1) === 30340) {
    for (let k = e - 2; k > 0 && e - k < 16; k--) {
      const ck = s.charCodeAt(k);
      if (ck < 13312 && !(ck >= 65 && ck <= 122)) break;
      if (ck === 21344) {
        const m = revMatch(s, k);
        if (m && m.q !== "exact") return { q: m.q, at: k - m.len, text: s.slice(k - m.len, k) };
        break;
      }
    }
  }
  if (e > 0 && s.charCodeAt(e - 1) >= 13312) {
    let end = e;
    const m0 = revMatch(s, end);
    if (m0 && m0.q !== "exact" && okZh(s, end - m0.len, m0.len)) return { q: m0.q, at: end - m0.len, text: s.slice(end - m0.len, end) };
    const vb = matchBack(s, end, ZH_VERBS);
    if (vb) {
      const m = revMatch(s, end - vb);
      if (m && m.q !== "exact" && okZh(s, end - vb - m.len, m.len)) return { q: m.q, at: end - vb - m.len, text: s.slice(end - vb - m.len, end - vb) };
    }
    const fl = matchBack(s, end, ZH_FILLERS);
    if (fl) {
      end -= fl;
      const m = revMatch(s, end);
      if (m && okZh(s, end - m.len, m.len)) {
        if (m.q === "exact") {
          return null;
        }
        return { q: m.q, at: end - m.len, text: s.slice(end - m.len, end) };
      }
    }
    return null;
  }
  const { words: words2, starts } = wordsBefore(s, start, 4);
  for (let k = Math.min(4, words2.length); k >= 1; k--) {
    const phrase = words2.slice(words2.length - k).join(" ");
    const q = enPrefix.get(phrase);
    if (q) {
      const first = words2.length - k;
      const before = first > 0 ? words2[first - 1] : "";
      if ((phrase === "past" || phrase === "under" || phrase === "some" || phrase === "above") && (before === "the" || before === "for" || before === "of")) return null;
      if (phrase === "over" && before === "the") return null;
      if (phrase === "some" && words2.length > k && before === "for") return null;
      if (phrase === "up to" && (before === "add" || before === "adds" || before === "added" || before === "adding")) return null;
      return { q, at: starts[first], text: phrase, between: q === "range" };
    }
  }
  return null;
}
function okZh(s, at, len) {
  const w = s.slice(at, at + len);
  const prev = s.charCodeAt(at - 1);
  if (w === "\u8FD1") {
    return !(prev === 26368 || prev === 38468 || prev === 20020 || prev === 38752 || prev === 23558);
  }
  if (w === "\u8D85") return !(prev === 36229);
  if (w === "\u7EA6") return !(prev === 22865 || prev === 33410 || prev === 21046 || prev === 32422);
  if (w === "\u6700\u9AD8" || w === "\u6700\u591A") return true;
  return true;
}
var ZH_SUFFIX = new Trie().add("\u5DE6\u53F3", "about").add("\u4E0A\u4E0B", "about").add("\u524D\u540E", "about").add("\u4EE5\u4E0A", "more-than").add("\u4EE5\u4E0B", "less-than").add("\u8FD8\u591A", "more-than").add("\u4E4B\u591A", "more-than").add("\u6709\u4F59", "more-than").add("\u51FA\u5934", "more-than").add("\u591A", "more-than").add("\u4F59", "more-than").add("\u5F00\u5916", "more-than").add("\u4EE5\u5185", "at-most");
function suffixQualifier(s, pos, loose) {
  const m = ZH_SUFFIX.match(s, pos);
  if (m) {
    const w = s.slice(pos, pos + m.len);
    if (w === "\u591A" || w === "\u4F59") {
      const nx = s.charCodeAt(pos + 1);
      if (!loose && nx >= 13312 && nx <= 40959 && !"\u7684\u4E86\u540E\u524D\u65F6\u6765\u91CC\u4EE5\u4E07\u4EBF".includes(s[pos + 1])) return null;
    }
    if (w === "\u4E0A\u4E0B" && /* 上下游 */
    s.charCodeAt(pos + 2) === 28216) return null;
    if (w === "\u524D\u540E" && s.charCodeAt(pos + 2) === 30340 && false) return null;
    return { q: m.value, end: pos + m.len, text: w };
  }
  const c = s.charCodeAt(pos);
  if (c === 43 && !isLatin2(s.charCodeAt(pos + 1)) && !(s.charCodeAt(pos + 1) >= 48 && s.charCodeAt(pos + 1) <= 57)) {
    return { q: "more-than", end: pos + 1, text: "+" };
  }
  if (c === 45 && s.startsWith("plus", pos + 1) && !isLatin2(s.charCodeAt(pos + 5))) return { q: "more-than", end: pos + 5, text: "-plus" };
  let p = pos;
  while (isGroupSpace(s.charCodeAt(p)) && p - pos < 2) p++;
  if (p === pos) return null;
  const c0 = s.charCodeAt(p) | 32;
  if (c0 !== 111 && c0 !== 112) return null;
  const tail = s.slice(p, p + 8).toLowerCase();
  const wb = (len) => !isLatin2(s.charCodeAt(p + len));
  if (tail.startsWith("or more") && wb(7)) return { q: "more-than", end: p + 7, text: "or more" };
  if (tail.startsWith("or so") && wb(5)) return { q: "about", end: p + 5, text: "or so" };
  if (tail.startsWith("or less") && wb(7)) return { q: "at-most", end: p + 7, text: "or less" };
  if (tail.startsWith("plus") && wb(4)) {
    const nx = s.charCodeAt(p + 4);
    if (nx !== 32 || !isLatin2(s.charCodeAt(p + 5))) return { q: "more-than", end: p + 4, text: "plus" };
  }
  return null;
}

// server/src/core/figures/time.ts
var MONTHS = /* @__PURE__ */ new Map([
  ["january", 1],
  ["jan", 1],
  ["february", 2],
  ["feb", 2],
  ["march", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["may", 5],
  ["june", 6],
  ["jun", 6],
  ["july", 7],
  ["jul", 7],
  ["august", 8],
  ["aug", 8],
  ["september", 9],
  ["sept", 9],
  ["sep", 9],
  ["october", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12]
]);
var pad2 = (n) => n < 10 ? `0${n}` : String(n);
var isYear = (v) => Number.isInteger(v) && v >= 1900 && v <= 2100;
var ZH_PARTS = new Trie().add("\u4E0A\u534A\u5E74", { fromMonth: 1, toMonth: 6, label: "H1" }).add("\u4E0B\u534A\u5E74", { fromMonth: 7, toMonth: 12, label: "H2" }).add("\u5E74\u521D", { fromMonth: 1, toMonth: 4, label: "early" }).add("\u521D", { fromMonth: 1, toMonth: 4, label: "early" }).add("\u5E74\u4E2D", { fromMonth: 5, toMonth: 8, label: "mid" }).add("\u5E74\u5E95", { fromMonth: 9, toMonth: 12, label: "late" }).add("\u5E95", { fromMonth: 9, toMonth: 12, label: "late" }).add("\u5E74\u672B", { fromMonth: 9, toMonth: 12, label: "late" }).add("\u672B", { fromMonth: 9, toMonth: 12, label: "late" }).add("\u7B2C\u4E00\u5B63\u5EA6", { fromMonth: 1, toMonth: 3, label: "Q1" }).add("\u7B2C\u4E8C\u5B63\u5EA6", { fromMonth: 4, toMonth: 6, label: "Q2" }).add("\u7B2C\u4E09\u5B63\u5EA6", { fromMonth: 7, toMonth: 9, label: "Q3" }).add("\u7B2C\u56DB\u5B63\u5EA6", { fromMonth: 10, toMonth: 12, label: "Q4" }).add("\u4E00\u5B63\u5EA6", { fromMonth: 1, toMonth: 3, label: "Q1" }).add("\u4E8C\u5B63\u5EA6", { fromMonth: 4, toMonth: 6, label: "Q2" }).add("\u4E09\u5B63\u5EA6", { fromMonth: 7, toMonth: 9, label: "Q3" }).add("\u56DB\u5B63\u5EA6", { fromMonth: 10, toMonth: 12, label: "Q4" }).add("\u7B2C1\u5B63\u5EA6", { fromMonth: 1, toMonth: 3, label: "Q1" }).add("\u7B2C2\u5B63\u5EA6", { fromMonth: 4, toMonth: 6, label: "Q2" }).add("\u7B2C3\u5B63\u5EA6", { fromMonth: 7, toMonth: 9, label: "Q3" }).add("\u7B2C4\u5B63\u5EA6", { fromMonth: 10, toMonth: 12, label: "Q4" }).add("\u7B2C\u4E00\u5B63", { fromMonth: 1, toMonth: 3, label: "Q1" }).add("\u7B2C\u4E8C\u5B63", { fromMonth: 4, toMonth: 6, label: "Q2" }).add("\u7B2C\u4E09\u5B63", { fromMonth: 7, toMonth: 9, label: "Q3" }).add("\u7B2C\u56DB\u5B63", { fromMonth: 10, toMonth: 12, label: "Q4" }).add("\u9996\u5B63", { fromMonth: 1, toMonth: 3, label: "Q1" }).add("\u9996\u5B63\u5EA6", { fromMonth: 1, toMonth: 3, label: "Q1" });
function quarterCode(s, p) {
  const c = s.charCodeAt(p);
  const d = s.charCodeAt(p + 1) - 48;
  const after = s.charCodeAt(p + 2);
  if (after >= 48 && after <= 57 || after >= 65 && after <= 90 || after >= 97 && after <= 122) return void 0;
  if ((c === 81 || c === 113) && d >= 1 && d <= 4) return { part: { fromMonth: d * 3 - 2, toMonth: d * 3, label: `Q${d}` }, len: 2 };
  if ((c === 72 || c === 104) && (d === 1 || d === 2)) return { part: { fromMonth: d === 1 ? 1 : 7, toMonth: d === 1 ? 6 : 12, label: `H${d}` }, len: 2 };
  return void 0;
}
var ZH_REL_YEARS = new Trie().add("\u4ECA\u5E74", "this year").add("\u660E\u5E74", "next year").add("\u53BB\u5E74", "last year").add("\u540E\u5E74", "the year after next").add("\u524D\u5E74", "the year before last");
var EN_PARTS = /* @__PURE__ */ new Map([
  ["early", { fromMonth: 1, toMonth: 4, label: "early" }],
  ["mid", { fromMonth: 5, toMonth: 8, label: "mid" }],
  ["late", { fromMonth: 9, toMonth: 12, label: "late" }],
  ["end of", { fromMonth: 9, toMonth: 12, label: "late" }],
  ["start of", { fromMonth: 1, toMonth: 4, label: "early" }],
  ["beginning of", { fromMonth: 1, toMonth: 4, label: "early" }],
  ["first half of", { fromMonth: 1, toMonth: 6, label: "H1" }],
  ["second half of", { fromMonth: 7, toMonth: 12, label: "H2" }]
]);
function monthRange(year, from, to) {
  const y = year === null ? "-" : String(year);
  return { from: `${y}-${pad2(from)}`, to: `${y}-${pad2(to)}` };
}
function durationLabel(n, lo, hi, word) {
  const show = (x) => String(Math.round(x * 1e3) / 1e3);
  if (n !== null) return `${show(n)} ${word}${n === 1 ? "" : "s"}`;
  if (lo !== null && hi !== null) return `${show(lo)}\u2013${show(hi)} ${word}s`;
  if (lo !== null) return `${show(lo)}+ ${word}s`;
  if (hi !== null) return `up to ${show(hi)} ${word}s`;
  return `${word}s`;
}

// server/src/core/figures/scanner.ts
var CUR_PREFIX = new Trie().add("$", "USD").add("US$", "USD").add("US $", "USD").add("U.S.$", "USD").add("HK$", "HKD").add("A$", "AUD").add("C$", "CAD").add("S$", "SGD").add("NT$", "TWD").add("\xA5", "CNY").add("\u20AC", "EUR").add("\xA3", "GBP").add("RMB", "CNY").add("CNY", "CNY").add("USD", "USD").add("EUR", "EUR").add("GBP", "GBP").add("JPY", "JPY").add("HKD", "HKD").add("Rs", "INR").add("\u20B9", "INR").add("\u20A9", "KRW").add("JP\xA5", "JPY").add("CN\xA5", "CNY").add("\u4EBA\u6C11\u5E01", "CNY").add("\u65B0\u53F0\u5E01", "TWD").add("\u53F0\u5E01", "TWD").add("\u6E2F\u5E01", "HKD").add("\u7F8E\u5143", "USD");
var PRODUCT_BEFORE = /* @__PURE__ */ new Set([
  "llama",
  "claude",
  "gemini",
  "qwen",
  "mistral",
  "windows",
  "iphone",
  "ipad",
  "pixel",
  "galaxy",
  "gpt",
  "phase",
  "stage",
  "section",
  "figure",
  "fig",
  "table",
  "chapter",
  "version",
  "ver",
  "v",
  "gen",
  "generation",
  "tier",
  "level",
  "step",
  "part",
  "round",
  "series",
  "pcie",
  "ddr",
  "hbm",
  "usb",
  "grok",
  "sonnet",
  "opus",
  "haiku",
  "kimi",
  "ernie",
  "glm",
  "deepseek",
  "no",
  "number",
  "page",
  "article",
  "item",
  "episode",
  "season",
  "model",
  "python",
  "node",
  "ios",
  "android",
  "macos",
  "wave",
  "line",
  "route",
  "nvlink",
  "wifi",
  "bluetooth",
  "o",
  "r",
  "cuda",
  "rocm",
  "ubuntu",
  "java",
  "php",
  "html",
  "es",
  "ecmascript",
  "tls",
  "http",
  "ipv",
  "lte",
  "ryzen",
  "epyc",
  "xeon",
  "core",
  "covid",
  "office",
  "xbox",
  "playstation",
  "surface",
  "ddr5",
  "lpddr",
  "gddr",
  "hopper",
  "tpu",
  "nova",
  "x",
  "vol",
  "issue",
  "sec",
  "par",
  "art",
  "p"
]);
var STOP_FLAGS = new Uint8Array(65536);
for (const ch of "\u7684\u4E86\u548C\u4E0E\u53CA\u6216\u5728\u4E3A\u662F\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF01\uFF1F\uFF08\uFF09()\u201C\u201D\u2018\u2019\u300C\u300D\u300A\u300B,.;:!?\n\r \u5C06\u5E76\u800C\u4F46\u5C31\u4E5F\u90FD\u4ECE\u5411\u5BF9\u628A\u88AB\u7ED9\u8BA9") STOP_FLAGS[ch.charCodeAt(0)] = 1;
var ZH_HEAD_NOUNS = new Trie();
for (const w of ["\u96C6\u7FA4", "\u673A\u623F", "\u697C", "\u56ED\u533A", "\u9879\u76EE", "\u57FA\u5730", "\u8BBE\u65BD", "\u5DE5\u5382", "\u5382\u623F", "\u5EFA\u7B51", "\u7535\u7AD9", "\u516C\u53F8", "\u4F01\u4E1A", "\u5382\u5546", "\u8BA2\u5355", "\u5408\u540C"]) ZH_HEAD_NOUNS.add(w, true);
var EN_HEAD_NOUNS = /* @__PURE__ */ new Set([
  "building",
  "buildings",
  "cluster",
  "clusters",
  "project",
  "projects",
  "facility",
  "facilities",
  "hall",
  "halls",
  "park",
  "parks",
  "complex",
  "complexes",
  "farm",
  "farms",
  "company",
  "companies",
  "maker",
  "makers",
  "provider",
  "providers",
  "operator",
  "operators",
  "firm",
  "firms",
  "developer",
  "developers",
  "startup",
  "startups",
  "deal",
  "deals",
  "contract",
  "contracts",
  "order",
  "orders",
  "supplier",
  "suppliers",
  "stocks",
  "vendors",
  "vendor",
  "leases",
  "lease"
]);
var ZH_NOUN_ADJECTIVES = new Trie();
for (const w of ["\u5148\u8FDB\u7684", "\u6700\u5148\u8FDB\u7684", "\u65B0\u7684", "\u5168\u65B0\u7684", "\u65B0\u5EFA\u7684", "\u5927\u578B", "\u8D85\u5927\u578B", "\u5927\u89C4\u6A21", "\u8D85\u5927\u89C4\u6A21", "\u73B0\u4EE3\u5316", "\u73B0\u4EE3\u5316\u7684", "\u9AD8\u6027\u80FD", "\u65B0\u4E00\u4EE3", "\u65B0\u578B", "\u6807\u51C6"]) ZH_NOUN_ADJECTIVES.add(w, true);
var GENERIC_NOUNS = /* @__PURE__ */ new Set(["GPU", "chip", "accelerator", "server", "rack", "data center", "site", "campus", "job", "TPU"]);
var GENERIC_CHIP_NOUNS = /* @__PURE__ */ new Set(["GPU", "chip", "accelerator"]);
var OPEN_QUOTES = /* @__PURE__ */ new Set([8220, 12300, 12302, 12298, 8216]);
var CLOSE_QUOTES = /* @__PURE__ */ new Set([8221, 12301, 12303, 12299, 8217]);
var ZH_CURRENCY_BEFORE = [["\u65B0\u53F0\u5E01", "TWD"], ["\u53F0\u5E01", "TWD"], ["\u6E2F\u5E01", "HKD"], ["\u4EBA\u6C11\u5E01", "CNY"]];
var MONEY_NOUNS_AFTER_OF = /* @__PURE__ */ new Set(["investment", "investments", "funding", "spending", "capital", "debt", "revenue", "revenues", "sales", "profit", "profits", "cash", "savings", "tax", "taxes", "contracts", "contract", "deals", "orders", "public", "taxpayers", "government", "new", "additional", "private", "equity", "bonds", "assets", "losses", "cuts", "subsidies", "grants", "support", "value", "damages", "it", "its", "their", "the"]);
var MONTH_LEADS = /* @__PURE__ */ new Set(["in", "since", "by", "until", "till", "through", "from", "before", "after", "during", "last", "next", "this"]);
var ZH_HALF_UNITS = [["\u5E74", YEAR_S, "year"], ["\u4E2A\u6708", MONTH_S, "month"], ["\u4E2A\u5C0F\u65F6", 3600, "hour"], ["\u5C0F\u65F6", 3600, "hour"]];
var CHENG_WORDS = "\u5458\u672C\u4E3A\u7ACB\u4EA4\u679C\u529F\u957F\u719F\u54C1\u578B\u90FD\u7EE9\u6548\u5E74\u5C31\u4E86";
var ZH_MONTH_PARTS = ["\u4E0A\u65EC", "\u4E2D\u65EC", "\u4E0B\u65EC"];
var CHANGE_VERBS = /* @__PURE__ */ new Set(["increase", "increased", "increases", "rose", "rise", "rises", "grew", "grow", "grows", "raised", "raise", "expanded", "expand", "boosted", "boost", "cut", "cuts", "fell", "fall", "falls", "dropped", "drop", "jumped", "jump", "climbed", "climb", "reduced", "reduce", "lowered", "lower", "surged", "soared", "went", "go", "moved", "revised", "shrank", "declined", "decline", "doubled", "tripled"]);
var CJK_START = new Uint8Array(40960 - 19968);
for (const ch of "\u96F6\u3007\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u4EBF\u58F9\u8D30\u53C1\u8086\u4F0D\u9646\u67D2\u634C\u7396\u62FE\u4F70\u4EDF\u6570\u51E0\u4E0A\u6210\u534A\u7B2C\u7FFB\u4ECA\u660E\u53BB\u540E\u524D\u5E74\u4E0B\u597D\u9996\u4EBA\u65B0\u53F0\u6E2F\u7F8E") {
  const c = ch.charCodeAt(0);
  if (c >= 19968 && c < 40960) CJK_START[c - 19968] = 1;
}
var NAME_STOP = /* @__PURE__ */ new Set([
  "in",
  "on",
  "at",
  "by",
  "of",
  "to",
  "for",
  "from",
  "with",
  "within",
  "after",
  "before",
  "about",
  "around",
  "over",
  "under",
  "some",
  "nearly",
  "almost",
  "only",
  "just",
  "all",
  "up",
  "than",
  "and",
  "or",
  "but",
  "the",
  "another",
  "roughly",
  "approximately",
  "above",
  "below",
  "past",
  "least",
  "most",
  "many",
  "much",
  "last",
  "next",
  "first",
  "top",
  "those",
  "these",
  "its",
  "their",
  "our",
  "his",
  "her",
  "another",
  "every",
  "each",
  "per",
  "plus",
  "minus",
  "until",
  "till",
  "since",
  "during",
  "through",
  "across",
  "into",
  "towards",
  "toward",
  "between",
  "among",
  "as",
  "is",
  "are",
  "was",
  "were",
  "be",
  "has",
  "had",
  "have",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "can",
  "did",
  "does",
  "do",
  "hit",
  "add",
  "adds",
  "added",
  "buy",
  "bought",
  "sell",
  "sold",
  "use",
  "uses",
  "used",
  "run",
  "runs",
  "ran",
  "only",
  "even",
  "then",
  "now",
  "so",
  "if",
  "when",
  "while",
  "where",
  "total",
  "totalling",
  "totaling"
]);
var ZH_LATIN_MAKERS = /* @__PURE__ */ new Set(["nvidia", "amd", "google", "huawei", "intel", "broadcom", "ascend", "amazon", "aws", "qualcomm", "samsung", "cerebras", "groq"]);
var ZH_WEEK_BEFORE = ["\u661F\u671F", "\u793C\u62DC", "\u5468"];
var ZH_NAMES_BEFORE_NUMBER = ["\u5343\u95EE", "\u901A\u4E49", "\u6587\u5FC3", "\u6DF7\u5143", "\u8C46\u5305", "\u76D8\u53E4", "\u661F\u706B", "\u9F99\u82AF", "\u98DE\u817E", "\u6807\u666E", "\u7EB3\u6307", "\u7F57\u7D20", "\u5BCC\u65F6", "\u65E5\u7ECF", "\u6052\u6307", "\u6607\u817E", "\u9CB2\u9E4F", "\u9E92\u9E9F", "\u9A81\u9F99", "\u5929\u6CB3", "\u795E\u5A01", "\u5DE8\u50CF", "\u5929\u5BAB", "\u795E\u821F", "\u957F\u5F81", "\u5AE6\u5A25", "\u661F\u8230"];
var ZH_BAD_AFTER = { \u4E09: "\u661F\u5FC3", \u5341: "\u8DB3", \u767E: "\u5EA6\u59D3\u8D27", \u4E07: "\u4E00\u7269\u4E8B\u5206", \u56DB: "\u5904", \u4E94: "\u89D2\u6E56", \u4E5D: "\u5DDE", \u5343: "\u79CB", \u4E03: "\u5634", \u516B: "\u5366" };
function scanFigures(text) {
  const sc = new Scanner(text);
  sc.run();
  return sc.out;
}
var Scanner = class {
  s;
  o;
  n;
  out = [];
  lastEnd = 0;
  skipLineFrom = -1;
  constructor(text) {
    this.o = text;
    this.s = normalizeWidth(text);
    this.n = text.length;
  }
  run() {
    const { s, n } = this;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      let next = i + 1;
      if (isDigit2(c)) next = this.atNumeral(i);
      else if (isLatin2(c)) next = this.atLatin(i);
      else if (c >= 19968 && c < 40960) next = CJK_START[c - 19968] ? this.atCJK(i) : i + 1;
      else if (isCJK(c)) next = i + 1;
      else if (c === 36 || c === 165 || c === 8364 || c === 163 || c === 8377 || c === 8361) next = this.atNumeral(i);
      else if ((c === 45 || c === 43) && isDigit2(s.charCodeAt(i + 1)) && !isAlnum2(s.charCodeAt(i - 1)) && !isDigit2(s.charCodeAt(i - 2))) next = this.atNumeral(i);
      i = next > i ? next : i + 1;
    }
  }
  // -------------------------------------------------------------------------------------------
  // Dispatch
  atLatin(i) {
    const s = this.s;
    if (i > 0 && isAlnum2(s.charCodeAt(i - 1))) return this.skipAlnum(i);
    const we = wordEnd(s, i);
    const w = s.slice(i, we);
    const lw = w.toLowerCase();
    const after = s.charCodeAt(we);
    const cm = CUR_PREFIX.match(s, i);
    if (cm && cm.len >= we - i) {
      const p = skipSp(s, i + cm.len);
      if (isDigit2(s.charCodeAt(p)) && p - (i + cm.len) <= 1) return this.atNumeral(i);
    }
    if (after === 45 && (lw === "mid" || lw === "early" || lw === "late" || lw === "end") && isDigit2(s.charCodeAt(we + 1))) {
      const r = this.englishPeriod(i, we, lw === "end" ? "end-" : lw);
      if (r > i) return r;
    }
    if (lw === "year" && (after === 45 || after === 32) && (s.charCodeAt(we + 1) === 101 || s.charCodeAt(we + 1) === 69) && s.charCodeAt(we + 2) === 110 && s.charCodeAt(we + 3) === 100 && !isLatin2(s.charCodeAt(we + 4)) && !isLatin2(s.charCodeAt(i - 1))) {
      return this.emitPeriod(i, we + 4, null, EN_PARTS.get("end of"), "en", s.slice(i, we + 4));
    }
    if (isDigit2(after) || after === 45 && isDigit2(s.charCodeAt(we + 1)) && !isLatin2(s.charCodeAt(i - 1))) {
      const t3 = this.timeCode(i, w);
      if (t3) return t3;
      return this.skipAlnum(i);
    }
    if (after === 46 && isDigit2(s.charCodeAt(we + 1))) return this.skipAlnum(i);
    if (EN_SMALL.has(lw) || lw === "a" || lw === "an" || lw === "half" || lw === "several" || lw === "dozens" || lw === "tens" || lw === "hundreds" || lw === "thousands" || lw === "millions" || lw === "billions" || lw === "trillions" || lw === "dozen" || lw === "double" || lw === "doubled" || lw === "doubling" || lw === "triple" || lw === "tripled" || lw === "tripling" || lw === "quadruple" || lw === "quadrupled" || lw === "quadrupling" || lw === "twice" || lw.endsWith("fold") || lw === "few" || lw === "hundred" || EN_BIG.has(lw)) {
      const r = this.englishFigure(i, we, lw);
      if (r > i) return r;
    }
    if (MONTHS.has(lw) && isUpper(s.charCodeAt(i))) {
      const r = this.englishDate(i, we, lw);
      if (r > i) return r;
      if (!isLatin2(s.charCodeAt(we)) && !isDigit2(s.charCodeAt(skipSp(s, we))) && MONTH_LEADS.has(this.prevWord(i) ?? "")) {
        const iso = `--${pad2(MONTHS.get(lw))}`;
        return this.emitDate(i, we, null, { from: iso, to: iso, label: s.slice(i, we), relative: true }, null);
      }
    }
    if (lw === "early" || lw === "mid" || lw === "late" || lw === "end" || lw === "start" || lw === "beginning" || lw === "first" || lw === "second" || lw === "third" || lw === "fourth" || lw === "fiscal") {
      const r = this.englishPeriod(i, we, lw);
      if (r > i) return r;
    }
    return we;
  }
  skipAlnum(i) {
    const s = this.s;
    let j = i;
    for (; ; ) {
      while (j < this.n && isAlnum2(s.charCodeAt(j))) j++;
      const c = s.charCodeAt(j);
      if ((c === 45 || c === 46 || c === 95) && isAlnum2(s.charCodeAt(j + 1))) {
        j++;
        continue;
      }
      break;
    }
    return j;
  }
  atCJK(i) {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c < 19968 || !CJK_START[c - 19968]) return i + 1;
    const ch = String.fromCharCode(c);
    const c1 = s.charCodeAt(i + 1);
    const ry = c1 === 24180 ? ZH_REL_YEARS.match(s, i) : null;
    if (ry) {
      let p = i + 2;
      const part = ZH_PARTS.match(s, p) ?? (s.charCodeAt(p) === 24180 ? ZH_PARTS.match(s, p + 1) : null);
      if (part) {
        const len = ZH_PARTS.match(s, p) ? part.len : part.len + 1;
        return this.emitPeriod(i, p + len, null, part.value, "zh", s.slice(i, p + len));
      }
      const mo = this.zhMonthDay(p, null, i);
      if (mo > p) return mo;
      return p;
    }
    if (c === 20154 || c === 26032 || c === 21488 || c === 28207 || c === 32654) {
      const cm = CUR_PREFIX.match(s, i);
      if (!cm) return i + 1;
      const p = s.charCodeAt(i + cm.len) === 32 ? i + cm.len + 1 : i + cm.len;
      const zhAmount = isZhNumChar(s.charCodeAt(p)) && /[万亿兆]/.test(s.slice(p, p + 12));
      return isDigit2(s.charCodeAt(p)) || zhAmount ? this.atNumeral(i) : i + cm.len;
    }
    if (c === 39318) {
      const part = ZH_PARTS.match(s, i);
      return part ? this.emitPeriod(i, i + part.len, null, part.value, "zh", s.slice(i, i + part.len)) : i + 1;
    }
    if (c === 31532) {
      const part = ZH_PARTS.match(s, i);
      if (part) return this.emitPeriod(i, i + part.len, null, part.value, "zh", s.slice(i, i + part.len));
      let j = i + 1;
      while (j < this.n && (isZhNumChar(s.charCodeAt(j)) || isDigit2(s.charCodeAt(j)))) j++;
      return j;
    }
    if (ch === "\u5E74" || ch === "\u4E0A" || ch === "\u4E0B" || ch === "\u4E00" || ch === "\u4E8C" || ch === "\u4E09" || ch === "\u56DB") {
      const part = ZH_PARTS.match(s, i);
      if (part && part.len >= 2 && !(part.value.label === "early" && ch !== "\u5E74") && !isDigit2(s.charCodeAt(i - 1))) {
        const prev = s.charCodeAt(i - 1);
        if (!(ch === "\u5E74" && (prev === 36817 || isZhNumChar(prev)))) {
          return this.emitPeriod(i, i + part.len, null, part.value, "zh", s.slice(i, i + part.len));
        }
      }
    }
    if (ch === "\u7FFB") return this.zhDouble(i);
    if (ch === "\u767E" && s.startsWith("\u767E\u5206\u4E4B", i)) return this.zhPercentOf(i);
    if (ch === "\u6570" || ch === "\u51E0") return this.zhVague(i);
    if (ch === "\u597D") return s.charCodeAt(i + 1) === 20960 ? this.zhVague(i + 1, i) : i + 1;
    if (ch === "\u4E0A" || ch === "\u6210") return this.zhVague(i);
    if (ch === "\u534A" || ch === "\u4E00" && s.charCodeAt(i + 1) === 21322) return this.zhHalf(i);
    if (isZhNumChar(c)) return this.atNumeral(i);
    return i + 1;
  }
  // -------------------------------------------------------------------------------------------
  // Sides: [currency] [sign] numeral [多] [scale]
  parseSide(i) {
    const s = this.s;
    let p = i;
    let cur;
    const cm = CUR_PREFIX.match(s, p);
    if (cm) {
      const last = s.charCodeAt(p + cm.len - 1);
      if (isLatin2(last) && isLatin2(s.charCodeAt(p + cm.len))) return null;
      cur = cm.value;
      p = skipSp(s, p + cm.len);
      if (p - (i + cm.len) > 1) return null;
    }
    let sign = 1;
    const c0 = s.charCodeAt(p);
    if ((c0 === 45 || c0 === 43 || c0 === 8722) && isDigit2(s.charCodeAt(p + 1))) {
      sign = c0 === 43 ? 1 : -1;
      p++;
    }
    const c = s.charCodeAt(p);
    let side;
    if (isDigit2(c)) {
      const a = readArabic(s, p, this.o);
      side = {
        start: i,
        end: a.end,
        v: a.value,
        lo: null,
        hi: null,
        vague: false,
        more: false,
        cur,
        scale: 1,
        scaleText: "",
        lang: "en",
        src: "ar",
        a,
        isOne: a.value === 1 && !a.decimal,
        sign,
        bareOK: true
      };
    } else if (isZhNumChar(c)) {
      const pr = this.zhPair(p);
      if (pr) {
        return {
          start: i,
          end: pr.end,
          v: null,
          lo: pr.lo,
          hi: pr.hi,
          vague: false,
          more: false,
          cur,
          scale: 1,
          scaleText: "",
          lang: "zh",
          src: "vz",
          isOne: false,
          sign,
          bareOK: true,
          pair: true
        };
      }
      const z = readChinese(s, p);
      side = {
        start: i,
        end: z.end,
        v: z.value,
        lo: null,
        hi: null,
        vague: false,
        more: false,
        cur,
        scale: 1,
        scaleText: "",
        lang: "zh",
        src: "zh",
        z,
        isOne: z.value === 1 && z.single,
        sign,
        bareOK: z.hasBig
      };
      if (s.charCodeAt(z.end) === 20960 && z.lastUnit >= 10 && z.lastUnit <= 1e3 && !z.digitString && z.value % z.lastUnit === 0) {
        const step = z.lastUnit / 10;
        side.lo = z.value + step;
        side.hi = z.value + 9 * step;
        side.v = null;
        side.vague = true;
        side.end = z.end + 1;
        side.isOne = false;
      }
    } else if (isLatin2(c)) {
      const e = readEnglish(s, p);
      if (!e) return null;
      side = {
        start: i,
        end: e.end,
        v: e.value,
        lo: null,
        hi: null,
        vague: false,
        more: false,
        cur,
        scale: 1,
        scaleText: "",
        lang: "en",
        src: "en",
        isOne: e.isOne,
        sign,
        bareOK: e.scaled
      };
    } else return null;
    this.readScale(side);
    return side;
  }
  /** 三四, 五六千, 两三万, 一两: two consecutive digits read as a range, times a magnitude. */
  zhPair(p) {
    const s = this.s;
    const d1 = ZH_DIGITS.get(s.charCodeAt(p));
    if (d1 === void 0 || d1 === 0) return null;
    const d2 = ZH_DIGITS.get(s.charCodeAt(p + 1));
    if (d2 === void 0 || d2 !== d1 + 1 || ZH_DIGITS.has(s.charCodeAt(p + 2)) || s.charCodeAt(p - 1) === 31532) return null;
    if (isZhNumChar(s.charCodeAt(p - 1))) return null;
    const mag = this.magnitudeRun(p + 2);
    if (s.charCodeAt(p + 2 + mag.len) === 28857) return null;
    return { lo: d1 * mag.m, hi: d2 * mag.m, end: p + 2 + mag.len };
  }
  readScale(side) {
    const s = this.s;
    let p = side.end;
    if (side.src === "ar" || side.src === "zh") {
      const cc = s.charCodeAt(p);
      if ((cc === 22810 || cc === 20313) && side.v !== null) {
        const nx = p + 1;
        const sc2 = ZH_SCALES.match(s, nx);
        const un = ZH_UNITS.match(s, nx);
        if (sc2 || un && !un.value.weak) {
          let step = 1;
          if (side.src === "ar") step = Math.pow(10, side.a.trailingZeros);
          else step = side.z.lastUnit > 1 && side.v % side.z.lastUnit === 0 ? side.z.lastUnit : 1;
          if (side.src === "zh" && side.z.lastUnit >= 1e4) step = side.z.lastUnit;
          side.more = true;
          side.lo = side.v;
          side.hi = side.v + step;
          p = nx;
          side.end = nx;
        }
      }
      const q = side.src === "ar" ? skipSp(s, p) : p;
      if (s.charCodeAt(q) === 20806 && side.src === "zh" && side.v !== null && ZH_DIGITS.has(s.charCodeAt(q + 1))) {
        const z = readChinese(s, q + 1);
        if (z.hasBig && z.lastUnit === 1e8 && Number.isFinite(z.value)) {
          side.v = side.v * 1e4 + z.value / 1e8;
          side.scale = 1e8;
          side.scaleText = "\u4EBF";
          side.end = z.end;
          return;
        }
      }
      if (s.charCodeAt(q) === 20806 && side.src === "ar" && side.v !== null && isDigit2(s.charCodeAt(q + 1))) {
        let k = q + 1;
        while (isDigit2(s.charCodeAt(k)) && k - q <= 4) k++;
        if (s.charCodeAt(k) === 20159) {
          side.v = side.v * 1e4 + Number(s.slice(q + 1, k));
          side.scale = 1e8;
          side.scaleText = "\u4EBF";
          side.end = k + 1;
          let m = k + 1;
          while (isDigit2(s.charCodeAt(m)) && m - k <= 4) m++;
          if (m > k + 1 && s.charCodeAt(m) === 19975) {
            side.v += Number(s.slice(k + 1, m)) / 1e4;
            side.end = m + 1;
          }
          return;
        }
      }
      if (s.charCodeAt(q) === 20806 && /^(?:元|美元|日元|韩元|新?台币|港元|欧元)/.test(s.slice(q + 1, q + 4))) {
        side.scale = 1e12;
        side.scaleText = "\u5146";
        side.end = q + 1;
        return;
      }
      const sc = ZH_SCALES.match(s, q);
      if (sc && !(side.src === "zh" && sc.value < 1e4)) {
        side.scale = sc.value;
        side.scaleText = s.slice(q, q + sc.len);
        side.end = q + sc.len;
        if (side.src === "ar" && side.v !== null && sc.value === 1e8 && isDigit2(s.charCodeAt(side.end))) {
          let k = side.end;
          while (isDigit2(s.charCodeAt(k)) && k - side.end < 4) k++;
          if (s.charCodeAt(k) === 19975 && !isDigit2(s.charCodeAt(k))) {
            side.v += Number(s.slice(side.end, k)) / 1e4;
            side.end = k + 1;
            return;
          }
        }
        const c2 = s.charCodeAt(side.end);
        if ((c2 === 22810 || c2 === 20313) && !side.more && side.v !== null) {
          const un = ZH_UNITS.match(s, side.end + 1);
          if (un && !un.value.weak) {
            side.more = true;
            side.lo = side.v;
            side.hi = side.v + 1;
            side.end++;
          }
        }
        return;
      }
      if (side.src === "zh") return;
    }
    if (side.src === "ar") {
      let e = p;
      while (e < this.n && e - p < 3 && isLatin2(s.charCodeAt(e))) e++;
      if (e > p && !isAlnum2(s.charCodeAt(e))) {
        const w = s.slice(p, e);
        const m = EN_SCALE_LETTERS.get(w) ?? (w.length > 1 ? EN_SCALE_WORDS.get(w.toLowerCase()) : void 0);
        const upperSingle = w === "B" || w === "M" || w === "T";
        if (m !== void 0 && !(upperSingle && !side.cur && !side.a.decimal) && !(w === "m" && !side.cur && this.looksMetres(e))) {
          side.scale = m;
          side.scaleText = w;
          side.end = e;
          return;
        }
      }
      const joiner = s.charCodeAt(p);
      const scaleEnd = joiner === 45 ? wordEnd(s, p + 1) : p;
      const hyphenCurrency = joiner === 45 && !side.cur && /^-(?:dollar|yuan|euro|pound)\b/i.test(s.slice(scaleEnd, scaleEnd + 8));
      if ((joiner === 43 || joiner === 45) && (side.cur || hyphenCurrency)) {
        const q2 = joiner === 43 ? skipSp(s, p + 1) : p + 1;
        const we2 = wordEnd(s, q2);
        const m2 = EN_SCALE_WORDS.get(s.slice(q2, we2).toLowerCase());
        if (m2 !== void 0 && m2 >= 1e6 && q2 - p <= 2 && !isDigit2(s.charCodeAt(we2))) {
          side.scale = m2;
          side.scaleText = s.slice(q2, we2);
          side.end = we2;
          if (joiner === 43) side.plus = true;
          return;
        }
      }
      const q = skipSp(s, p);
      if (q > p && q - p <= 2) {
        const we = wordEnd(s, q);
        const w = s.slice(q, we).toLowerCase();
        const m = EN_SCALE_WORDS.get(w);
        if (m !== void 0 && w !== "k" && !isDigit2(s.charCodeAt(we))) {
          side.scale = m;
          side.scaleText = s.slice(q, we);
          side.end = we;
          return;
        }
        if (w === "hundred") {
          const q2 = skipSp(s, we);
          const w2 = s.slice(q2, wordEnd(s, q2)).toLowerCase();
          const m2 = EN_SCALE_WORDS.get(w2);
          if (m2 !== void 0 && q2 > we) {
            side.scale = 100 * m2;
            side.scaleText = s.slice(q, wordEnd(s, q2));
            side.end = wordEnd(s, q2);
          } else {
            side.scale = 100;
            side.scaleText = s.slice(q, we);
            side.end = we;
          }
        }
      }
    }
  }
  looksMetres(_e) {
    return false;
  }
  // -------------------------------------------------------------------------------------------
  // Units
  readUnit(pos, side) {
    const s = this.s;
    if (s.charCodeAt(pos) === 45 && isLatin2(s.charCodeAt(pos + 1))) {
      const h = this.latinUnit(pos + 1, true);
      if (h) return { ...h, start: pos, hyphen: true };
      return null;
    }
    const q = skipSp(s, pos);
    if (q - pos > 2) return null;
    const zh = ZH_UNITS.match(s, q);
    if (zh) {
      let end = q + zh.len;
      const def = zh.value;
      if (def.weak && def.unit === "Wh") {
        if (!(side.scale >= 1e4 || side.src === "ar" || side.z?.hasBig || s.charCodeAt(end) === 30005)) return null;
        if (s.charCodeAt(end) === 30005) end++;
      }
      if (def.weak && def.unit === "percent" && side.src !== "zh" && !(side.src === "ar" && side.v !== null && side.v > 0 && side.v <= 10 && !CHENG_WORDS.includes(s[end] ?? ""))) return null;
      if (def.weak && def.unit === "percent") {
        if (s.startsWith("\u6210\u4E0D\u53D8", q) || s.charCodeAt(q + 1) === 20026 || s.charCodeAt(q + 1) === 21151 || s.charCodeAt(q + 1) === 26412) return null;
      }
      if (def.weak && def.classifier) return null;
      if (def.unit === "CNY" && s.startsWith("\u4EBA\u6C11\u5E01", end)) end += 3;
      if (def.kind === "duration" && def.timeWord === "year" && s.charCodeAt(end) === 20195) return null;
      return { def, start: q, end, text: s.slice(q, end) };
    }
    const lu = this.latinUnit(q, q === pos);
    if (lu) return lu;
    return null;
  }
  latinUnit(q, attached) {
    const s = this.s;
    const w = EN_WORDS.match(s, q, true);
    const y = EN_SYMBOLS.match(s, q, false);
    let best = null;
    if (w && !isAlnum2(s.charCodeAt(q + w.len)) && !isLatin2(s.charCodeAt(q - 1)) && !(isUpper(s.charCodeAt(q)) && isLower(s.charCodeAt(q + 1)))) best = { def: w.value, start: q, end: q + w.len, text: s.slice(q, q + w.len) };
    if (y && (!best || y.len > best.end - q)) {
      const last = s.charCodeAt(q + y.len - 1);
      const okB = !isAlnum2(s.charCodeAt(q + y.len)) || !isAlnum2(last);
      const txt = s.slice(q, q + y.len);
      const needAttach = txt === "x" || txt === "X";
      if (okB && (!needAttach || attached) && !isLatin2(s.charCodeAt(q - 1))) best = { def: y.value, start: q, end: q + y.len, text: txt };
    }
    return best;
  }
  /** A counted noun at pos (adjacent) or within a short clause (Chinese). */
  readNoun(pos, lang, allowFar) {
    const s = this.s;
    let p = pos;
    let br = false;
    for (let k = 0; k < 2; k++) {
      const m = BRANDS.match(s, p);
      if (m) {
        p += m.len;
        br = true;
        continue;
      }
      const l = lang === "zh" && isGroupSpace(s.charCodeAt(p)) && isLatin2(s.charCodeAt(p + 1)) ? p + 1 : p;
      if (lang === "zh" && isLatin2(s.charCodeAt(l)) && !isLatin2(s.charCodeAt(l - 1))) {
        const we = wordEnd(s, l);
        const next = s.charCodeAt(we);
        if (we - l >= 3 && we - l <= 8 && ZH_LATIN_MAKERS.has(s.slice(l, we).toLowerCase()) && (isGroupSpace(next) || next >= 19968 && next < 40960) && we + 1 < this.n) {
          p = skipSp(s, we);
          br = true;
          continue;
        }
      }
      break;
    }
    const q = skipSp(s, p);
    const zn = ZH_NOUNS.match(s, q);
    if (zn) return this.headOf({ noun: zn.value, end: q + zn.len, adjacent: q - pos <= 1 || br });
    const en = this.englishNoun(q, 0);
    if (en) {
      if (lang === "zh" && s.startsWith("\u7CFB\u5217", en.end)) {
        const series = ZH_NOUNS.match(s, en.end + 2);
        if (series) return { noun: series.value, end: en.end + 2 + series.len, adjacent: false };
      }
      return this.headOf({ noun: en.noun, end: en.end, adjacent: true });
    }
    const adj = isCJK(s.charCodeAt(q)) ? ZH_NOUN_ADJECTIVES.match(s, q) : null;
    if (adj) {
      const after = skipSp(s, q + adj.len);
      const noun = ZH_NOUNS.match(s, after);
      if (noun) return this.headOf({ noun: noun.value, end: after + noun.len, adjacent: false });
    }
    if (!allowFar || lang !== "zh") return null;
    let found = null;
    let j = pos;
    const lim = Math.min(this.n, pos + 12);
    while (j < lim) {
      const c = s.charCodeAt(j);
      if (c < 65536 && STOP_FLAGS[c] === 1) break;
      const m = ZH_NOUNS.match(s, j);
      if (m) {
        found = { noun: m.value, end: j + m.len };
        j += m.len;
        continue;
      }
      if (isLatin2(c)) {
        const en2 = this.englishNoun(j, 0);
        if (en2) {
          found = en2;
          j = en2.end;
          continue;
        }
        j = wordEnd(s, j);
        continue;
      }
      if (!isCJK(c)) break;
      j++;
    }
    return found ? this.headOf({ ...found, adjacent: false }) : null;
  }
  /**
   * The head of the noun phrase a counted noun starts. Nouns compound to the right in both
   * languages: in "GPU服务器", "GPU servers" the count is of servers; in "四栋数据中心机房楼",
   * "10座GPU超级计算集群", "eight data center buildings" the known noun only says what kind of
   * building or cluster is counted, so the figure gets no noun and its span stops before it.
   */
  headOf(found) {
    const s = this.s;
    const e = found.end;
    const c = s.charCodeAt(e);
    const model = !GENERIC_NOUNS.has(found.noun);
    if (isCJK(c)) {
      const next = ZH_NOUNS.match(s, e);
      if (next) return model && GENERIC_CHIP_NOUNS.has(next.value) ? { ...found, end: e + next.len } : { noun: next.value, end: e + next.len, adjacent: found.adjacent };
      for (let k = e; k < e + 5 && k < this.n; k++) {
        const d = s.charCodeAt(k);
        if (!isCJK(d) || STOP_FLAGS[d] === 1) break;
        if (ZH_HEAD_NOUNS.match(s, k)) return null;
      }
      return found;
    }
    if (c === 32 && isLatin2(s.charCodeAt(e + 1))) {
      const we = wordEnd(s, e + 1);
      if (we - (e + 1) > 14) return found;
      const word = s.slice(e + 1, we).toLowerCase();
      const next = EN_NOUNS.match(s, e + 1, true);
      if (next && !isAlnum2(s.charCodeAt(e + 1 + next.len))) return model && GENERIC_CHIP_NOUNS.has(next.value) ? { ...found, end: e + 1 + next.len } : { noun: next.value, end: e + 1 + next.len, adjacent: found.adjacent };
      if (EN_HEAD_NOUNS.has(word)) return null;
    }
    return found;
  }
  /** English noun (possibly after up to `adj` brand/adjective words): GPUs, data centers, H100s. */
  englishNoun(q, adj) {
    const s = this.s;
    let p = q;
    let best = null;
    for (let k = 0; k <= adj + 1; k++) {
      const m = EN_NOUNS.match(s, p, true);
      if (m && !isAlnum2(s.charCodeAt(p + m.len)) && !isLatin2(s.charCodeAt(p - 1))) {
        best = { noun: m.value, end: p + m.len };
        const p22 = skipSp(s, best.end);
        if (p22 > best.end && p22 - best.end <= 1) {
          const m2 = EN_NOUNS.match(s, p22, true);
          if (m2 && !isAlnum2(s.charCodeAt(p22 + m2.len))) best = { noun: m2.value, end: p22 + m2.len };
        }
        return best;
      }
      const model = this.readModel(p);
      if (model) {
        best = model;
        const p22 = skipSp(s, model.end);
        if (p22 > model.end && p22 - model.end <= 1) {
          const m2 = EN_NOUNS.match(s, p22, true);
          if (m2 && !isAlnum2(s.charCodeAt(p22 + m2.len))) best = { noun: m2.value, end: p22 + m2.len };
        }
        return best;
      }
      if (k >= adj) break;
      const we = wordEnd(s, p);
      if (we === p) break;
      const w = s.slice(p, we).toLowerCase();
      if (!EN_BRANDS.has(w) && !(isUpper(s.charCodeAt(p)) && we - p <= 8 && k === 0 && adj > 0 && /*Brand-like*/
      true)) break;
      const p2 = skipSp(s, we);
      if (p2 === we || p2 - we > 1) break;
      p = p2;
    }
    return null;
  }
  /**
   * End of a stock code filling a bracket that follows a name: 4–6 digits, optionally an exchange
   * suffix (.HK, .SH, .SZ, .TW, .T, .KS). A bare 19xx/20xx is a year, and "(2025)" after a
   * name stays one; a leading zero or a suffix is always a code. 0 when it is not a code.
   */
  stockCodeEnd(i) {
    const s = this.s;
    let k = i;
    while (isDigit2(s.charCodeAt(k)) && k - i <= 6) k++;
    const digits = k - i;
    if (digits < 4 || digits > 6) return 0;
    let suffix = false;
    if (s.charCodeAt(k) === 46 && isUpper(s.charCodeAt(k + 1))) {
      let e = k + 1;
      while (isUpper(s.charCodeAt(e)) && e - k <= 3) e++;
      if (e - k - 1 > 2) return 0;
      k = e;
      suffix = true;
    }
    const close = s.charCodeAt(k);
    if (close !== 41 && close !== 65289) return 0;
    const before = s.charCodeAt(s.charCodeAt(i - 2) === 32 ? i - 3 : i - 2);
    if (!(isCJK(before) || suffix && isLatin2(before))) return 0;
    if (suffix || s.charCodeAt(i) === 48 || digits !== 4) return k + 1;
    const v = Number(s.slice(i, k));
    return v >= 1900 && v <= 2100 ? 0 : k + 1;
  }
  /** Chip model names: H100, GB200, MI300X, B200, A100, H20, L40S (+ plural s). */
  readModel(p) {
    const s = this.s;
    if (isAlnum2(s.charCodeAt(p - 1))) return null;
    let j = p;
    while (j < this.n && isUpper(s.charCodeAt(j)) && j - p < 3) j++;
    const L = j - p;
    if (L === 0) return null;
    const d0 = j;
    while (j < this.n && isDigit2(s.charCodeAt(j)) && j - d0 < 4) j++;
    if (j - d0 < 2) return null;
    while (j < this.n && isUpper(s.charCodeAt(j)) && j - d0 < 7) j++;
    let noun = s.slice(p, j);
    if (s.charCodeAt(j) === 115 && !isAlnum2(s.charCodeAt(j + 1))) j++;
    if (isAlnum2(s.charCodeAt(j))) return null;
    if (s.charCodeAt(j) === 45 && isAlnum2(s.charCodeAt(j + 1))) return null;
    return { noun, end: j };
  }
  // -------------------------------------------------------------------------------------------
  // The main path: numeral → figure
  atNumeral(i) {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === 43 && isDigit2(s.charCodeAt(i + 1))) {
      const ph = this.phoneEnd(i + 1, true);
      if (ph > i + 1) return ph;
    }
    if (isDigit2(c)) {
      const prev = s.charCodeAt(i - 1);
      if (isLatin2(prev) || prev === 46 && isDigit2(s.charCodeAt(i - 2)) || prev === 95 && isAlnum2(s.charCodeAt(i - 2))) return this.skipAlnum(i);
      if (prev === 31532) return this.skipDigits(i);
      if (prev >= 19968 && prev < 40960 && ZH_NAMES_BEFORE_NUMBER.some((w) => s.startsWith(w, i - w.length))) return this.skipAlnum(i);
      if (prev === 91) {
        let k = i;
        while (isDigit2(s.charCodeAt(k)) && k - i < 3) k++;
        if (s.charCodeAt(k) === 93) return k + 1;
      }
      {
        let k = i;
        while (isDigit2(s.charCodeAt(k))) k++;
        const letterTerm = (at) => isUpper(s.charCodeAt(at)) && !isLatin2(s.charCodeAt(at + 1)) && !isLatin2(s.charCodeAt(at - 1));
        if (prev === 43 && letterTerm(i - 2) || s.charCodeAt(k) === 43 && letterTerm(k + 1)) {
          while (isAlnum2(s.charCodeAt(k)) || s.charCodeAt(k) === 43 && isAlnum2(s.charCodeAt(k + 1))) k++;
          return k;
        }
      }
      if (prev === 40 || prev === 65288) {
        const code = this.stockCodeEnd(i);
        if (code > i) return code;
      }
      const ph = this.phoneEnd(i);
      if (ph > i) return ph;
    }
    if (isZhNumChar(c)) {
      const prev = s.charCodeAt(i - 1);
      if (prev === 31532) return this.skipZh(i);
      if (s.charCodeAt(i + 1) === 24230 && s.charCodeAt(i + 2) !== 30005 && "\u4E24\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D".includes(s[i]) && !isZhNumChar(s.charCodeAt(i - 1))) {
        return this.emitSimple(i, i + 2, "count", s[i] === "\u4E24" ? 2 : ZH_DIGITS.get(c) ?? 0, "count", prefixQualifier(s, i));
      }
      if (OPEN_QUOTES.has(prev)) {
        let k = i;
        let amount = false;
        for (; k - i < 6 && isCJK(s.charCodeAt(k)); k++) if ("\u4E07\u4EBF\u5146\u5143".includes(s[k])) amount = true;
        if (CLOSE_QUOTES.has(s.charCodeAt(k)) && !amount) return k + 1;
      }
      for (const w of ZH_WEEK_BEFORE) if (s.startsWith(w, i - w.length)) return this.skipZh(i);
      const bad = ZH_BAD_AFTER[s[i]];
      if (bad && bad.includes(s[i + 1]) && !(s[i] === "\u5341" && s[i + 2] === "\u4E4B")) return i + 2;
      if (s[i] === "\u5341" && s[i + 1] === "\u5206" && s[i + 2] !== "\u4E4B") return i + 2;
      if (s[i] === "\u5343" && s[i + 1] === "\u4E07" && !this.followsUnitSoon(i + 2)) return i + 2;
      if (s[i] === "\u4EBF" && s[i + 1] === "\u4E07" && (s[i + 2] === "\u5BCC" || s[i + 2] === "\u8EAB" || s[i + 2] === "\u5BB6")) return i + 2;
      if (s[i] === "\u4E00" && (s[i + 1] === "\u4E9B" || s[i + 1] === "\u76F4" || s[i + 1] === "\u5EA6" || s[i + 1] === "\u5B9A")) return i + 2;
    }
    if (isZhNumChar(c) && !ZH_DIGITS.has(c)) {
      const u2 = ZH_UNITS.match(s, i);
      if (u2) return i + u2.len;
    }
    const side = this.parseSide(i);
    if (!side) return i + 1;
    const skip = Math.max(side.end, i + 1);
    if (side.src === "ar") {
      const a = side.a;
      if (a.huge || Number.isNaN(a.value)) return skip;
      if (a.version) return skip;
      if (this.isTimeOfDay(side)) return this.skipTime(side.end);
      if (this.isMarker(side)) {
        if (this.skipLineFrom === side.end) {
          let k = side.end;
          while (k < this.n && !isNewline(s.charCodeAt(k)) && k - side.end < 60) k++;
          return k;
        }
        return skip;
      }
      const pw = this.prevWord(side.start);
      if (pw && PRODUCT_BEFORE.has(pw) && side.scale === 1 && !side.cur) return this.skipAlnum(side.start);
      if (pw && side.scale === 1 && !side.cur && side.sign === 1 && a.intDigits <= 2 && !a.decimal && !a.grouped && this.isNameBefore(side.start, pw) && !this.readUnit(side.end, side)) {
        return this.skipAlnum(side.start);
      }
    }
    if (side.src === "ar" && !/[万亿]/.test(side.scaleText) && isLatin2(s.charCodeAt(side.end)) && !this.latinUnit(side.end, true) && !(side.end > 0 && s.charCodeAt(side.end) === 101)) {
      return this.skipAlnum(side.start);
    }
    if (side.src === "zh" && s.startsWith("\u5206\u4E4B", side.end)) return this.zhFraction(side);
    const r = this.complete(side);
    return r > i ? r : skip;
  }
  skipDigits(i) {
    let j = i;
    while (j < this.n && (isDigit2(this.s.charCodeAt(j)) || this.s.charCodeAt(j) === 46)) j++;
    return j;
  }
  skipZh(i) {
    let j = i;
    while (j < this.n && isZhNumChar(this.s.charCodeAt(j))) j++;
    return j;
  }
  followsUnitSoon(p) {
    return ZH_UNITS.match(this.s, p) !== null || this.latinUnit(skipSp(this.s, p), false) !== null;
  }
  /**
   * "Colossus 2", "Stargate 2", "Llama 3": a capitalised word (not a function word, hedge or
   * month) one space before a small number names a thing. "Meta's 2 GW" keeps its figure (the
   * caller also keeps any number followed by a unit).
   */
  isNameBefore(start, pw) {
    const s = this.s;
    if (!isGroupSpace(s.charCodeAt(start - 1)) || isGroupSpace(s.charCodeAt(start - 2))) return false;
    const b = start - 1 - pw.length;
    if (b < 0 || !isUpper(s.charCodeAt(b)) || isLatin2(s.charCodeAt(b - 1)) || s.charCodeAt(b - 1) === 39 || s.charCodeAt(b - 1) === 8217) return false;
    if (pw.length < 2 || NAME_STOP.has(pw) || MONTHS.has(pw)) return false;
    return true;
  }
  prevWord(start) {
    const s = this.s;
    let e = start;
    let sp = 0;
    while (e > 0 && (isGroupSpace(s.charCodeAt(e - 1)) || s.charCodeAt(e - 1) === 45 || s.charCodeAt(e - 1) === 46 && sp === 0) && sp < 2) {
      e--;
      sp++;
    }
    let b = e;
    while (b > 0 && isLatin2(s.charCodeAt(b - 1)) && e - b < 12) b--;
    if (b === e) return null;
    return s.slice(b, e).toLowerCase();
  }
  /** Phone numbers: +1 555 123 4567, (555) 123-4567, 555-123-4567, 010-12345678, 13800138000. */
  phoneEnd(i, plusSign = false) {
    const s = this.s;
    let j = i;
    let groups = 0;
    let digits = 0;
    let seps = 0;
    let maxG = 0;
    let lastSep = "";
    let hyphens = 0;
    while (j < this.n && j - i < 24) {
      let k = j;
      while (k < this.n && isDigit2(s.charCodeAt(k))) k++;
      if (k === j) break;
      if (groups > 0 && k - j === 1) return i;
      groups++;
      digits += k - j;
      maxG = Math.max(maxG, k - j);
      j = k;
      const c = s.charCodeAt(j);
      if ((c === 45 || c === 32 || c === 46) && isDigit2(s.charCodeAt(j + 1))) {
        if (c === 46 && groups === 1 && true) {
        }
        lastSep = s[j];
        if (c === 45) hyphens++;
        seps++;
        j++;
        continue;
      }
      break;
    }
    const before = s.charCodeAt(i - 1);
    const plus = plusSign || before === 43 || before === 40;
    if (groups >= 3 && digits >= 10 && seps === groups - 1 && lastSep === " " && this.hasFourGroup(i, j)) return j;
    if (groups === 1 && digits === 11 && s.charCodeAt(i) === 49 && s.charCodeAt(i + 1) >= 51 && !isDigit2(s.charCodeAt(j))) {
      const nx = skipSp(s, j);
      if (!ZH_UNITS.match(s, nx) && !ZH_SCALES.match(s, nx)) return j;
    }
    if (groups >= 3 && digits >= 9 && hyphens >= 1 && lastSep !== "." && !this.isIsoDate(i)) return j;
    if (groups >= 3 && digits >= 9 && plus) return j;
    if (groups === 2 && hyphens === 1 && digits >= 10 && maxG >= 7) return j;
    if (before === 40 && s.charCodeAt(i + 3) === 41 && isDigit2(s.charCodeAt(i + 5))) {
      let k = i + 4;
      k = skipSp(s, k);
      let d = 0;
      while (k < this.n && (isDigit2(s.charCodeAt(k)) || s.charCodeAt(k) === 45) && d < 10) {
        k++;
        d++;
      }
      if (d >= 7) return k;
    }
    return i;
  }
  hasFourGroup(i, j) {
    let k = i;
    while (k < j && isDigit2(this.s.charCodeAt(k))) k++;
    while (k < j) {
      k++;
      const g2 = k;
      while (k < j && isDigit2(this.s.charCodeAt(k))) k++;
      if (k - g2 === 4) return true;
    }
    return false;
  }
  isIsoDate(i) {
    const s = this.s;
    return isDigit2(s.charCodeAt(i + 3)) && s.charCodeAt(i + 4) === 45 && isDigit2(s.charCodeAt(i + 5)) && isDigit2(s.charCodeAt(i + 6)) && s.charCodeAt(i + 7) === 45;
  }
  isTimeOfDay(side) {
    const s = this.s;
    const a = side.a;
    if (side.cur || side.scale !== 1 || a.decimal || a.grouped) return false;
    const e = side.end;
    const c = s.charCodeAt(e);
    if (c === 58 && isDigit2(s.charCodeAt(e + 1)) && isDigit2(s.charCodeAt(e + 2)) && a.intDigits <= 2) return true;
    const q = skipSp(s, e);
    const c0 = s.charCodeAt(q) | 32;
    if ((c0 === 97 || c0 === 112) && a.value <= 12) {
      const c1 = s.charCodeAt(q + 1);
      if ((c1 | 32) === 109 && !isLatin2(s.charCodeAt(q + 2))) return true;
      if (c1 === 46 && (s.charCodeAt(q + 2) | 32) === 109) return true;
    }
    if ((c === 28857 || c === 26102) && a.value <= 24 && isDigit2(s.charCodeAt(e + 1))) {
      let k = e + 1;
      while (isDigit2(s.charCodeAt(k))) k++;
      if (s.charCodeAt(k) === 20998) return true;
    }
    if ((c === 28857 || c === 26102) && a.value <= 24 && !isDigit2(s.charCodeAt(e + 1))) {
      if (s.charCodeAt(e + 1) === 38047 || c === 28857 || c === 26102) return true;
    }
    return false;
  }
  skipTime(e) {
    const s = this.s;
    let j = e;
    while (j < this.n && (isDigit2(s.charCodeAt(j)) || s.charCodeAt(j) === 58 || s.charCodeAt(j) === 28857 || s.charCodeAt(j) === 26102 || s.charCodeAt(j) === 20998)) j++;
    return j;
  }
  isMarker(side) {
    const s = this.s;
    const a = side.a;
    if (side.cur || side.sign !== 1) return false;
    const st = side.start;
    const prev = s.charCodeAt(st - 1);
    const nx = s.charCodeAt(side.end);
    if ((prev === 91 || prev === 94) && nx === 93) return true;
    if (prev === 95 && nx === 95) return true;
    if ((prev === 40 || prev === 65288) && (nx === 41 || nx === 65289) && a.intDigits <= 2 && !a.decimal && side.scale === 1) return true;
    if (side.scale !== 1 || a.decimal || a.grouped) return false;
    let b = st;
    while (b > 0 && isGroupSpace(s.charCodeAt(b - 1))) b--;
    const atLineStart = b === 0 || isNewline(s.charCodeAt(b - 1)) || s.charCodeAt(b - 1) === 62;
    if (!atLineStart) return false;
    if (a.leadingZero) return true;
    if (a.intDigits <= 2 && (nx === 46 || nx === 41 || nx === 12289 || nx === 65289) && !isDigit2(s.charCodeAt(side.end + 1))) return true;
    if (a.intDigits <= 2 && isGroupSpace(nx)) {
      const q = skipSp(s, side.end);
      if (q - side.end >= 1 && isCJK(s.charCodeAt(q)) && !ZH_UNITS.match(s, q)?.value.kind.match(/power|energy|money|area|length|volume|mass|percent/)) return true;
    }
    return false;
  }
  /**
   * Turns a side into a figure: prefix hedge, year/date forms, unit, range, noun, suffix hedge.
   * Returns the position to continue from.
   */
  complete(A) {
    const s = this.s;
    if (A.src === "ar" && !A.cur && A.scale === 1 && !A.more && A.sign === 1) {
      const t3 = this.yearForms(A, A.a.intDigits === 4 ? this.prefixAt(A.start) : null);
      if (t3 > 0) return t3;
    } else if (A.src === "zh" && A.z.digitString && s.charCodeAt(A.end) === 24180 && isYear(A.v)) {
      return this.emitYear(A, A.end + 1, this.prefixAt(A.start), "zh");
    }
    if (A.src === "zh" && s.charCodeAt(A.end) === 26376 && !A.cur && A.scale === 1 && !A.z.digitString && A.v !== null && Number.isInteger(A.v) && A.v >= 1 && A.v <= 12 && s.charCodeAt(A.start) !== 20004 && !this.prefixAt(A.start)) {
      const r = this.zhMonthDay(A.start, null, A.start);
      if (r > A.start) return r;
    }
    if (A.src === "ar" && !A.cur && A.scale === 1 && !A.a.decimal && A.a.intDigits <= 2 && A.v >= 1 && A.v <= 31 && s.charCodeAt(A.end) === 26085 && !"\u5143\u672C\u5747\u4EA7\u524D\u5185".includes(s[A.end + 1] ?? "")) {
      const prev = s.charCodeAt(A.start - 1);
      if (!isDigit2(prev) && prev !== 26376) {
        const iso = `---${pad2(A.v)}`;
        return this.emitDate(A.start, A.end + 1, null, { from: iso, to: iso, label: s.slice(A.start, A.end + 1), relative: true }, null, "zh");
      }
    }
    if ((A.src === "ar" || A.src === "zh") && s.charCodeAt(A.end) === 26376 && !A.cur && A.scale === 1 && A.v !== null && Number.isInteger(A.v) && A.v >= 1 && A.v <= 12 && A.src === "ar") {
      const r = this.zhMonthDay(A.start, null, A.start);
      if (r > A.start) return r;
    }
    if (A.src === "ar" && !A.cur && A.scale === 1 && A.a.intDigits <= 2 && !A.a.decimal && A.v >= 1 && A.v <= 31) {
      const q2 = skipSp(s, A.end);
      const we = isUpper(s.charCodeAt(q2)) ? wordEnd(s, q2) : q2;
      const mo = we - q2 >= 3 ? MONTHS.get(s.slice(q2, we).toLowerCase()) : void 0;
      if (q2 > A.end && mo && isUpper(s.charCodeAt(q2)) && we - q2 >= 3) {
        let e2 = we;
        if (s.charCodeAt(e2) === 46) e2++;
        const r = skipSp(s, e2);
        let z = r;
        while (isDigit2(s.charCodeAt(z))) z++;
        let year = null;
        if (z - r === 4 && r > e2 && isYear(+s.slice(r, z)) && !isAlnum2(s.charCodeAt(z))) {
          year = +s.slice(r, z);
          e2 = z;
        } else e2 = we;
        const iso = year === null ? `--${pad2(mo)}-${pad2(A.v)}` : `${year}-${pad2(mo)}-${pad2(A.v)}`;
        return this.emitDate(A.start, e2, year, { from: iso, to: iso, label: s.slice(A.start, e2), ...year === null ? { relative: true } : {} }, null);
      }
    }
    let uA = this.readUnit(A.end, A);
    let end = uA ? uA.end : A.end;
    let B = null;
    let uB = null;
    const conn = this.rangeConnector(end, A);
    if (conn > 0) {
      const b = this.parseSide(conn);
      if (b && b.src === A.src || b && b.src === "ar" === (A.src === "ar")) {
        const ub = this.readUnit(b.end, b);
        if (this.compatible(A, uA, b, ub)) {
          B = b;
          uB = ub;
        }
      }
    }
    if (B) {
      if (!uA && uB) {
        if (A.scale === 1 && B.scale !== 1) {
          A.scale = B.scale;
          A.scaleText = B.scaleText;
        }
        uA = uB;
      }
      if (!uB && uA) uB = uA;
      if (A.scale === 1 && B.scale !== 1 && !uA) {
        A.scale = B.scale;
      }
      if (!A.cur && B.cur) A.cur = B.cur;
      if (A.cur && !B.cur) B.cur = A.cur;
      end = uB ? Math.max(uB.end, B.end) : B.end;
    }
    const lastSide = B ?? A;
    const unit = B ? uB : uA;
    let kind;
    let baseUnit;
    let factor = 1;
    let noun;
    let unitText = "";
    let timeWord;
    if (A.cur && !(unit && unit.def.kind === "money")) {
      kind = "money";
      baseUnit = A.cur;
      unitText = lastSide.scaleText;
      if (unit && unit.def.kind !== "money") return end;
    } else if (unit) {
      kind = unit.def.kind;
      baseUnit = unit.def.unit;
      factor = unit.def.factor;
      noun = unit.def.noun;
      timeWord = unit.def.timeWord;
      unitText = (lastSide.scaleText && lastSide.lang === "zh" ? lastSide.scaleText : lastSide.scaleText ? lastSide.scaleText + " " : "") + unit.text;
      if (lastSide.src === "ar" && lastSide.scaleText && /[\u4e00-\u9fff]/.test(lastSide.scaleText)) unitText = lastSide.scaleText + unit.text;
      if (kind === "money" && A.cur && unit.def.unit !== A.cur) baseUnit = unit.text === "\u5143" ? A.cur : unit.def.unit;
      if (kind === "money" && !A.cur && (unit.text === "pounds" || unit.text === "pound")) {
        const m = /^\s+of\s+([a-z]+)/i.exec(s.slice(unit.end, unit.end + 30));
        if (m && !MONEY_NOUNS_AFTER_OF.has(m[1].toLowerCase())) {
          kind = "mass";
          baseUnit = "kg";
          factor = 0.45359237;
        }
      } else if (kind === "money" && !A.cur && unit.text === "\u5143" && this.prefixAt(A.start)) {
        let k = this.prefixAt(A.start).at;
        while (k > 0 && isGroupSpace(s.charCodeAt(k - 1))) k--;
        const named = ZH_CURRENCY_BEFORE.find(([w]) => s.startsWith(w, k - w.length));
        if (named) baseUnit = named[1];
      }
    } else {
      kind = "count";
      baseUnit = "count";
      unitText = lastSide.scaleText;
    }
    if (kind === "count" && !noun) {
      const np = unit ? unit.end : end;
      const nn = this.readNoun(np, A.lang === "zh" || unit !== null && /[\u3400-\u9fff]/.test(unit.text) ? "zh" : "en", unit !== null && unit.def.classifier === true);
      if (nn) {
        noun = nn.noun;
        if (nn.adjacent) end = nn.end;
      } else if (!unit && (A.src === "en" || A.src === "ar") && !A.cur) {
        const q2 = skipSp(s, end);
        if (q2 - end === 1) {
          const we = wordEnd(s, q2);
          const w = s.slice(q2, we);
          void w;
          void we;
        }
      }
    }
    const hasUnitOrNoun = unit !== null || noun !== void 0 || A.cur !== void 0;
    if (A.pair && !B && !hasUnitOrNoun && (A.hi ?? 0) < 1e4) return Math.max(A.end, A.start + 1);
    if (!hasUnitOrNoun) {
      if (A.src === "zh" && !A.z.hasBig && !B) return Math.max(A.end, A.start + 1);
      if (A.src === "en" && !A.scale && !A.isOne) {
      }
      if (A.src === "en" && A.v !== null && A.v < 1e3 && !B) {
        const q2 = skipSp(s, A.end);
        const we = wordEnd(s, q2);
        const w = s.slice(q2, we).toLowerCase();
        if (A.isOne || EN_SMALL.has(w)) return A.end;
        void we;
        void q2;
      }
    }
    if (A.isOne && !B && lastSide.scale === 1 && kind === "count" && !A.more) return Math.max(end, A.end);
    if (A.isOne && !B && lastSide.scale === 1 && A.src !== "ar" && kind === "ratio" && s[A.start] === "\u4E00") return Math.max(end, A.end);
    if (kind === "count" && !unit && !noun && lastSide.v !== null && !Number.isInteger(lastSide.v * lastSide.scale)) {
      kind = "other";
      baseUnit = "";
    }
    let value;
    let low;
    let high;
    let q = "exact";
    if (B) {
      value = null;
      low = A.vague ? mulSide(factor, A, A.lo) : mulSide(factor, A, A.v);
      high = B.vague ? mulSide(factor, B, B.hi) : B.more ? mulSide(factor, B, B.hi) : mulSide(factor, B, B.v);
      q = "range";
      if (low !== null && high !== null && low > high) {
        return this.bail(A, end);
      }
    } else if (A.vague || A.pair) {
      value = null;
      low = mulSide(factor, A, A.lo);
      high = mulSide(factor, A, A.hi);
      q = A.pair ? "range" : "vague";
    } else if (A.more) {
      value = mulSide(factor, A, A.v);
      low = mulSide(factor, A, A.lo);
      high = mulSide(factor, A, A.hi);
      q = "more-than";
    } else {
      value = mulSide(factor, A, A.v);
      low = null;
      high = null;
    }
    const prefix = this.prefixAt(A.start);
    const suffix = suffixQualifier(s, end, kind === "ratio" || kind === "duration" || kind === "count" && unit?.def.classifier === true && false);
    let sq = null;
    if (suffix && !(kind === "duration" && s.startsWith("\u4EE5\u5185", end))) {
      sq = suffix.q;
      end = suffix.end;
    }
    if (kind === "duration" && s.charCodeAt(end) === 21322 && value !== null && unit && (unit.def.timeWord === "year" || unit.def.timeWord === "month" || unit.def.timeWord === "hour")) {
      value += 0.5 * factor;
      end++;
    }
    let pq = prefix && prefix.q !== "range" ? prefix.q : null;
    if (pq && kind === "duration" && prefix.text === "over") pq = null;
    let start = A.start;
    if (prefix && prefix.q === "range" && !B) pq = null;
    if (prefix && pq && kind === "ratio" && prefix.text && /^[a-z ]+$/.test(prefix.text) && prefix.at >= this.lastEnd) start = prefix.at;
    if (prefix && prefix.q === "range" && B && prefix.at >= this.lastEnd) start = prefix.at;
    if (!sq && A.plus) sq = "more-than";
    const hedge = sq ?? pq;
    if (q === "exact" && hedge) {
      q = hedge;
      ({ low, high } = bounds(q, value, kind));
    } else if (hedge && (q === "vague" || q === "range" || q === "more-than")) {
      if (hedge === "at-least" || hedge === "more-than") high = q === "more-than" ? high : null;
      if (q === "more-than" && (hedge === "up-to" || hedge === "less-than" || hedge === "at-most")) {
        q = hedge;
        high = value;
        low = null;
      }
    }
    const approx = q === "about" || q === "nearly" || q === "vague";
    let time;
    if (kind === "duration") {
      const div2 = factor;
      time = { label: durationLabel(value === null ? null : value / div2, low === null ? null : low / div2, high === null ? null : high / div2, timeWord ?? "year") };
    }
    if (kind === "count" && !noun && A.src === "ar" && !unit && A.isOne && lastSide.scale === 1) return end;
    if (start < this.lastEnd) return end;
    const f = { offset: start, length: end - start, text: this.o.slice(start, end), kind, value, low, high, unit: baseUnit, qualifier: q, approx };
    if (noun) f.noun = noun;
    if (unitText) f.unitText = unitText;
    if (time) f.time = time;
    f.lang = this.langOf(start, end);
    this.push(f);
    return end;
  }
  pfxPos = -1;
  pfxVal = null;
  /** The prefix hedge before `start`, computed once per position. */
  prefixAt(start) {
    if (start !== this.pfxPos) {
      this.pfxPos = start;
      this.pfxVal = prefixQualifier(this.s, start);
    }
    return this.pfxVal;
  }
  bail(A, end) {
    return Math.max(A.end, end);
  }
  compatible(A, uA, B, uB) {
    const kA = A.cur ? "money" : uA ? uA.def.kind : null;
    const kB = B.cur ? "money" : uB ? uB.def.kind : null;
    if (kA && kB && kA !== kB) return false;
    if (uA && uB && uA.def.kind !== uB.def.kind) return false;
    if (A.cur && B.cur && A.cur !== B.cur) return false;
    if (A.vague || B.vague) return false;
    if (B.v === null || A.v === null) return false;
    return true;
  }
  rangeConnector(pos, A) {
    const s = this.s;
    const c = s.charCodeAt(pos);
    if ((c === 45 || c === 8211 || c === 8212 || c === 126) && this.sideStarts(pos + 1)) return pos + 1;
    if ((c === 33267 || c === 21040) && this.sideStarts(pos + 1)) return pos + 1;
    if (c === 33267 && s.charCodeAt(pos + 1) === 23569) return 0;
    const q = skipSp(s, pos);
    if (q === pos || q - pos > 1) {
      if (q === pos) return 0;
    }
    const c2 = s.charCodeAt(q);
    if ((c2 === 8211 || c2 === 8212 || c2 === 126 || c2 === 45) && isGroupSpace(s.charCodeAt(q + 1))) {
      const r = skipSp(s, q + 1);
      if (this.sideStarts(r)) return r;
    }
    if (c2 === 33267 || c2 === 21040) {
      const r = skipSp(s, q + 1);
      if (this.sideStarts(r)) return r;
    }
    const cw = s.charCodeAt(q) | 32;
    if (cw !== 116 && cw !== 97) return 0;
    const we = wordEnd(s, q);
    const w = s.slice(q, we).toLowerCase();
    if (w === "to" && !this.isChange(A.start) || w === "and" && this.prefixAt(A.start)?.between === true) {
      const r = skipSp(s, we);
      if (r > we && this.sideStarts(r)) return r;
    }
    return 0;
  }
  isChange(start) {
    const pw = this.prevWord(start);
    if (pw !== "from") return false;
    let b = start;
    while (b > 0 && !isLatin2(this.s.charCodeAt(b - 1))) b--;
    while (b > 0 && isLatin2(this.s.charCodeAt(b - 1))) b--;
    const w2 = this.prevWord(b);
    return w2 !== null && CHANGE_VERBS.has(w2);
  }
  sideStarts(p) {
    const c = this.s.charCodeAt(p);
    if (isDigit2(c) || c === 36 || c === 165 || c === 8364 || c === 163) return true;
    if (isZhNumChar(c)) return true;
    if (isLatin2(c)) {
      const w = this.s.slice(p, wordEnd(this.s, p)).toLowerCase();
      return EN_SMALL.has(w) || w === "us" || w === "usd";
    }
    return false;
  }
  // -------------------------------------------------------------------------------------------
  // Years, dates, periods
  yearForms(A, prefix) {
    const s = this.s;
    const a = A.a;
    const v = A.v;
    const e = A.end;
    if (a.grouped || a.decimal) return 0;
    if (a.intDigits === 4 && s.charCodeAt(e) === 45 && isDigit2(s.charCodeAt(e + 1)) && isDigit2(s.charCodeAt(e + 2)) && s.charCodeAt(e + 3) === 45 && isDigit2(s.charCodeAt(e + 4)) && isDigit2(s.charCodeAt(e + 5)) && !isDigit2(s.charCodeAt(e + 6))) {
      const mo = Number(s.slice(e + 1, e + 3));
      const d = Number(s.slice(e + 4, e + 6));
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
        const iso = `${v}-${pad2(mo)}-${pad2(d)}`;
        return this.emitDate(A.start, e + 6, v, { from: iso, to: iso, label: iso }, prefix);
      }
    }
    if (a.intDigits === 4 && isYear(v)) {
      const range = this.yearRange(A, e);
      if (range) return range;
      if (s.charCodeAt(e) === 24180) {
        const p = e + 1;
        if (s.charCodeAt(p) === 20195) {
          return this.emitPeriod(A.start, p + 1, v, { fromMonth: 1, toMonth: 12, label: `${v}s` }, "zh", s.slice(A.start, p + 1), v + 9);
        }
        const md = this.zhMonthDay(p, v, A.start);
        if (md > p) return md;
        const part = ZH_PARTS.match(s, p);
        if (part) return this.emitPeriod(A.start, p + part.len, v, part.value, "zh", s.slice(A.start, p + part.len));
        const code = this.codeAfterYear(p);
        if (code) return this.emitPeriod(A.start, code.end, v, code.part, "zh", s.slice(A.start, code.end));
        return this.emitYear(A, s.charCodeAt(p) === 24230 ? p + 1 : p, prefix, "zh");
      }
      if (s.startsWith("\u8D22\u5E74", e) || s.startsWith("\u8D22\u653F\u5E74\u5EA6", e)) {
        const len = s.startsWith("\u8D22\u5E74", e) ? 2 : 4;
        const part = ZH_PARTS.match(s, e + len);
        if (part && part.value.label.startsWith("Q")) return this.emitPeriod(A.start, e + len + part.len, v, { ...part.value, label: `FY${v} ${part.value.label}` }, "zh", `FY${v} ${part.value.label}`);
        const code = this.codeAfterYear(e + len);
        if (code) return this.emitPeriod(A.start, code.end, v, { ...code.part, label: `FY${v} ${code.part.label}` }, "zh", `FY${v} ${code.part.label}`);
        return this.emitYear(A, e + len, prefix, "zh", `FY${v}`);
      }
      if (s.charCodeAt(e) === 32) {
        const code = this.codeAfterYear(e);
        if (code) return this.emitPeriod(A.start, code.end, v, code.part, "en", s.slice(A.start, code.end));
      }
      const c = s.charCodeAt(e);
      if ((c === 45 || c === 8211) && isDigit2(s.charCodeAt(e + 1))) {
        let k = e + 1;
        while (isDigit2(s.charCodeAt(k))) k++;
        const len = k - e - 1;
        if ((len === 2 || len === 4) && !isAlnum2(s.charCodeAt(k))) {
          let y2 = Number(s.slice(e + 1, k));
          if (len === 2) y2 += Math.floor(v / 100) * 100;
          if (y2 > v && isYear(y2)) {
            const q2 = skipSp(s, k);
            if (!this.latinUnit(q2, false) && !ZH_UNITS.match(s, q2)) {
              this.push({ offset: A.start, length: k - A.start, text: this.o.slice(A.start, k), kind: "year", value: null, low: v, high: y2, unit: "year", qualifier: "range", approx: false, time: { from: String(v), to: String(y2), label: s.slice(A.start, k) }, lang: "en" });
              return k;
            }
          }
        }
      }
      const q = skipSp(this.s, e);
      if (this.readUnit(e, A) || this.readNoun(q, "en", false) || isLatin2(s.charCodeAt(e))) return 0;
      if (s.charCodeAt(e) === 24180) return 0;
      if (ZH_UNITS.match(s, q) || ZH_SCALES.match(s, q)) return 0;
      return this.emitYear(A, e, prefix, "en");
    }
    return 0;
  }
  /**
   * Year ranges written with words or a 年: 2025至2028年, 2019年-2023年, 2019年到2023年,
   * "between 2023 and 2030". (2028–2030 without 年 is read in yearForms.)
   */
  yearRange(A, e) {
    const s = this.s;
    const v = A.v;
    let p = e;
    const withNian = s.charCodeAt(p) === 24180;
    if (withNian) p++;
    let q = -1;
    const c = s.charCodeAt(p);
    const dash = c === 45 || c === 8211 || c === 8212 || c === 126;
    if (c === 33267 || c === 21040 || dash) q = p + 1;
    else if (!withNian && s.startsWith(" and ", p) && this.prevWord(A.start) === "between") q = p + 5;
    if (q < 0) return 0;
    let k = q;
    while (isDigit2(s.charCodeAt(k))) k++;
    if (k - q !== 4 || isAlnum2(s.charCodeAt(k)) || s.charCodeAt(k) === 46) return 0;
    const y2 = Number(s.slice(q, k));
    if (!isYear(y2) || y2 <= v || y2 - v > 100) return 0;
    if (s.charCodeAt(k) === 24180) k++;
    else if (withNian || dash) return 0;
    if (s.charCodeAt(k) === 26376 || isDigit2(s.charCodeAt(k))) return 0;
    let start = A.start;
    if (!withNian && c === 32) {
      start--;
      while (start > 0 && s.charCodeAt(start - 1) === 32) start--;
      start -= "between".length;
    }
    const label = s.slice(A.start, k);
    this.push({ offset: start, length: k - start, text: this.o.slice(start, k), kind: "year", value: null, low: v, high: y2, unit: "year", qualifier: "range", approx: false, time: { from: String(v), to: String(y2), label }, lang: s.charCodeAt(k - 1) === 24180 || c === 33267 || c === 21040 ? "zh" : "en" });
    return k;
  }
  /** Q1–Q4 / H1–H2 at p, after at most one space. */
  codeAfterYear(p) {
    const q = this.s.charCodeAt(p) === 32 ? p + 1 : p;
    const code = quarterCode(this.s, q);
    return code && { part: code.part, end: q + code.len };
  }
  emitYear(A, end, prefix, lang, label) {
    const v = A.v;
    let end2 = end;
    let q = "exact";
    let low = null;
    let high = null;
    const suf = suffixQualifier(this.s, end2, false);
    let hedge = prefix && prefix.q !== "range" ? prefix.q : null;
    if (suf && (suf.q === "about" || suf.q === "more-than" && suf.text === "\u4EE5\u540E")) {
      hedge = suf.q;
      end2 = suf.end;
    } else if (suf && (suf.text === "\u4EE5\u524D" || suf.text === "\u4E4B\u524D")) {
    }
    if (hedge === "about") {
      q = "about";
      low = v - 1;
      high = v + 1;
    } else if (hedge === "more-than" || hedge === "at-least") {
      q = hedge;
      low = v;
    } else if (hedge === "up-to" || hedge === "less-than" || hedge === "at-most") {
      q = hedge;
      high = v;
    }
    if (A.start < this.lastEnd) return end2;
    this.push({
      offset: A.start,
      length: end2 - A.start,
      text: this.o.slice(A.start, end2),
      kind: "year",
      value: v,
      low,
      high,
      unit: "year",
      qualifier: q,
      approx: q === "about",
      time: { from: String(v), to: String(v), label: label ?? String(v) },
      lang
    });
    return end2;
  }
  emitDate(start, end, year, time, _prefix, lang = "en") {
    if (start < this.lastEnd) return end;
    this.push({
      offset: start,
      length: end - start,
      text: this.o.slice(start, end),
      kind: "date",
      value: year,
      low: null,
      high: null,
      unit: "date",
      qualifier: "exact",
      approx: false,
      time,
      lang
    });
    return end;
  }
  emitPeriod(start, end, year, part, lang, label, toYear) {
    if (start < this.lastEnd) return end;
    const r = monthRange(year, part.fromMonth, part.toMonth);
    const time = year === null ? { from: `--${pad2(part.fromMonth)}`, to: `--${pad2(part.toMonth)}`, label, relative: true } : { from: r.from, to: toYear ? `${toYear}-12` : r.to, label };
    this.push({
      offset: start,
      length: end - start,
      text: this.o.slice(start, end),
      kind: "period",
      value: year,
      low: null,
      high: null,
      unit: "period",
      qualifier: "exact",
      approx: false,
      time,
      lang
    });
    return end;
  }
  /** 1月, 3月30日, 1月21日 at p (after a year, a relative year, or alone). */
  zhMonthDay(p, year, start) {
    const s = this.s;
    let j = p;
    let mo = 0;
    if (isDigit2(s.charCodeAt(j))) {
      while (isDigit2(s.charCodeAt(j)) && j - p < 2) mo = mo * 10 + s.charCodeAt(j++) - 48;
    } else if (isZhNumChar(s.charCodeAt(j))) {
      const z = readChinese(s, j);
      if (z.end - j > 3) return p;
      mo = z.value;
      j = z.end;
    } else return p;
    if (s.charCodeAt(j) !== 26376 || mo < 1 || mo > 12 || isDigit2(s.charCodeAt(j))) return p;
    j++;
    let d = 0;
    let k = j;
    if (isDigit2(s.charCodeAt(k))) {
      while (isDigit2(s.charCodeAt(k)) && k - j < 2) d = d * 10 + s.charCodeAt(k++) - 48;
    } else if (isZhNumChar(s.charCodeAt(k))) {
      const z = readChinese(s, k);
      if (z.end - k <= 3) {
        d = z.value;
        k = z.end;
      }
    }
    const rel = year === null;
    const y = rel ? "-" : String(year);
    const pfx = rel ? "--" : `${y}-`;
    if (d >= 1 && d <= 31 && (s.charCodeAt(k) === 26085 || s.charCodeAt(k) === 21495)) {
      k++;
      const iso2 = `${pfx}${pad2(mo)}-${pad2(d)}`;
      return this.emitDate(start, k, year, { from: iso2, to: iso2, label: this.o.slice(start, k), ...rel ? { relative: true } : {} }, null, "zh");
    }
    if (s.charCodeAt(j) === 20221) j++;
    else if (s.charCodeAt(j) === 24213 || s.charCodeAt(j) === 21021 || s.charCodeAt(j) === 26411 || ZH_MONTH_PARTS.some((w) => s.startsWith(w, j))) {
      j += s.charCodeAt(j + 1) === 26092 ? 2 : 1;
      return this.emitPeriod(start, j, year, { fromMonth: mo, toMonth: mo, label: this.o.slice(start, j) }, "zh", this.o.slice(start, j));
    }
    const iso = `${pfx}${pad2(mo)}`;
    return this.emitDate(start, j, year, { from: iso, to: iso, label: this.o.slice(start, j), ...rel ? { relative: true } : {} }, null, "zh");
  }
  /** FY2025, FY25, Q3 2025, H2 2026, 3Q25 — letter-led codes. */
  timeCode(i, w) {
    const s = this.s;
    const we = i + w.length;
    let k = we;
    while (isDigit2(s.charCodeAt(k))) k++;
    const digits = s.slice(we, k);
    if (isAlnum2(s.charCodeAt(k)) || s.charCodeAt(k) === 45 && isAlnum2(s.charCodeAt(k + 1))) return 0;
    if (w === "FY" && (digits.length === 4 || digits.length === 2)) {
      const y = digits.length === 2 ? 2e3 + Number(digits) : Number(digits);
      if (!isYear(y)) return 0;
      const A = { start: i, end: k, v: y };
      return this.emitYear(A, k, null, "en", `FY${y}`);
    }
    if (w === "Q" && digits.length === 1 && +digits >= 1 && +digits <= 4 || w === "H" && (digits === "1" || digits === "2")) {
      const n = +digits;
      const part = w === "Q" ? { fromMonth: 3 * n - 2, toMonth: 3 * n, label: `Q${n}` } : { fromMonth: n === 1 ? 1 : 7, toMonth: n === 1 ? 6 : 12, label: `H${n}` };
      const q = skipSp(s, k);
      let yEnd = q;
      let y = null;
      if (q - k <= 1) {
        let m = q;
        if (s.startsWith("FY", m)) m += 2;
        let z = m;
        while (isDigit2(s.charCodeAt(z))) z++;
        if (z - m === 4 && isYear(+s.slice(m, z)) && !isAlnum2(s.charCodeAt(z))) {
          y = +s.slice(m, z);
          yEnd = z;
        } else if (s.charCodeAt(q) === 39 || s.charCodeAt(q) === 8217) {
          let z2 = q + 1;
          while (isDigit2(s.charCodeAt(z2))) z2++;
          if (z2 - q - 1 === 2) {
            y = 2e3 + +s.slice(q + 1, z2);
            yEnd = z2;
          }
        }
      }
      const end = y !== null ? yEnd : k;
      return this.emitPeriod(i, end, y, part, "en", s.slice(i, end));
    }
    return 0;
  }
  englishDate(i, we, lw) {
    const s = this.s;
    const mo = MONTHS.get(lw);
    let p = we;
    if (s.charCodeAt(p) === 46) p++;
    const q = skipSp(s, p);
    if (q === p) return 0;
    let k = q;
    while (isDigit2(s.charCodeAt(k)) && k - q < 4) k++;
    const num3 = +s.slice(q, k);
    if (k === q || isDigit2(s.charCodeAt(k))) return 0;
    if (k - q === 4 && isYear(num3)) {
      if (lw === "may" && false) return 0;
      const iso2 = `${num3}-${pad2(mo)}`;
      return this.emitDate(i, k, num3, { from: iso2, to: iso2, label: s.slice(i, k) }, null);
    }
    if (k - q > 2 || num3 < 1 || num3 > 31) return 0;
    let end = k;
    const suf = s.slice(k, k + 2).toLowerCase();
    if ((suf === "st" || suf === "nd" || suf === "rd" || suf === "th") && !isLatin2(s.charCodeAt(k + 2))) end = k + 2;
    if (isLatin2(s.charCodeAt(end))) return 0;
    let year = null;
    let e2 = end;
    if (s.charCodeAt(end) === 44) {
      const r = skipSp(s, end + 1);
      let z = r;
      while (isDigit2(s.charCodeAt(z))) z++;
      if (z - r === 4 && isYear(+s.slice(r, z)) && !isAlnum2(s.charCodeAt(z))) {
        year = +s.slice(r, z);
        e2 = z;
      }
    }
    const iso = year === null ? `--${pad2(mo)}-${pad2(num3)}` : `${year}-${pad2(mo)}-${pad2(num3)}`;
    return this.emitDate(i, e2, year, { from: iso, to: iso, label: s.slice(i, e2), ...year === null ? { relative: true } : {} }, null);
  }
  englishPeriod(i, we, lw) {
    const s = this.s;
    let key = lw;
    let p = we;
    if (lw === "end" || lw === "start" || lw === "beginning") {
      const q2 = skipSp(s, we);
      if (s.slice(q2, q2 + 2).toLowerCase() !== "of" || isLatin2(s.charCodeAt(q2 + 2))) return 0;
      key = `${lw} of`;
      p = q2 + 2;
    } else if (lw === "first" || lw === "second" || lw === "third" || lw === "fourth") {
      const hyphen2 = s.charCodeAt(we) === 45 && isLatin2(s.charCodeAt(we + 1));
      const q2 = hyphen2 ? we + 1 : skipSp(s, we);
      const e2 = wordEnd(s, q2);
      const w2 = s.slice(q2, e2).toLowerCase();
      const ord = lw === "first" ? 1 : lw === "second" ? 2 : lw === "third" ? 3 : 4;
      if (q2 === we || !(w2 === "quarter" || w2 === "half" && ord <= 2)) return 0;
      const part2 = w2 === "quarter" ? { fromMonth: 3 * ord - 2, toMonth: 3 * ord, label: `Q${ord}` } : { fromMonth: ord === 1 ? 1 : 7, toMonth: ord === 1 ? 6 : 12, label: `H${ord}` };
      let r = skipSp(s, e2);
      if (s.slice(r, r + 2).toLowerCase() === "of" && !isLatin2(s.charCodeAt(r + 2))) r = skipSp(s, r + 2);
      let z2 = r;
      while (isDigit2(s.charCodeAt(z2))) z2++;
      if (z2 - r === 4 && r > e2 && isYear(+s.slice(r, z2)) && !isAlnum2(s.charCodeAt(z2))) return this.emitPeriod(i, z2, +s.slice(r, z2), part2, "en", s.slice(i, z2));
      const nw2 = s.slice(r, r + 9).toLowerCase();
      if (r > e2 && (nw2 === "next year" || nw2 === "this year") && !isLatin2(s.charCodeAt(r + 9))) return this.emitPeriod(i, r + 9, null, part2, "en", s.slice(i, r + 9));
      return this.emitPeriod(i, e2, null, part2, "en", s.slice(i, e2));
    }
    if (lw === "fiscal") {
      let q2 = skipSp(s, we);
      if (s.slice(q2, q2 + 4).toLowerCase() === "year" && !isLatin2(s.charCodeAt(q2 + 4))) q2 = skipSp(s, q2 + 4);
      let z2 = q2;
      while (isDigit2(s.charCodeAt(z2))) z2++;
      if (z2 - q2 === 4 && isYear(+s.slice(q2, z2)) && !isAlnum2(s.charCodeAt(z2))) {
        const y = +s.slice(q2, z2);
        return this.emitYear({ start: i, end: z2, v: y }, z2, prefixQualifier(s, i), "en", `FY${y}`);
      }
      return 0;
    }
    if (key === "end-") key = "end of";
    const part = EN_PARTS.get(key);
    if (!part) return 0;
    const hyphen = s.charCodeAt(p) === 45 && isDigit2(s.charCodeAt(p + 1));
    let q = hyphen ? p + 1 : skipSp(s, p);
    if (q === p && key.indexOf(" ") < 0) return 0;
    if (key.indexOf(" ") >= 0 && !hyphen) q = skipSp(s, p);
    let z = q;
    while (isDigit2(s.charCodeAt(z))) z++;
    if (z - q === 4 && isYear(+s.slice(q, z)) && !isAlnum2(s.charCodeAt(z))) {
      return this.emitPeriod(i, z, +s.slice(q, z), part, "en", s.slice(i, z));
    }
    const nw = s.slice(q, q + 9).toLowerCase();
    if ((nw.startsWith("next year") || nw.startsWith("this year")) && !isLatin2(s.charCodeAt(q + 9))) {
      return this.emitPeriod(i, q + 9, null, part, "en", s.slice(i, q + 9));
    }
    if (nw.startsWith("the year") && !isLatin2(s.charCodeAt(q + 8)) && key.endsWith("of")) {
      return this.emitPeriod(i, q + 8, null, part, "en", s.slice(i, q + 8));
    }
    return 0;
  }
  // -------------------------------------------------------------------------------------------
  // Chinese special forms
  zhDouble(i) {
    const s = this.s;
    let end = 0;
    let v = 0;
    if (s.startsWith("\u7FFB\u756A", i) || s.startsWith("\u7FFB\u500D", i)) {
      end = i + 2;
      v = 2;
    } else {
      let p = i + 1;
      if (s.charCodeAt(p) === 20102) p++;
      const d = ZH_DIGITS.get(s.charCodeAt(p));
      if (d !== void 0 && s.charCodeAt(p + 1) === 30058) {
        end = p + 2;
        v = Math.pow(2, d);
      } else if (d !== void 0 && s.charCodeAt(p + 1) === 20493) {
        end = p + 2;
        v = d + 1 > 1 ? d * 2 / d * d : 2;
        v = d === 1 ? 2 : d;
      }
    }
    if (!end) return i + 1;
    return this.emitSimple(i, end, "ratio", v, "ratio", prefixQualifier(s, i));
  }
  emitSimple(start, end, kind, v, unit, prefix, unitText) {
    const s = this.s;
    let e = end;
    const suf = suffixQualifier(s, e, true);
    let q = "exact";
    if (suf) {
      q = suf.q;
      e = suf.end;
    } else if (prefix && prefix.q !== "range") q = prefix.q;
    const b = q === "exact" ? { low: null, high: null } : bounds(q, v, kind);
    if (start < this.lastEnd) return e;
    const f = { offset: start, length: e - start, text: this.o.slice(start, e), kind, value: v, low: b.low, high: b.high, unit, qualifier: q, approx: q === "about" || q === "nearly" };
    if (unitText) f.unitText = unitText;
    f.lang = this.langOf(start, e);
    this.push(f);
    return e;
  }
  zhPercentOf(i) {
    const s = this.s;
    const p = i + 3;
    let v;
    let e;
    if (isDigit2(s.charCodeAt(p))) {
      const a = readArabic(s, p, this.o);
      v = a.value;
      e = a.end;
    } else if (isZhNumChar(s.charCodeAt(p))) {
      const z = readChinese(s, p);
      v = z.value;
      e = z.end;
    } else return i + 3;
    return this.emitSimple(i, e, "percent", v, "percent", prefixQualifier(s, i), "\u767E\u5206\u4E4B");
  }
  zhHalf(i) {
    const s = this.s;
    const st = i;
    let p = i;
    if (s[p] === "\u4E00") p++;
    p++;
    if (s[p] === "\u5BFC" || s[p] === "\u5C9B" || s[p] === "\u5F84" || s[p] === "\u591C" || s[p] === "\u5929" && s[st] === "\u534A") return p + 1;
    const half = s[st] === "\u534A" ? ZH_HALF_UNITS.find(([w]) => s.startsWith(w, p)) : void 0;
    if (half) {
      const [w, f, word] = half;
      const end = p + w.length;
      const r = this.emitSimple(st, end, "duration", 0.5 * f, "s", prefixQualifier(s, st));
      const last = this.out[this.out.length - 1];
      if (last && last.offset === st) last.time = { label: `0.5 ${word}s` };
      return r;
    }
    if (s[st] === "\u4E00" || s[p] === "\u6570") {
      const end = s[st] === "\u534A" ? p + 1 : p;
      return this.emitSimple(st, end, "ratio", 0.5, "ratio", prefixQualifier(s, st));
    }
    return p;
  }
  /** 数百万, 几十万, 数千, 几个, 数年, 数倍, 上千, 成千上万. */
  zhVague(i, from = i) {
    const s = this.s;
    const ch = s[i];
    let lo;
    let hi;
    let p;
    if (ch === "\u6210") {
      if (s.startsWith("\u6210\u5343\u4E0A\u4E07", i)) {
        lo = 1e3;
        hi = 99999;
        p = i + 4;
      } else if (s.startsWith("\u6210\u767E\u4E0A\u5343", i)) {
        lo = 100;
        hi = 9999;
        p = i + 4;
      } else if (s.startsWith("\u6210\u5343\u4E0A\u767E", i)) {
        lo = 100;
        hi = 9999;
        p = i + 4;
      } else return i + 1;
    } else if (ch === "\u4E0A") {
      let m = 1;
      p = i + 1;
      const mag = this.magnitudeRun(p);
      if (mag.len === 0) return i + 1;
      m = mag.m;
      if (s[p] === "\u767E" && s[p + 1] === "\u5206") return i + 1;
      p += mag.len;
      lo = m;
      hi = m * 10 - 1;
    } else {
      p = i + 1;
      if (ch === "\u51E0" && s[p] === "\u4E4E") return i + 2;
      const mag = this.magnitudeRun(p);
      if (mag.len > 0) {
        p += mag.len;
        lo = 2 * mag.m;
        hi = 9 * mag.m;
      } else {
        const u2 = ZH_UNITS.match(s, p);
        if (!u2 || u2.value.weak || u2.value.kind === "percent" || u2.value.kind === "money") return i + 1;
        if (ch === "\u6570" && (s[p] === "\u636E" || s[p] === "\u5B57" || s[p] === "\u91CF" || s[p] === "\u5B66")) return i + 1;
        lo = 2;
        hi = 9;
      }
    }
    const side = {
      start: from,
      end: p,
      v: null,
      lo,
      hi,
      vague: true,
      more: false,
      scale: 1,
      scaleText: "",
      lang: "zh",
      src: "vz",
      isOne: false,
      sign: 1,
      bareOK: true
    };
    return this.complete(side);
  }
  magnitudeRun(p) {
    const s = this.s;
    let m = 1;
    let k = p;
    while (k < this.n && k - p < 4) {
      const ch = s[k];
      const f = ch === "\u5341" ? 10 : ch === "\u767E" ? 100 : ch === "\u5343" ? 1e3 : ch === "\u4E07" ? 1e4 : ch === "\u4EBF" ? 1e8 : 0;
      if (!f) break;
      if (k > p && ZH_UNITS.match(s, k) && !ZH_SCALES.match(s, k)?.len) break;
      if (ch === "\u5343" && k > p && ZH_UNITS.match(s, k)) break;
      m *= f;
      k++;
    }
    return { m, len: k - p };
  }
  // -------------------------------------------------------------------------------------------
  // English special forms
  englishFigure(i, we, lw) {
    const s = this.s;
    const mult = { double: 2, doubled: 2, doubling: 2, twice: 2, triple: 3, tripled: 3, tripling: 3, quadruple: 4, quadrupled: 4, quadrupling: 4 };
    if (mult[lw] !== void 0) {
      if (s.charCodeAt(we) === 45) return we;
      return this.ratioWithPrefix(i, we, mult[lw]);
    }
    if (lw.endsWith("fold") && lw.length > 4) {
      const base = EN_SMALL.get(lw.slice(0, -4)) ?? (lw === "hundredfold" ? 100 : lw === "thousandfold" ? 1e3 : void 0);
      if (base === void 0) return we;
      return this.ratioWithPrefix(i, we, base);
    }
    if (lw === "half") {
      const q = skipSp(s, we);
      const nx = s.slice(q, wordEnd(s, q)).toLowerCase();
      if (nx === "a") {
        const q2 = skipSp(s, q + 1);
        const w2 = s.slice(q2, wordEnd(s, q2)).toLowerCase();
        const m = EN_BIG.get(w2);
        if (m) {
          const side2 = { start: i, end: wordEnd(s, q2), v: 0.5 * m, lo: null, hi: null, vague: false, more: false, scale: 1, scaleText: "", lang: "en", src: "en", isOne: false, sign: 1, bareOK: true };
          return this.complete(side2);
        }
      }
      if (nx === "of" || nx === "the" || nx === "its" || nx === "their" || nx === "that") {
        return this.emitSimple(i, we, "ratio", 0.5, "ratio", prefixQualifier(s, i));
      }
      return we;
    }
    const fr = this.fraction(i, we, lw);
    if (fr > 0) return fr;
    if (lw === "a" || lw === "an") {
      const q = skipSp(s, we);
      const u2 = q - we === 1 ? this.latinUnit(q, false) : null;
      const pq = prefixQualifier(s, i);
      const hedgedTime = !!pq && pq.q !== "range" && pq.q !== "exact" && pq.text !== "over" && !!u2?.def.timeWord && s.charCodeAt(u2.end - 1) !== 115;
      if (u2 && (u2.def.kind === "power" || u2.def.kind === "energy" || u2.def.kind === "data" || u2.def.kind === "compute" || u2.def.kind === "area" || u2.def.kind === "volume" || u2.def.timeWord === "decade" || hedgedTime) && isLower(s.charCodeAt(q)) && !(u2.def.timeWord === "decade" && s.charCodeAt(u2.end - 1) === 115)) {
        const v = u2.def.factor;
        const q2 = pq && pq.q !== "range" && !(u2.def.kind === "duration" && pq.text === "over") ? pq.q : "exact";
        const b = q2 === "exact" ? { low: null, high: null } : bounds(q2, v, u2.def.kind);
        const tm = u2.def.timeWord ? { time: { label: durationLabel(1, null, null, u2.def.timeWord) } } : {};
        if (i >= this.lastEnd) this.push({ offset: i, length: u2.end - i, text: this.o.slice(i, u2.end), kind: u2.def.kind, value: v, low: b.low, high: b.high, unit: u2.def.unit, qualifier: q2, approx: q2 === "about" || q2 === "nearly", unitText: u2.text, ...tm, lang: "en" });
        return u2.end;
      }
    }
    const vg = this.englishVague(i, we, lw);
    if (vg !== 0) return vg;
    if (lw === "dozens" || lw === "tens" || lw === "hundreds" || lw === "thousands" || lw === "millions" || lw === "billions" || lw === "trillions" || lw === "few") return we;
    if (isLatin2(s.charCodeAt(i - 1))) return we;
    const pw = this.prevWord(i);
    if (pw && PRODUCT_BEFORE.has(pw)) return wordEnd(s, i);
    if (isUpper(s.charCodeAt(i)) && !this.sentenceStart(i)) {
      const q = skipSp(s, we);
      if (q - we === 1 && isUpper(s.charCodeAt(q))) return wordEnd(s, q);
    }
    const side = this.parseSide(i);
    if (!side) return we;
    return this.complete(side);
  }
  zhFraction(side) {
    const s = this.s;
    const p = side.end + 2;
    let num3;
    let e;
    if (isZhNumChar(s.charCodeAt(p))) {
      const z = readChinese(s, p);
      num3 = z.value;
      e = z.end;
    } else if (isDigit2(s.charCodeAt(p))) {
      const a = readArabic(s, p, this.o);
      num3 = a.value;
      e = a.end;
    } else return p;
    const den = side.v;
    if (!den || !Number.isFinite(num3)) return e;
    return this.emitSimple(side.start, e, "ratio", num3 / den, "ratio", prefixQualifier(s, side.start));
  }
  sentenceStart(i) {
    let b = i;
    while (b > 0 && i - b < 4 && (isGroupSpace(this.s.charCodeAt(b - 1)) || `"'\u201C\u2018(*_`.includes(this.s[b - 1]))) b--;
    if (b === 0) return true;
    const c = this.s.charCodeAt(b - 1);
    return c === 46 || c === 33 || c === 63 || c === 58 || isNewline(c) || c === 12290;
  }
  ratioWithPrefix(i, end, v) {
    const s = this.s;
    const pq = prefixQualifier(s, i);
    const start = pq && pq.q !== "range" && pq.at >= this.lastEnd ? pq.at : i;
    if (start < this.lastEnd) return end;
    const q = pq && pq.q !== "range" ? pq.q : "exact";
    const b = q === "exact" ? { low: null, high: null } : bounds(q, v, "ratio");
    this.push({ offset: start, length: end - start, text: this.o.slice(start, end), kind: "ratio", value: v, low: b.low, high: b.high, unit: "ratio", qualifier: q, approx: q === "about" || q === "nearly", lang: "en" });
    return end;
  }
  fraction(i, we, lw) {
    const s = this.s;
    const den = { third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
    let num3 = 0;
    let end = 0;
    if (s.charCodeAt(we) === 45 && EN_SMALL.has(lw)) {
      const e2 = wordEnd(s, we + 1);
      const d = den[s.slice(we + 1, e2).toLowerCase()];
      if (d) {
        num3 = EN_SMALL.get(lw) / d;
        end = e2;
      }
    } else if (lw === "a" || lw === "one") {
      const q = skipSp(s, we);
      const e2 = wordEnd(s, q);
      const w2 = s.slice(q, e2).toLowerCase();
      const d = den[w2];
      if (d && (w2 === "third" || w2 === "quarter" || w2 === "fifth" || w2 === "tenth")) {
        const q3 = skipSp(s, e2);
        if (s.slice(q3, q3 + 2).toLowerCase() === "of" && !isLatin2(s.charCodeAt(q3 + 2))) {
          num3 = 1 / d;
          end = e2;
        }
      }
    }
    if (!end) return 0;
    return this.emitSimple(i, end, "ratio", num3, "ratio", prefixQualifier(s, i));
  }
  englishVague(i, we, lw) {
    const s = this.s;
    const plural2 = { tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
    let lo = 0;
    let hi = 0;
    let p = we;
    let start = i;
    if (lw === "several" || lw === "a" && s.slice(skipSp(s, we), skipSp(s, we) + 3).toLowerCase() === "few") {
      if (lw === "a") p = skipSp(s, we) + 3;
      const q2 = skipSp(s, p);
      const e2 = wordEnd(s, q2);
      const w2 = s.slice(q2, e2).toLowerCase();
      let m = w2 === "hundred" ? 100 : w2 === "dozen" ? 12 : EN_BIG.get(w2) ?? 0;
      if (m) {
        p = e2;
        const q22 = skipSp(s, p);
        const e3 = wordEnd(s, q22);
        const m2 = EN_BIG.get(s.slice(q22, e3).toLowerCase());
        if (m2 && m < m2) {
          m *= m2;
          p = e3;
        }
        lo = 2 * m;
        hi = 9 * m;
      } else {
        const u2 = this.latinUnit(q2, false);
        const nn = this.englishNoun(q2, 1);
        if (!u2 && !nn) return 0;
        lo = 2;
        hi = 9;
      }
    } else if (lw === "dozens") {
      lo = 24;
      hi = 108;
    } else if (plural2[lw]) {
      let m = plural2[lw];
      for (let k = 0; k < 3; k++) {
        const q2 = skipSp(s, p);
        if (s.slice(q2, q2 + 2).toLowerCase() !== "of" || isLatin2(s.charCodeAt(q2 + 2))) break;
        const q22 = skipSp(s, q2 + 2);
        const e2 = wordEnd(s, q22);
        const m2 = plural2[s.slice(q22, e2).toLowerCase()];
        if (!m2 || m2 <= m || m2 === 10) break;
        m *= m2;
        p = e2;
      }
      lo = 2 * m;
      hi = 9 * m;
    } else return 0;
    const side = { start, end: p, v: null, lo, hi, vague: true, more: false, scale: 1, scaleText: "", lang: "en", src: "ve", isOne: false, sign: 1, bareOK: true };
    const q = skipSp(s, p);
    if (s.slice(q, q + 2).toLowerCase() === "of" && !isLatin2(s.charCodeAt(q + 2))) {
      side.end = q + 2;
    }
    return this.complete(side);
  }
  // -------------------------------------------------------------------------------------------
  langOf(start, end) {
    for (let k = start; k < end; k++) if (isCJK(this.s.charCodeAt(k))) return "zh";
    return "en";
  }
  push(f) {
    if (f.offset < this.lastEnd || f.length <= 0) return;
    this.out.push(f);
    this.lastEnd = f.offset + f.length;
  }
};
function mulSide(factor, side, x) {
  return x === null ? null : x * side.scale * factor * side.sign;
}
function bounds(q, v, kind) {
  switch (q) {
    case "about":
      if (kind === "year") return { low: v - 1, high: v + 1 };
      return v >= 0 ? { low: v * 9 / 10, high: v * 11 / 10 } : { low: v * 11 / 10, high: v * 9 / 10 };
    case "nearly":
      return { low: v * 9 / 10, high: v };
    case "more-than":
    case "at-least":
      return { low: v, high: null };
    case "up-to":
    case "less-than":
    case "at-most":
      return { low: null, high: v };
    default:
      return { low: null, high: null };
  }
}

// server/src/core/figures/index.ts
init_format();
function recognizeFigures(text) {
  try {
    const gaps = panguGaps(text);
    return gaps.length ? scanWithoutGaps(text, gaps) : scanFigures(text);
  } catch {
    return [];
  }
}
function panguGaps(text) {
  const gaps = [];
  for (let i = 1; i + 1 < text.length; i++) {
    if (!isGroupSpace(text.charCodeAt(i))) continue;
    const l = text.charCodeAt(i - 1);
    const r = text.charCodeAt(i + 1);
    if ((isDigit2(l) || l === 37) && isCJK(r) || isCJK(l) && isDigit2(r)) gaps.push(i);
  }
  return gaps;
}
function scanWithoutGaps(text, gaps) {
  const origin = new Int32Array(text.length - gaps.length + 1);
  const parts = [];
  let from = 0;
  let j = 0;
  for (const g2 of gaps) {
    parts.push(text.slice(from, g2));
    for (let k = from; k < g2; k++) origin[j++] = k;
    from = g2 + 1;
  }
  parts.push(text.slice(from));
  for (let k = from; k < text.length; k++) origin[j++] = k;
  origin[j] = text.length;
  const found = scanFigures(parts.join(""));
  for (const f of found) {
    const start = origin[f.offset];
    const end = f.length > 0 ? origin[f.offset + f.length - 1] + 1 : start;
    f.offset = start;
    f.length = end - start;
    f.text = text.slice(start, end);
  }
  return found;
}

// server/src/core/entities/matcher.ts
var indexCache = /* @__PURE__ */ new WeakMap();
function isLatinAlnum(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 192 && c <= 591;
}
function isSpace2(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12288;
}
function isNameDot(c) {
  return c === 183 || c === 12539 || c === 8231 || c === 8226 || c === 65381;
}
function isCjk(c) {
  return c >= 19968 && c <= 40959 || c >= 13312 && c <= 19903 || c >= 63744 && c <= 64255;
}
function addName(root, name, id) {
  const trimmed = name.trim();
  if (trimmed.length < 2) return;
  let node = root;
  let prevSpace = false;
  for (let i = 0; i < trimmed.length; i++) {
    let c = trimmed.charCodeAt(i);
    if (isSpace2(c)) {
      if (prevSpace) continue;
      c = 32;
      prevSpace = true;
    } else prevSpace = false;
    if (isNameDot(c)) c = 183;
    let child = node.next.get(c);
    if (!child) node.next.set(c, child = { next: /* @__PURE__ */ new Map() });
    node = child;
  }
  node.ids ??= [];
  if (!node.ids.includes(id)) node.ids.push(id);
  if (isLatinAlnum(trimmed.charCodeAt(0))) node.latin = true;
}
function nameIndex(store2) {
  const cached = indexCache.get(store2);
  if (cached) return cached;
  const root = { next: /* @__PURE__ */ new Map() };
  for (const entity of store2.entities.values()) {
    for (const name of entity.names.en) {
      addName(root, name, entity.id);
      if (name.length >= 4 && name !== name.toUpperCase()) addName(root, name.toUpperCase(), entity.id);
    }
    for (const name of entity.names.zh) addName(root, name, entity.id);
  }
  const index = { root, entities: store2.entities };
  indexCache.set(store2, index);
  return index;
}
function startsOf(root) {
  if (!root.starts) {
    root.starts = new Uint8Array(65536);
    for (const c of root.next.keys()) root.starts[c] = 1;
  }
  return root.starts;
}
var pairSlot = (c0, c1) => c0 * 31 + c1 * 17 & 65535;
function pairsOf(root) {
  if (!root.pairs) {
    root.pairs = new Uint8Array(65536);
    for (const [c0, child] of root.next) for (const c1 of child.next.keys()) root.pairs[pairSlot(c0, c1)] = 1;
  }
  return root.pairs;
}
function endsWell(text, end, at) {
  if (!at.latin) return true;
  const n = text.length;
  const after = end < n ? text.charCodeAt(end) : 32;
  if (!isLatinAlnum(after)) return true;
  return after === 115 && (end + 1 >= n || !isLatinAlnum(text.charCodeAt(end + 1)));
}
function scanNames(text, root) {
  const out = [];
  const starts = startsOf(root);
  const pairs = pairsOf(root);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (starts[c0] === 0 && !isNameDot(c0)) {
      i++;
      continue;
    }
    if (i + 1 < n) {
      const c1 = text.charCodeAt(i + 1);
      if (pairs[pairSlot(isNameDot(c0) ? 183 : c0, isSpace2(c1) ? 32 : isNameDot(c1) ? 183 : c1)] === 0) {
        i++;
        continue;
      }
    }
    const first = root.next.get(isNameDot(c0) ? 183 : c0);
    if (!first || isLatinAlnum(c0) && i > 0 && isLatinAlnum(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    let node = first;
    let j = i + 1;
    let bestEnd = -1;
    let bestIds;
    if (node.ids && endsWell(text, j, node)) {
      bestEnd = j;
      bestIds = node.ids;
    }
    while (j < n && node) {
      let c = text.charCodeAt(j);
      if (isSpace2(c)) {
        const child = node.next.get(32);
        if (!child) break;
        let newlines = 0;
        while (j < n && isSpace2(text.charCodeAt(j))) if (text.charCodeAt(j++) === 10) newlines++;
        if (newlines > 1) break;
        node = child;
      } else {
        if (isNameDot(c)) c = 183;
        node = node.next.get(c);
        if (!node) break;
        j++;
      }
      if (node.ids && endsWell(text, j, node)) {
        bestEnd = j;
        bestIds = node.ids;
      }
    }
    if (bestIds) {
      out.push({ offset: i, length: bestEnd - i, ids: bestIds });
      i = bestEnd;
    } else i++;
  }
  return out;
}
var NAME_STOP2 = /* @__PURE__ */ new Set([..."\u5B98\u5E08\u957F\u4EBA\u88C1\u5E2D\u7406\u76D1\u4E8B\u5458\u5BB6\u8005\u7684\u548C\u4E0E\u53CA\u5728\u662F\u79F0\u8BF4\u5BF9\u7531\u5411\u5C06\u4E3A\u4E86\u88AB\u4ECE"]);
function learnPairs(text, mentions) {
  const learned = /* @__PURE__ */ new Map();
  for (const m of mentions) {
    const open = m.offset - 1;
    if (open < 1) continue;
    const oc = text.charCodeAt(open);
    if (oc !== 65288 && oc !== 40) continue;
    const close = m.offset + m.length;
    const cc = text.charCodeAt(close);
    if (cc !== 65289 && cc !== 41 && cc !== 65292 && cc !== 44) continue;
    let k = open;
    while (k > 0 && (isCjk(text.charCodeAt(k - 1)) || isNameDot(text.charCodeAt(k - 1))) && open - k < 10) k--;
    const name = text.slice(k, open);
    if (name.length < 2) continue;
    const dot = name.indexOf("\xB7");
    let alias = name;
    if (dot > 0) {
      let start = dot;
      while (start > 0 && dot - start < 4 && !NAME_STOP2.has(name[start - 1])) start--;
      alias = name.slice(start);
      if (start === dot) continue;
    } else if (name.length > 4) continue;
    learned.set(alias, m.ids);
    if (dot > 0) {
      const family = alias.slice(alias.indexOf("\xB7") + 1);
      if (family.length >= 2) learned.set(family, m.ids);
    }
  }
  return learned;
}
function buildTrie(names) {
  const root = { next: /* @__PURE__ */ new Map() };
  for (const [name, ids] of names) for (const id of ids) addName(root, name, id);
  return root;
}

// server/src/core/entities/guess.ts
var ORG_SUFFIXES = /* @__PURE__ */ new Set([
  "Inc",
  "Inc.",
  "Corp",
  "Corp.",
  "Corporation",
  "LLC",
  "Ltd",
  "Ltd.",
  "Limited",
  "Group",
  "Holdings",
  "Technologies",
  "Capital",
  "Partners",
  "Energy",
  "Systems",
  "Labs",
  "Networks",
  "Computing",
  "Cloud",
  "Semiconductor",
  "Ventures",
  "Investments",
  "Infrastructure",
  "Realty",
  "Power",
  "Data Centers"
]);
function isUpper2(c) {
  return c >= 65 && c <= 90;
}
function isWordChar(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 38 || c === 45 || c === 46;
}
function guessOrganisations(text, known) {
  const out = [];
  const covered = (a, b) => {
    let lo = 0;
    let hi = known.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (known[mid].offset < b) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && a < known[found].offset + known[found].length;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isUpper2(c) || i > 0 && isWordChar(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    const words2 = [];
    let j = i;
    while (j < n && isUpper2(text.charCodeAt(j))) {
      let k = j;
      while (k < n && isWordChar(text.charCodeAt(k))) k++;
      words2.push({ start: j, end: k });
      if (text.charCodeAt(k) !== 32 || words2.length >= 6) {
        j = k;
        break;
      }
      j = k + 1;
    }
    const last = words2[words2.length - 1];
    if (words2.length >= 2 && ORG_SUFFIXES.has(text.slice(last.start, last.end))) {
      const start = words2[0].start;
      const end = last.end;
      if (!covered(start, end)) {
        const name = text.slice(start, end);
        out.push({ offset: start, length: end - start, text: name, entityId: "org:" + name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), guessed: true });
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

// server/src/core/entities/index.ts
function findMentions(text, store2, byParagraph) {
  const index = nameIndex(store2);
  let raw = scan(text, index.root, byParagraph);
  const learned = learnPairs(text, raw);
  if (learned.size) {
    const extra = scan(text, learnedTrie(learned), byParagraph);
    raw = mergeMentions(raw, extra);
  }
  const counts = /* @__PURE__ */ new Map();
  for (const m of raw) if (m.ids.length === 1) counts.set(m.ids[0], (counts.get(m.ids[0]) ?? 0) + 1);
  const choose = (m) => m.ids.length === 1 ? m.ids[0] : disambiguate(m.ids, counts, store2);
  const mentions = raw.map((m) => ({
    offset: m.offset,
    length: m.length,
    text: text.slice(m.offset, m.offset + m.length),
    entityId: choose(m)
  }));
  const guessed = guessOrganisations(text, mentions);
  return guessed.length ? [...mentions, ...guessed].sort((a, b) => a.offset - b.offset) : mentions;
}
function scan(text, root, byParagraph) {
  if (!byParagraph) return scanNames(text, root);
  const memo2 = byParagraph.memo.namesMemo(root);
  const out = [];
  for (const { start: a, text: paragraph } of byParagraph.paragraphs) {
    for (const m of memo2.get(paragraph, (p) => scanNames(p, root))) out.push({ offset: m.offset + a, length: m.length, ids: m.ids });
  }
  return out;
}
var lastLearned;
function learnedTrie(learned) {
  const key = [...learned].map(([name, ids]) => `${name}${ids.join("")}`).sort().join("\0");
  if (lastLearned?.key !== key) lastLearned = { key, root: buildTrie(learned) };
  return lastLearned.root;
}
function mergeMentions(base, extra) {
  if (!extra.length) return base;
  const out = [];
  let j = 0;
  for (const m of base) {
    while (j < extra.length && extra[j].offset + extra[j].length <= m.offset) out.push(extra[j++]);
    while (j < extra.length && extra[j].offset < m.offset + m.length) j++;
    out.push(m);
  }
  while (j < extra.length) out.push(extra[j++]);
  return out;
}
function disambiguate(ids, counts, store2) {
  let best = ids[0];
  let bestScore = -1;
  for (const id of ids) {
    const entity = store2.entities.get(id);
    if (!entity) continue;
    let score = 0;
    for (const p of entity.parents) score += Math.min(counts.get(p) ?? 0, 5) * 2;
    score += Math.min(counts.get(id) ?? 0, 5);
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

// server/src/core/claims/measures.ts
var MONEY_CUES = [
  { measure: "capex", words: ["\u8D44\u672C\u652F\u51FA", "\u8D44\u672C\u5F00\u652F", "\u8D44\u672C\u6027\u652F\u51FA", "\u8D44\u672C\u603B\u652F\u51FA", "capex", "capital expenditure", "capital expenditures", "capital spending", "capital outlays"] },
  { measure: "valuation", words: ["\u4F30\u503C", "valuation", "valued at", "valuing"] },
  { measure: "market_cap", words: ["\u5E02\u503C", "market cap", "market capitalization", "market value"] },
  { measure: "revenue", words: ["\u8425\u6536", "\u6536\u5165", "\u9500\u552E\u989D", "\u8425\u4E1A\u989D", "revenue", "revenues", "sales"] },
  { measure: "net_income", words: ["\u51C0\u5229\u6DA6", "\u51C0\u5229", "net income", "profit"] },
  { measure: "funding", words: ["\u878D\u8D44", "\u52DF\u8D44", "\u52DF\u96C6", "raise", "raised", "raising", "funding round", "funding"] },
  { measure: "contract_value", words: ["\u79EF\u538B\u8BA2\u5355", "\u672A\u5C65\u7EA6", "backlog", "remaining performance obligation", "\u5408\u540C", "\u8BA2\u5355", "\u534F\u8BAE", "contract", "contracts", "deal worth", "agreement", "agreements", "deal", "deals"] },
  { measure: "commitment", words: ["\u627F\u8BFA", "commit", "committed", "commitment", "pledge", "pledged"] },
  { measure: "cost", words: ["\u6210\u672C", "\u9020\u4EF7", "\u82B1\u8D39", "\u8017\u8D44", "\u8D39\u7528", "cost", "costs", "price tag", "cost of", "\u5EFA\u6210", "\u5EFA\u9020", "\u8D2D\u5165", "\u8D2D\u4E70", "\u91C7\u8D2D", "\u4E70\u4E0B", "paid", "pay", "pays", "paying", "buy", "buys", "bought", "purchase", "purchased", "to build", "build", "builds"] },
  { measure: "price", words: ["\u4EF7\u683C", "\u552E\u4EF7", "\u5355\u4EF7", "price", "priced at", "sells for"] },
  { measure: "spending", words: ["\u652F\u51FA", "\u5F00\u652F", "\u82B1\u9500", "spend", "spending", "spent"] },
  { measure: "investment", words: ["\u6295\u8D44", "\u6295\u5165", "\u65A5\u8D44", "\u6CE8\u8D44", "\u51FA\u8D44", "invest", "invested", "investing", "investment", "investments", "stake in"] }
];
var CAPEX_CUES = MONEY_CUES.slice(0, 1);
var PERCENT_CUES = [
  { measure: "stake", words: ["\u80A1\u4EFD", "\u80A1\u6743", "\u6301\u80A1", "stake", "equity", "ownership"] },
  { measure: "share", words: ["\u4EFD\u989D", "\u5E02\u573A\u5360\u6709\u7387", "\u5E02\u5360\u7387", "market share", "share of", "of the market", "share"] },
  { measure: "growth", words: ["\u589E\u957F", "\u589E\u52A0", "\u4E0A\u5347", "\u63D0\u9AD8", "growth", "grew", "increase", "rise", "rose", "jump", "up"] }
];
var POWER_CHIP_CUES = ["\u6BCF\u5757", "\u6BCF\u9897", "\u6BCF\u4E2AGPU", "\u5355\u9897", "\u5355\u5757", "\u5355\u82AF\u7247", "\u529F\u8017", "TDP", "per GPU", "per chip", "each GPU", "each chip", "per accelerator", "thermal design power"];
var COUNT_NOUN_MEASURE = {
  GPU: "gpu_count",
  accelerator: "chip_count",
  chip: "chip_count",
  TPU: "chip_count",
  server: "server_count",
  rack: "rack_count",
  "data center": "data_center_count",
  site: "site_count",
  campus: "site_count",
  employee: "employees",
  user: "users"
};
var COUNT_CUES = [
  { measure: "users", words: ["\u7528\u6237", "\u6D3B\u8DC3\u7528\u6237", "users", "user", "subscribers"] },
  { measure: "employees", words: ["\u5458\u5DE5", "\u96C7\u5458", "employees", "staff", "workers"] }
];
var DATA_CENTRE_SPEND = /数据中心|基础设施|data[- ]?cent(?:er|re)s?|infrastructure/i;
function nounAfter(text, figure, limit) {
  const after = text.slice(figure.offset + figure.length, Math.min(limit, figure.offset + figure.length + 40));
  const en = /^\s+(?:(?:[A-Z][\w.-]*|and|or|&)\s+){0,5}?(GPUs?|chips?|accelerators?|servers?|TPUs?|(?:GB|B|H|MI)\d{3}[A-Z]?s?)\b/.exec(after);
  if (en) {
    const w = en[1].toLowerCase().replace(/s$/, "");
    if (w === "gpu" || /^(?:gb|b|h)\d/.test(w)) return "GPU";
    if (w === "tpu" || w === "chip" || /^mi\d/.test(w)) return "chip";
    if (w === "accelerator") return "accelerator";
    return "server";
  }
  if (figure.lang !== "zh") return void 0;
  const zh = /^(?:块|颗|个|张|台|枚)?[^\s，,。；;：:\d]{0,8}?(GPU|芯片|加速器|显卡|服务器|(?:GB|B|H)\d{3})/.exec(after);
  if (zh) return zh[1] === "\u82AF\u7247" || zh[1] === "\u52A0\u901F\u5668" ? "chip" : zh[1] === "\u670D\u52A1\u5668" ? "server" : "GPU";
  return void 0;
}
var GPU_MODEL = /^(?:[A-Z]{1,3}\d{2,4}[A-Z]?|GB\d{3}|MI\d{3}[A-Z]?)$/;
var cueIndexCache = /* @__PURE__ */ new WeakMap();
function cueIndex(cues) {
  let index = cueIndexCache.get(cues);
  if (!index) {
    const words2 = cues.flatMap((cue) => cue.words.map((w) => ({ lower: w.toLowerCase(), measure: cue.measure, latin: /^[a-z]/i.test(w), rank: 0 })));
    words2.forEach((w, i) => w.rank = i);
    index = { first: new Uint8Array(65536), byFirst: /* @__PURE__ */ new Map() };
    for (const w of words2) {
      const c = w.lower.charCodeAt(0);
      index.first[c] = 1;
      const list = index.byFirst.get(c);
      if (list) list.push(w);
      else index.byFirst.set(c, [w]);
    }
    cueIndexCache.set(cues, index);
  }
  return index;
}
var isAsciiLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
function nearestCue(text, cues, figure, from, to) {
  let best;
  let bestDistance = Infinity;
  const lowerText = text.slice(from, to).toLowerCase();
  const { first, byFirst } = cueIndex(cues);
  for (let at = 0; at < lowerText.length; at++) {
    const c = lowerText.charCodeAt(at);
    if (first[c] === 0) continue;
    for (const word of byFirst.get(c)) {
      const w = word.lower;
      if (!lowerText.startsWith(w, at)) continue;
      const abs = from + at;
      if (word.latin && (abs > 0 && isAsciiLetter(text.charCodeAt(abs - 1)) || isAsciiLetter(text.charCodeAt(abs + w.length)))) continue;
      const end = abs + w.length;
      const distance = end <= figure.offset ? figure.offset - end : abs >= figure.offset + figure.length ? abs - (figure.offset + figure.length) + 2 : 0;
      if (distance < bestDistance || distance === bestDistance && word.rank < best.rank) {
        best = word;
        bestDistance = distance;
      }
    }
  }
  return best && { measure: best.measure, distance: bestDistance };
}
function mentionsAny(text, words2) {
  const lower = text.toLowerCase();
  return words2.some((w) => lower.includes(w.toLowerCase()));
}
function measureFor(text, figure, clauseStart, clauseEnd) {
  const clause = text.slice(clauseStart, clauseEnd);
  switch (figure.kind) {
    case "money": {
      const capex = nearestCue(text, CAPEX_CUES, figure, clauseStart, clauseEnd);
      if (capex && capex.distance <= 40) return "capex";
      const measure = nearestCue(text, MONEY_CUES, figure, clauseStart, clauseEnd)?.measure ?? null;
      if (measure === "spending" && DATA_CENTRE_SPEND.test(clause)) return "capex";
      return measure;
    }
    case "power":
      return mentionsAny(clause, POWER_CHIP_CUES) && figure.value != null && figure.value < 1e5 ? "chip_power" : "power";
    case "energy":
      return "energy_use";
    case "count": {
      const noun = figure.noun ?? nounAfter(text, figure, clauseEnd);
      if (!noun) return nearestCue(text, COUNT_CUES, figure, clauseStart, clauseEnd)?.measure ?? null;
      if (COUNT_NOUN_MEASURE[noun]) return COUNT_NOUN_MEASURE[noun];
      if (GPU_MODEL.test(noun)) return noun.startsWith("TPU") || /^Trainium|^Maia/.test(noun) ? "chip_count" : "gpu_count";
      return null;
    }
    case "percent":
      return nearestCue(text, PERCENT_CUES, figure, clauseStart, clauseEnd)?.measure ?? null;
    case "area":
      return "area";
    case "compute":
      return "compute";
    case "volume":
    case "mass":
      return /水|water/i.test(clause) ? "water_use" : null;
    default:
      return null;
  }
}

// server/src/core/claims/index.ts
init_spans();
var CLAUSE_BREAKS = /* @__PURE__ */ new Set([65292, 12289, 65307, 65306, 44, 59, 58, 8212, 65288, 65289, 40, 41]);
var ANAPHORA = [
  "\u8BE5\u9879\u76EE",
  "\u8FD9\u4E00\u9879\u76EE",
  "\u8FD9\u4E2A\u9879\u76EE",
  "\u6B64\u9879\u76EE",
  "\u8FD9\u4E00\u8BA1\u5212",
  "\u8BE5\u8BA1\u5212",
  "\u8BE5\u8BBE\u65BD",
  "\u8BE5\u56ED\u533A",
  "\u8BE5\u516C\u53F8",
  "\u8FD9\u5BB6\u516C\u53F8",
  "\u8BE5\u8D85\u7EA7\u8BA1\u7B97\u673A",
  "\u8FD9\u53F0\u8D85\u7EA7\u8BA1\u7B97\u673A",
  "the project",
  "this project",
  "the plan",
  "the facility",
  "the campus",
  "the site",
  "the company",
  "the venture",
  "the supercomputer"
];
var SCOPE_CUES = [
  { scope: "per-year", words: ["\u6BCF\u5E74", "\u5E74\u5747", "\u4E00\u5E74", "/\u5E74", "a year", "per year", "annually", "each year", "annual"] },
  { scope: "per-unit", words: ["\u6BCF\u5757", "\u6BCF\u9897", "\u6BCF\u53F0", "\u6BCF\u4E2A", "\u5355\u9897", "\u5355\u5757", "per gpu", "per chip", "each gpu", "each chip", "per server", "per rack", "apiece"] },
  { scope: "overall", words: ["\u6574\u4F53\u8BA1\u5212", "\u603B\u4F53", "\u6574\u4F53", "\u603B\u8BA1", "\u7D2F\u8BA1", "\u5408\u8BA1", "\u603B\u5171", "\u5171\u8BA1", "in total", "overall", "combined", "altogether", "cumulative", "total"] },
  { scope: "initial", words: ["\u521D\u671F", "\u9996\u671F", "\u7B2C\u4E00\u9636\u6BB5", "\u4E00\u671F", "initial", "first phase", "phase one", "phase 1", "initially"] }
];
var PHASE = /第([一二三四五六七八九十\d]+)阶段|phase\s+(\d+|one|two|three|four|five)\b/i;
function clauseBounds(text, sentence, offset, end) {
  let a = offset;
  while (a > sentence.offset && !CLAUSE_BREAKS.has(text.charCodeAt(a - 1))) a--;
  let b = end;
  const sEnd = sentence.offset + sentence.length;
  while (b < sEnd && !CLAUSE_BREAKS.has(text.charCodeAt(b))) b++;
  return [a, b];
}
function entityOf(store2, mention) {
  return store2.entities.get(mention.entityId);
}
function subjectWeight(entity) {
  if (!entity) return 0.5;
  switch (entity.kind) {
    case "project":
    case "site":
    case "deal":
      return 1.2;
    case "company":
    case "fund":
    case "agency":
    case "org":
      return 1;
    case "chip":
      return 0.9;
    case "model":
      return 0.4;
    case "person":
    case "place":
      return 0.2;
  }
}
var SCOPE_WORDS = /* @__PURE__ */ new Map();
SCOPE_CUES.forEach((cue, i) => {
  for (const word of cue.words) {
    const c = word.charCodeAt(0);
    SCOPE_WORDS.set(c, [...SCOPE_WORDS.get(c) ?? [], { word, cue: i }]);
  }
});
function scopeOf(clause) {
  const phase = PHASE.exec(clause);
  if (phase) return "phase " + (phase[1] ?? phase[2]).toLowerCase();
  const lower = clause.toLowerCase();
  let first = SCOPE_CUES.length;
  for (let at = 0; at < lower.length; at++) {
    const words2 = SCOPE_WORDS.get(lower.charCodeAt(at));
    if (words2) {
      for (const w of words2) if (w.cue < first && lower.startsWith(w.word, at)) first = w.cue;
    }
  }
  return SCOPE_CUES[first]?.scope;
}
function sentenceIndexOf(sentences, offset) {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const s = sentences[mid];
    if (offset < s.offset) hi = mid - 1;
    else if (offset >= s.offset + s.length) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo - 1));
}
var TIME_KINDS = /* @__PURE__ */ new Set(["year", "date", "period"]);
var CONTEXT_WINDOW = 400;
function clipSentence(s, f) {
  const start = Math.max(s.offset, f.offset - CONTEXT_WINDOW);
  const end = Math.min(s.offset + s.length, f.offset + f.length + CONTEXT_WINDOW);
  return start === s.offset && end === s.offset + s.length ? s : { offset: start, length: end - start, paragraph: s.paragraph };
}
var COUNTERPARTY_LEAD = /(?:[向对给]|持有|入股|控股|\b(?:in|into|to))\s*$/i;
var MAKER_TAIL = /^\s*(?:GPU|GB\d|H\d|B\d|Blackwell|Hopper|Instinct|MI\d|TPU|芯片|chips?\b|accelerators?\b)/i;
var RELATIVE_LEAD = /\b(?:that|which|who|whom)\s+$/i;
var REPORTED_THAT = /\b(?:said|says|say|told|tells|reported|reports|added|adds|noted|notes|announced|later|expects?|expected|believes?|stated|states|shows?|showed|means|argued|confirmed|estimates?|so)\s+that\s+$/i;
function mentionCues(cache2, text, mentions, mi, sentenceStart) {
  const m = mentions[mi];
  const hit = cache2[mi];
  if (hit && (hit.floor === sentenceStart || hit.floor <= m.offset - 30 && sentenceStart <= m.offset - 30)) return hit;
  const end = m.offset + m.length;
  const counterparty = COUNTERPARTY_LEAD.test(text.slice(Math.max(sentenceStart, m.offset - 6), m.offset));
  const tail = ahead(text, end, end + 12);
  const speaker = SPEECH.test(tail);
  const maker = MAKER_TAIL.test(tail);
  const lead = text.slice(Math.max(sentenceStart, m.offset - 30), m.offset);
  const relClause = RELATIVE_LEAD.test(lead) && !REPORTED_THAT.test(lead);
  const cues = { floor: sentenceStart, counterparty, speaker, maker, relClause };
  cache2[mi] = cues;
  return cues;
}
var BLANK_LINE = /\n[ \t\r]*\n/;
function ahead(text, from, to) {
  const t3 = text.slice(from, to);
  const cut = t3.indexOf("\n") >= 0 ? t3.search(BLANK_LINE) : -1;
  return cut >= 0 ? t3.slice(0, cut) : t3;
}
var LOOKBACK = 1500;
function attachClaims(ctx, byParagraph) {
  const run2 = { claims: [], cues: new Array(ctx.mentions.length), readBack: false };
  if (!ctx.sentences.length) return run2.claims;
  if (byParagraph) attachByParagraph(ctx, run2, byParagraph);
  else claimRange(ctx, run2, 0, ctx.figures.length);
  return run2.claims;
}
function claimRange(ctx, run2, fa, fb) {
  const { text, sentences, figures, mentions, store: store2 } = ctx;
  const { claims, cues } = run2;
  if (fa >= fb) return;
  let mentionCursor = firstSpanEndingAfter(mentions, sentences[sentenceIndexOf(sentences, figures[fa].offset)].offset);
  let anaphorAt = -1;
  let anaphorEnd = -1;
  let anaphorFound;
  let scopeAt = -1;
  let scopeEnd = -1;
  let scopeFound;
  for (let fi = fa; fi < fb; fi++) {
    const figure = figures[fi];
    if (TIME_KINDS.has(figure.kind) || figure.kind === "duration") continue;
    const si = sentenceIndexOf(sentences, figure.offset);
    const sentence = clipSentence(sentences[si], figure);
    const sEnd = sentence.offset + sentence.length;
    const [cStart, cEnd] = clauseBounds(text, sentence, figure.offset, figure.offset + figure.length);
    while (mentionCursor < mentions.length && mentions[mentionCursor].offset + mentions[mentionCursor].length <= sentence.offset) mentionCursor++;
    let best;
    for (let mi = mentionCursor; mi < mentions.length && mentions[mi].offset < sEnd; mi++) {
      const m = mentions[mi];
      if (m.offset >= figure.offset && m.offset < figure.offset + figure.length) continue;
      const entity = entityOf(store2, m);
      const before = m.offset < figure.offset;
      const distance = before ? figure.offset - (m.offset + m.length) : m.offset - (figure.offset + figure.length);
      const inClause = m.offset >= cStart && m.offset < cEnd;
      const { counterparty, speaker, maker, relClause: relClauseLead } = mentionCues(cues, text, mentions, mi, sentence.offset);
      const relative = !before && !!entity && (entity.kind === "project" || entity.kind === "site" || entity.kind === "deal") && figure.lang === "zh" && /^[^，,。；;：:\d]{0,8}的\s*$/.test(text.slice(figure.offset + figure.length, m.offset));
      const modified = !before && distance <= 2 && !!entity && (entity.kind === "project" || entity.kind === "site" || entity.kind === "deal");
      const counted = !before && figure.kind === "count" && entity?.kind === "chip" && distance <= 24;
      const relClause = before && relClauseLead;
      const score = (counted ? 0.2 : 1) * (relClause ? 0.4 : 1) * subjectWeight(entity) * (before ? 1 : 0.6) * (inClause ? 1.3 : 1) * (counterparty ? 0.3 : 1) * (modified || relative ? 3 : 1) * (maker && entity?.kind !== "chip" ? 0.3 : 1) * (speaker ? 0.3 : 1) / (1 + distance / 40);
      if (!best || score > best.score) best = { index: mi, score };
    }
    let subject = null;
    let subjectMention;
    let confidence = 0;
    const sentenceText = text.slice(sentence.offset, sEnd);
    if (anaphorAt !== sentence.offset || anaphorEnd !== sEnd) {
      const lowerSentence = sentenceText.toLowerCase();
      anaphorFound = ANAPHORA.find((w) => lowerSentence.includes(w));
      anaphorAt = sentence.offset;
      anaphorEnd = sEnd;
    }
    const anaphor = anaphorFound;
    if (anaphor) {
      run2.readBack = true;
      for (let mi = mentionCursor - 1; mi >= 0 && mentions[mi].offset > sentence.offset - LOOKBACK; mi--) {
        const entity = entityOf(store2, mentions[mi]);
        if (entity && (entity.kind === "project" || entity.kind === "site" || entity.kind === "deal" || (anaphor.includes("\u516C\u53F8") || anaphor.includes("company")) && entity.kind === "company")) {
          subject = entity.id;
          subjectMention = mi;
          const lowerClause = text.slice(cStart, cEnd).toLowerCase();
          const near = si > 0 && mentions[mi].offset >= sentences[Math.max(0, si - 2)].offset;
          confidence = near && lowerClause.includes(anaphor) ? 0.7 : 0.6;
          break;
        }
      }
    }
    if (!subject && best) {
      const m = mentions[best.index];
      subject = m.entityId;
      subjectMention = best.index;
      const inClause = m.offset >= cStart && m.offset < cEnd;
      confidence = inClause ? 0.85 : 0.7;
      if ((entityOf(store2, m)?.kind ?? "org") === "person") confidence -= 0.3;
      const partner = jointWithNeighbour(text, mentions, best.index) ?? counterpartIn(text, mentions, best.index, cStart, cEnd);
      if (partner != null) {
        const deal = DEAL_WORDS.test(sentenceText) ? dealBetween(store2, m.entityId, mentions[partner].entityId) : void 0;
        if (deal) {
          subject = deal;
          confidence = 0.8;
        } else if (jointWithNeighbour(text, mentions, best.index) != null) confidence = Math.min(confidence, 0.5);
      }
    }
    if (!subject) {
      run2.readBack = true;
      const from = Math.max(sentences[Math.max(0, si - 2)].offset, sentence.offset - LOOKBACK);
      for (let mi = mentionCursor - 1; mi >= 0 && mentions[mi].offset >= from; mi--) {
        const entity = entityOf(store2, mentions[mi]);
        if (subjectWeight(entity) >= 1) {
          subject = mentions[mi].entityId;
          subjectMention = mi;
          confidence = 0.4;
          break;
        }
      }
    }
    const embedded = embeddedAnaphor(text, figure);
    if (embedded && (!subject || !isThingKind(store2, subject) || confidence < 0.7)) {
      run2.readBack = true;
      const back = antecedent(store2, text, claims, figures, mentions, sentences, si, embedded);
      if (back) {
        subject = back.subject;
        subjectMention = back.mention;
        confidence = 0.7;
      }
    }
    let measure = measureFor(text, figure, cStart, cEnd) ?? measureFor(text, figure, sentence.offset, sEnd);
    if ((measure === "power" || measure === "chip_power") && subject && store2.entities.get(subject)?.kind === "chip") measure = chipPowerMeasure(store2, subject, figure, text.slice(cStart, cEnd), measure);
    if (!measure) confidence = Math.min(confidence, 0.3);
    const time = timeFor(text, figures, fi, sentence, cStart, cEnd, measure);
    const pre = text.slice(Math.max(0, figure.offset - 6), figure.offset);
    const post = ahead(text, figure.offset + figure.length, figure.offset + figure.length + 14);
    const change = /(?:增加|增长|减少|下降|提高|上升|多出|高出|增至了?|增幅)了?\s*$|\b(?:up|down|by)\s*$/i.test(pre) || /^\s*(?:more|less|higher|lower|fewer)\s+than\b/i.test(post);
    if (scopeAt !== cStart || scopeEnd !== cEnd) {
      scopeFound = scopeOf(text.slice(cStart, cEnd));
      scopeAt = cStart;
      scopeEnd = cEnd;
    }
    const scope = change ? "change" : /每\s*$/.test(text.slice(Math.max(0, figure.offset - 2), figure.offset)) ? "per-unit" : scopeFound;
    claims.push({ figure: fi, subject, subjectMention, measure, time, scope, confidence: Math.round(confidence * 100) / 100 });
  }
}
var CONTEXTS_PER_PARAGRAPH = 32;
var BEFORE_PARAGRAPH = 6;
function attachByParagraph(ctx, run2, byParagraph) {
  const { figures, mentions, text } = ctx;
  const memo2 = byParagraph.memo.claimsMemo(ctx.store);
  const kinds = new MentionKinds(ctx);
  let fi = 0;
  let mi = 0;
  for (const { start: a, end: b, text: paragraph } of byParagraph.paragraphs) {
    const fa = fi;
    while (fi < figures.length && figures[fi].offset < b) fi++;
    while (mi < mentions.length && mentions[mi].offset < a) mi++;
    const mFirst = mi;
    while (mi < mentions.length && mentions[mi].offset < b) mi++;
    if (fi === fa || !sentencesInside(ctx, a, b, fa, fi)) {
      claimRange(ctx, run2, fa, fi);
      continue;
    }
    let entries = memo2.find(paragraph);
    if (!entries) memo2.put(paragraph, entries = []);
    const entry = entries.find((e2) => sameLocalInputs(e2, text, a, figures, fa, fi, mentions, mFirst, mi));
    const back = !entry?.local && entry?.byContext ? backContext(ctx, run2, kinds, a, fa, run2.claims.length) : void 0;
    const hit = entry?.local ?? (back !== void 0 ? entry?.byContext?.find((c) => sameValues(c.context, back))?.claims : void 0);
    if (hit) {
      for (const r of hit) {
        const subjectMention = r.subjectAt === void 0 ? void 0 : firstSpanFrom(mentions, a + r.subjectAt);
        run2.claims.push({ figure: fa + r.figure, subject: r.subject, subjectMention, measure: r.measure, time: r.time, scope: r.scope, confidence: r.confidence });
      }
      continue;
    }
    const start = run2.claims.length;
    run2.readBack = false;
    claimRange(ctx, run2, fa, fi);
    const found = run2.claims.slice(start).map((c) => ({
      figure: c.figure - fa,
      subject: c.subject,
      subjectAt: c.subjectMention === void 0 ? void 0 : mentions[c.subjectMention].offset - a,
      measure: c.measure,
      time: c.time,
      scope: c.scope,
      confidence: c.confidence
    }));
    let e = entry;
    if (!e) {
      if (entries.length >= CONTEXTS_PER_PARAGRAPH) entries.shift();
      e = localInputs(text, a, figures, fa, fi, mentions, mFirst, mi);
      entries.push(e);
    }
    if (!run2.readBack) e.local = found;
    else {
      e.byContext ??= [];
      if (e.byContext.length >= CONTEXTS_PER_PARAGRAPH) e.byContext.shift();
      e.byContext.push({ context: back ?? backContext(ctx, run2, kinds, a, fa, start), claims: found });
    }
  }
}
function sentencesInside(ctx, a, b, fa, fb) {
  const { sentences, figures } = ctx;
  let si = sentenceIndexOf(sentences, figures[fa].offset);
  for (let fi = fa; fi < fb; fi++) {
    while (si + 1 < sentences.length && sentences[si + 1].offset <= figures[fi].offset) si++;
    const s = sentences[si];
    if (s.offset < a || s.offset + s.length > b) return false;
  }
  return true;
}
function localInputs(text, a, figures, fa, fb, mentions, ma, mb) {
  const figureTexts = [];
  for (let fi = fa; fi < fb; fi++) figureTexts.push(figures[fi].text);
  const ms = [];
  for (let k = ma; k < mb; k++) ms.push(mentions[k].offset - a, mentions[k].length, mentions[k].entityId);
  return { before: text.slice(Math.max(0, a - BEFORE_PARAGRAPH), a), figureTexts, mentions: ms };
}
function sameLocalInputs(e, text, a, figures, fa, fb, mentions, ma, mb) {
  if (e.figureTexts.length !== fb - fa || e.mentions.length !== 3 * (mb - ma)) return false;
  const from = Math.max(0, a - BEFORE_PARAGRAPH);
  if (e.before.length !== a - from) return false;
  for (let k = 0; k < e.before.length; k++) if (e.before.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  for (let k = 0; k < fb - fa; k++) if (e.figureTexts[k] !== figures[fa + k].text) return false;
  for (let k = 0, j = 0; k < mb - ma; k++, j += 3) {
    const m = mentions[ma + k];
    if (e.mentions[j] !== m.offset - a || e.mentions[j + 1] !== m.length || e.mentions[j + 2] !== m.entityId) return false;
  }
  return true;
}
function sameValues(x, y) {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}
var MentionKinds = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.kinds = new Array(ctx.mentions.length);
  }
  ctx;
  kinds;
  of(mi) {
    let k = this.kinds[mi];
    if (k === void 0) this.kinds[mi] = k = this.ctx.store.entities.get(this.ctx.mentions[mi].entityId)?.kind ?? null;
    return k;
  }
};
var CONTEXT_KINDS = /* @__PURE__ */ new Set(["project", "site", "deal", "company", "fund", "agency", "org"]);
function backContext(ctx, run2, kinds, a, fa, claimsBefore) {
  const { text, sentences, figures, mentions } = ctx;
  const before = sentenceIndexOf(sentences, figures[fa].offset);
  const out = [Math.min(before, 2)];
  for (let k = Math.max(0, before - 2); k < before; k++) out.push(Math.max(sentences[k].offset - a, -LOOKBACK - 1));
  const from = a - LOOKBACK;
  for (let mi = firstSpanFrom(mentions, from); mi < mentions.length && mentions[mi].offset < a; mi++) {
    const kind = kinds.of(mi);
    if (!kind || !CONTEXT_KINDS.has(kind)) continue;
    const m = mentions[mi];
    out.push(m.offset - a, m.entityId);
    if (kind === "company") out.push(text.slice(m.offset + m.length, m.offset + m.length + 12));
  }
  out.push("deals");
  for (let k = claimsBefore - 1; k >= 0; k--) {
    const c = run2.claims[k];
    const f = figures[c.figure];
    if (f.offset + f.length + CONTEXT_WINDOW < from) break;
    if (c.subject && c.confidence >= 0.7 && c.subjectMention != null && mentions[c.subjectMention].offset >= from && ctx.store.entities.get(c.subject)?.kind === "deal") {
      out.push(mentions[c.subjectMention].offset - a, c.subject);
    }
  }
  return out;
}
var OBJECT_NOUNS = [
  { re: /^\s*(?:的)?\s*(?:AI\s*|人工智能\s*)?(?:超级)?(?:集群|园区|数据中心|智算中心|算力中心|项目|设施|超算|超级计算机)/, deal: false },
  { re: /^\s*(?:AI\s+)?(?:super)?(?:cluster|campus|data[- ]?cent(?:er|re)|facility|site|project|supercomputer)\b/i, deal: false },
  { re: /^\s*(?:的)?\s*(?:协议|合同|合约|交易)/, deal: true },
  { re: /^\s*(?:deal|contract|agreement|pact)\b/i, deal: true }
];
function embeddedAnaphor(text, figure) {
  const pre = text.slice(Math.max(0, figure.offset - 5), figure.offset);
  if (!/(?:\b(?:the|this|that)\s+|这座|这个|这一|该|此)\s*$/i.test(pre)) return void 0;
  const post = ahead(text, figure.offset + figure.length, figure.offset + figure.length + 20);
  for (const o of OBJECT_NOUNS) {
    const m = o.re.exec(post);
    if (m) return { noun: m[0].replace(/^\s*的?\s*/, "").trim().toLowerCase(), deal: o.deal };
  }
  return void 0;
}
function isThingKind(store2, id) {
  const k = store2.entities.get(id)?.kind;
  return k === "project" || k === "site" || k === "deal";
}
function antecedent(store2, text, claims, figures, mentions, sentences, si, a) {
  if (si === 0) return void 0;
  const to = sentences[si].offset;
  const from = Math.max(sentences[Math.max(0, si - 2)].offset, to - LOOKBACK);
  const ok = (id) => {
    const k = store2.entities.get(id)?.kind;
    return a.deal ? k === "deal" : k === "project" || k === "site";
  };
  for (let mi = firstSpanFrom(mentions, to) - 1; mi >= 0; mi--) {
    const m = mentions[mi];
    if (m.offset < from) break;
    if (ok(m.entityId)) return { subject: m.entityId, mention: mi };
    const k = store2.entities.get(m.entityId)?.kind;
    if (!a.deal && k === "company" && ahead(text, m.offset + m.length, m.offset + m.length + 12).toLowerCase().includes(a.noun.slice(0, 8))) return { subject: m.entityId, mention: mi };
  }
  if (a.deal) {
    for (let k = claims.length - 1; k >= 0; k--) {
      const c = claims[k];
      const f = figures[c.figure];
      if (f.offset + f.length + CONTEXT_WINDOW < from) break;
      if (c.subject && c.confidence >= 0.7 && ok(c.subject) && c.subjectMention != null && mentions[c.subjectMention].offset >= from) return { subject: c.subject, mention: c.subjectMention };
    }
  }
  return void 0;
}
var PER_CHIP = /单卡|单颗|单块|单芯片|每块|每颗|每张|功耗|TDP|\beach\b|per (?:gpu|chip|accelerator)|rated at/i;
function chipPowerMeasure(store2, subject, figure, clause, measure) {
  const byMeasure = store2.byEntityMeasure.get(subject);
  const perChip = !!byMeasure?.get("chip_power")?.length;
  const perSystem = !!(byMeasure?.get("power")?.length || byMeasure?.get("power_capacity")?.length);
  const small = figure.value != null && figure.value < 1e5;
  if (perChip && (small || PER_CHIP.test(clause))) return "chip_power";
  if (perSystem && !perChip) return "power";
  return small ? "chip_power" : measure;
}
var SPEECH = /^\s*(?:表示|称|说|透露|指出|证实|估计|认为|says|said|say|told|reports|reported|estimates)(?![a-z])/i;
var JOINT = /^\s*(?:和|与|及|以及|、|跟|同|and|&)\s*$/i;
function joins(between) {
  return JOINT.test(between) && between.indexOf("\n") === between.lastIndexOf("\n");
}
function jointWithNeighbour(text, mentions, i) {
  const m = mentions[i];
  const prev = mentions[i - 1];
  const next = mentions[i + 1];
  if (prev && prev.entityId !== m.entityId && joins(text.slice(prev.offset + prev.length, m.offset))) return i - 1;
  if (next && next.entityId !== m.entityId && joins(text.slice(m.offset + m.length, next.offset))) return i + 1;
  return void 0;
}
function counterpartIn(text, mentions, i, cStart, cEnd) {
  for (let k = i + 1; k < mentions.length && mentions[k].offset < cEnd; k++) {
    if (mentions[k].offset < cStart || mentions[k].entityId === mentions[i].entityId) continue;
    if (/(?:[向对给与和同跟]|\b(?:in|into|to|with))\s*$/i.test(text.slice(Math.max(0, mentions[k].offset - 6), mentions[k].offset))) return k;
    if (mentions[k].offset >= cStart) return void 0;
  }
  return void 0;
}
var DEAL_WORDS = /协议|合同|合约|订单|交易|意向书|合作|deal|agreement|contract|partnership|letter of intent|pact/i;
var dealIndex = /* @__PURE__ */ new WeakMap();
function dealBetween(store2, a, b) {
  let index = dealIndex.get(store2);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const e of store2.entities.values()) {
      if (e.kind !== "deal") continue;
      for (const p of e.parents) for (const q of e.parents) if (p < q) {
        const key = `${p}|${q}`;
        index.set(key, [...index.get(key) ?? [], e.id]);
      }
    }
    dealIndex.set(store2, index);
  }
  const list = index.get(a < b ? `${a}|${b}` : `${b}|${a}`);
  return list && list.length === 1 ? list[0] : void 0;
}
var FULL_YEAR = /(?:全年|全年度|整年|full[- ]year|for the (?:whole |full )?year|annual)[^，,。；;\d]{0,6}$/i;
var PERIOD_MEASURES = /* @__PURE__ */ new Set(["capex", "revenue", "net_income", "spending", "compute_spend", "growth", "energy_use", "valuation", "market_cap", "users", "employees"]);
function timeFor(text, figures, fi, sentence, cStart, cEnd, measure) {
  const f = figures[fi];
  let best;
  const sEnd = sentence.offset + sentence.length;
  const periodic = !!measure && PERIOD_MEASURES.has(measure);
  for (let k = fi - 1; k >= 0 && figures[k].offset >= sentence.offset; k--) consider(figures[k], k);
  for (let k = fi + 1; k < figures.length && figures[k].offset < sEnd; k++) consider(figures[k], k);
  function consider(g3, k) {
    if (!TIME_KINDS.has(g3.kind)) return;
    const prev = figures[k - 1];
    if (prev && TIME_KINDS.has(prev.kind) && /^\s*[（(][^）)]{0,8}$/.test(text.slice(prev.offset + prev.length, g3.offset))) return;
    const inClause = g3.offset >= cStart && g3.offset < cEnd;
    if (!inClause && !(periodic && g3.offset < f.offset)) return;
    const own = g3.offset >= f.offset + f.length && /^\s*(?:in|for|during)\s+(?:fiscal\s+|FY\s*)?$/i.test(text.slice(f.offset + f.length, g3.offset));
    const d = Math.abs(g3.offset - f.offset) + (inClause ? 0 : 1e3) - (own ? 500 : 0);
    if (!best || d < best.d) best = { d, fig: g3 };
  }
  if (!best) return void 0;
  const g2 = best.fig;
  const time = g2.time ?? (g2.value != null ? { from: String(g2.value), to: String(g2.value), label: g2.text } : void 0);
  const lead = text.slice(Math.max(sentence.offset, f.offset - 12), f.offset);
  if (time && time.from && !/^FY/i.test(time.label ?? "") && FULL_YEAR.test(lead) && !inOwnClause(best.fig)) {
    const y = time.from.slice(0, 4);
    if (/^\d{4}$/.test(y) && (time.to ?? time.from).slice(0, 4) === y) return { from: y, to: y, label: y };
  }
  return time;
  function inOwnClause(x) {
    return x.offset >= cStart && x.offset < cEnd && /^\d{4}/.test(x.text) && x.kind === "year";
  }
}

// server/src/core/analyze.ts
init_checks();
init_store_empty();
var ParagraphMemo = class {
  constructor(maxChars) {
    this.maxChars = maxChars;
  }
  maxChars;
  map = /* @__PURE__ */ new Map();
  chars = 0;
  get(paragraph, compute2) {
    const hit = this.find(paragraph);
    if (hit !== void 0) return hit;
    const found = compute2(paragraph);
    this.put(paragraph, found);
    return found;
  }
  find(key) {
    const hit = this.map.get(key);
    if (hit === void 0) return void 0;
    hit.used = true;
    return hit.value;
  }
  put(key, value) {
    if (this.map.has(key)) return;
    this.map.set(key, { value, used: false });
    this.chars += key.length;
    while (this.chars > this.maxChars && this.map.size > 1) {
      const [oldest, entry] = this.map.entries().next().value;
      this.map.delete(oldest);
      if (entry.used && oldest !== key) {
        entry.used = false;
        this.map.set(oldest, entry);
      } else this.chars -= oldest.length;
    }
  }
};
var AnalysisMemo = class {
  constructor(maxChars = 16 * 1024 * 1024) {
    this.maxChars = maxChars;
    this.figures = new ParagraphMemo(maxChars);
  }
  maxChars;
  figures;
  /** Name-scan results, one memo per name trie (the store's, or names learned from a draft). */
  names = /* @__PURE__ */ new WeakMap();
  claims = /* @__PURE__ */ new WeakMap();
  figuresOf(paragraph) {
    return this.figures.get(paragraph, recognizeFigures);
  }
  /** Claims by paragraph and look-back context, one memo per fact store. */
  claimsMemo(store2) {
    let memo2 = this.claims.get(store2);
    if (!memo2) this.claims.set(store2, memo2 = new ParagraphMemo(this.maxChars));
    return memo2;
  }
  /** The memo of one name trie (keys are trie roots, dropped with them). */
  namesMemo(trie) {
    let memo2 = this.names.get(trie);
    if (!memo2) this.names.set(trie, memo2 = new ParagraphMemo(this.maxChars));
    return memo2;
  }
};
function paragraphRanges(masked) {
  const out = [];
  const n = masked.length;
  let start = 0;
  let i = masked.indexOf("\n");
  while (i >= 0 && i < n) {
    let k = i + 1;
    while (k < n) {
      const c = masked.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 13) break;
      k++;
    }
    if (k < n && masked.charCodeAt(k) === 10) {
      let e = k;
      for (; ; ) {
        let q = e + 1;
        while (q < n) {
          const c = masked.charCodeAt(q);
          if (c !== 32 && c !== 9 && c !== 13) break;
          q++;
        }
        if (q < n && masked.charCodeAt(q) === 10) e = q;
        else break;
      }
      out.push([start, i]);
      start = e + 1;
      i = masked.indexOf("\n", start);
      continue;
    }
    i = masked.indexOf("\n", i + 1);
  }
  out.push([start, n]);
  return out;
}
var LARGE_DRAFT = 8 * 1024 * 1024;

// bench/.stages.ts
init_checks();

// server/src/facts/load.ts
import * as buffer from "node:buffer";
import * as fs2 from "node:fs";
import * as path2 from "node:path";

// server/src/facts/walk.ts
import * as fs from "node:fs";
import * as path from "node:path";
function walkFiles(root, options) {
  const out = [];
  const limit = options.limit ?? Infinity;
  const walk = (dir, rel, depth) => {
    if (depth > options.maxDepth || out.length >= limit) return;
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (options.sorted) entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (out.length >= limit) return;
      if (options.skip(e.name)) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, r, depth + 1);
      else if (e.isFile() && options.accept(r, e.name)) out.push(p);
    }
  };
  walk(root, "", 0);
  return out;
}

// server/src/facts/parse.ts
var import_yaml = __toESM(require_dist());

// server/src/core/units.ts
var YEAR_SECONDS = 365.25 * 86400;
var CURRENCIES = ["USD", "CNY", "EUR", "GBP", "JPY", "HKD", "KRW", "INR", "AED", "SAR", "TWD", "CAD", "AUD", "CHF", "SGD", "NOK"];
var STORE_UNITS = {
  W: { base: "W", factor: 1, kind: "power" },
  kW: { base: "W", factor: 1e3, kind: "power" },
  MW: { base: "W", factor: 1e6, kind: "power" },
  GW: { base: "W", factor: 1e9, kind: "power" },
  TW: { base: "W", factor: 1e12, kind: "power" },
  Wh: { base: "Wh", factor: 1, kind: "energy" },
  kWh: { base: "Wh", factor: 1e3, kind: "energy" },
  MWh: { base: "Wh", factor: 1e6, kind: "energy" },
  GWh: { base: "Wh", factor: 1e9, kind: "energy" },
  TWh: { base: "Wh", factor: 1e12, kind: "energy" },
  count: { base: "count", factor: 1, kind: "count" },
  percent: { base: "percent", factor: 1, kind: "percent" },
  ratio: { base: "ratio", factor: 1, kind: "ratio" },
  year: { base: "year", factor: 1, kind: "year" },
  s: { base: "s", factor: 1, kind: "duration" },
  day: { base: "s", factor: 86400, kind: "duration" },
  month: { base: "s", factor: YEAR_SECONDS / 12, kind: "duration" },
  "year-duration": { base: "s", factor: YEAR_SECONDS, kind: "duration" },
  m2: { base: "m2", factor: 1, kind: "area" },
  sqft: { base: "m2", factor: 0.09290304, kind: "area" },
  acre: { base: "m2", factor: 4046.8564224, kind: "area" },
  hectare: { base: "m2", factor: 1e4, kind: "area" },
  FLOPS: { base: "FLOPS", factor: 1, kind: "compute" },
  TFLOPS: { base: "FLOPS", factor: 1e12, kind: "compute" },
  PFLOPS: { base: "FLOPS", factor: 1e15, kind: "compute" },
  EFLOPS: { base: "FLOPS", factor: 1e18, kind: "compute" },
  B: { base: "B", factor: 1, kind: "data" },
  GB: { base: "B", factor: 1e9, kind: "data" },
  TB: { base: "B", factor: 1e12, kind: "data" },
  PB: { base: "B", factor: 1e15, kind: "data" },
  EB: { base: "B", factor: 1e18, kind: "data" },
  "bit/s": { base: "bit/s", factor: 1, kind: "bandwidth" },
  Gbps: { base: "bit/s", factor: 1e9, kind: "bandwidth" },
  Tbps: { base: "bit/s", factor: 1e12, kind: "bandwidth" },
  m: { base: "m", factor: 1, kind: "length" },
  km: { base: "m", factor: 1e3, kind: "length" },
  mile: { base: "m", factor: 1609.344, kind: "length" },
  m3: { base: "m3", factor: 1, kind: "volume" },
  L: { base: "m3", factor: 1e-3, kind: "volume" },
  gallon: { base: "m3", factor: 0.003785411784, kind: "volume" },
  kg: { base: "kg", factor: 1, kind: "mass" },
  t: { base: "kg", factor: 1e3, kind: "mass" }
};
for (const c of CURRENCIES) STORE_UNITS[c] = { base: c, factor: 1, kind: "money" };
var SCALES = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12
};
function storeUnit(unit) {
  return Object.prototype.hasOwnProperty.call(STORE_UNITS, unit) ? STORE_UNITS[unit] : void 0;
}

// server/src/facts/parse.ts
init_measures();

// server/src/facts/fastyaml.ts
var POS = /* @__PURE__ */ Symbol("fastyaml.pos");
var LINE = /* @__PURE__ */ Symbol("fastyaml.line");
var RawMap = function RawMap2(pos, line) {
  this[POS] = pos;
  this[LINE] = line;
};
var Bail = class extends Error {
};
var bail = () => {
  throw new Bail();
};
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var HEX = /^0x[0-9a-fA-F]+$/;
var OCT = /^0o[0-7]+$/;
var INF = /^[-+]?\.(inf|Inf|INF)$/;
var NAN = /^\.(nan|NaN|NAN)$/;
var KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
var TRAILING_BLANKS = /[ \t]+$/;
function plainValue(s) {
  if (s.length <= 5) {
    if (s === "" || s === "~" || s === "null" || s === "Null" || s === "NULL") return null;
    if (s === "true" || s === "True" || s === "TRUE") return true;
    if (s === "false" || s === "False" || s === "FALSE") return false;
  }
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === 45 || c === 43 || c === 46) {
    if (FLOAT.test(s)) return Number(s);
    const c1 = s.charCodeAt(1);
    if (c === 48 && c1 === 120 && HEX.test(s)) return parseInt(s.slice(2), 16);
    if (c === 48 && c1 === 111 && OCT.test(s)) return parseInt(s.slice(2), 8);
    if ((c === 46 || c1 === 46) && INF.test(s)) return s.startsWith("-") ? -Infinity : Infinity;
    if (c === 46 && NAN.test(s)) return NaN;
  }
  return s;
}
var KNOWN_KEYS = ["entities", "id", "kind", "names", "en", "zh", "description", "parents", "facts", "measure", "value", "low", "high", "unit", "scale", "qualifier", "of", "period", "scope", "as_of", "source", "url", "title", "publisher", "date", "superseded_by", "note"];
var KEY_Y = /[A-Za-z_][A-Za-z0-9_.-]*:/y;
var PLAIN_Y = /(?:-(?=\S)|[^\s&*!|>%@`,?\]}#"'\[{:-])(?:[^\s:]+|:(?=\S)| +(?=[^\s#])|[^\S \t\r\n]+(?=\S))*/y;
var BLOCK_HEADER = /^([|>])(-?)(?: +#.*| *)$/;
var NON_ASCII = /[^\x00-\x7f]/g;
var isFastMap = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var FastDoc = class {
  constructor(parser) {
    this.parser = parser;
  }
  parser;
  captures = [];
  /** The document's value (null for an empty document). */
  root = null;
  /** Offset of the root collection. */
  rootOffset = 0;
  /** The `entities:` items went to the EntityHandler; root.entities is an empty array. */
  streamed = false;
  /** Line and column (UTF-16 units) of a text offset. */
  pos(offset) {
    return this.parser.posOf(offset);
  }
  /** Offset of the value of `key` in the mapping at `mapOffset`, if the key is there. */
  fieldOffset(mapOffset, key) {
    return this.capture(mapOffset).keys?.get(key);
  }
  /** Offset of item `index` of the sequence at `seqOffset`. */
  itemOffset(seqOffset, index) {
    const off = this.capture(seqOffset).items?.[index];
    if (off === void 0) throw new Error(`fastyaml: no item ${index} at offset ${seqOffset}`);
    return off;
  }
  capture(offset) {
    const recent = this.captures;
    for (let j = 0; j < recent.length; j++) if (recent[j].offset === offset) return recent[j].capture;
    const capture = this.parser.capture(offset);
    recent.unshift({ offset, capture });
    if (recent.length > 4) recent.pop();
    return capture;
  }
};
function fastParseYaml(text, onEntity, stop) {
  return run(new FastParser(text), onEntity, stop);
}
function fastParseYamlBytes(bytes, onEntity, stop) {
  const bom = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  return run(new FastParser(bytes.toString("latin1"), bytes, bom ? 3 : 0), onEntity, stop);
}
function run(parser, onEntity, stop) {
  try {
    const doc = new FastDoc(parser);
    const handler = onEntity && ((item, offset) => onEntity(doc, item, offset));
    doc.root = parser.parse(handler);
    doc.rootOffset = parser.rootOffset;
    doc.streamed = parser.streamed;
    return doc;
  } catch {
    if (stop) stop.line = parser.stopLine();
    return void 0;
  }
}
var SIMPLE_ESCAPES = { '"': '"', "\\": "\\", "/": "/", n: "\n", t: "	", r: "\r", "0": "\0", " ": " " };
var FastParser = class {
  /**
   * `text` is the file's text; or, with `bytes`, the Latin-1 reading of them (one character per
   * byte), the text starting at `base` (after a byte order mark).
   */
  constructor(text, bytes, base = 0) {
    this.text = text;
    this.bytes = bytes;
    this.base = base;
    const cap = Math.max(1024, text.length >> 4);
    this.ind = new Int32Array(cap);
    this.st = new Int32Array(cap);
    this.en = new Int32Array(cap);
    this.ln = new Int32Array(cap);
    if (bytes) this.na = new Uint8Array(cap);
  }
  text;
  bytes;
  base;
  // The lines of the file that are not comments ("rows"), in typed arrays (big stores have
  // millions): indentation (-1 for a blank line), offset of the first content character (of the
  // line, for a blank line), end (before any '\r'), 0-based line number and, when parsing bytes,
  // whether the line has any byte that is not ASCII.
  n = 0;
  ind;
  st;
  en;
  ln;
  na;
  /** The row being parsed. */
  i = 0;
  /** 0-based line of the row being parsed, or -1 before the rows were read. */
  stopLine() {
    return this.i < this.n ? this.ln[this.i] : -1;
  }
  rootOffset = 0;
  /** The root mapping's `entities:` went to the entity handler. */
  streamed = false;
  /** Value of the last quoted scalar or flow collection (they return their end offset). */
  result;
  // Keys: one string for each (`keys`), numbered (`keyIds`), and by first character, so that a
  // line is first compared with the keys seen so far without making a string or hashing one; a
  // mapping's keys so far are then a set of bits.
  keys = new Map(KNOWN_KEYS.map((k) => [k, k]));
  keyIds = /* @__PURE__ */ new Map();
  keysByChar = [];
  idsByChar = [];
  /** Number of the key last returned by keyAtLine, and offset of its ':'. */
  keyId = 0;
  keyColon = 0;
  push(indent, start, end, line, nonAscii) {
    if (this.n === this.ind.length) {
      const grow = (a) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.ind = grow(this.ind);
      this.st = grow(this.st);
      this.en = grow(this.en);
      this.ln = grow(this.ln);
      if (this.na) {
        const b = new Uint8Array(this.na.length * 2);
        b.set(this.na);
        this.na = b;
      }
    }
    const i = this.n++;
    this.ind[i] = indent;
    this.st[i] = start;
    this.en[i] = end;
    this.ln[i] = line;
    if (nonAscii) this.na[i] = 1;
  }
  /** The text from a to b on row `row`, as the string the UTF-16 text would give. */
  sub(a, b, row) {
    if (!this.bytes) return this.text.slice(a, b);
    if (this.na[row]) return this.bytes.toString("utf8", a, b);
    if (b - a < 13) return this.text.slice(a, b);
    const bytes = this.bytes;
    return bytes.latin1Slice ? bytes.latin1Slice(a, b) : bytes.toString("latin1", a, b);
  }
  parse(onEntity) {
    const t3 = this.text;
    const n = t3.length;
    let pos = this.base;
    if (this.bytes ? t3.startsWith("\xEF\xBB\xBF", pos) : t3.charCodeAt(0) === 65279) bail();
    const bytes = !!this.bytes;
    const nextNonAscii = (from) => {
      NON_ASCII.lastIndex = from;
      return NON_ASCII.test(t3) ? NON_ASCII.lastIndex - 1 : n;
    };
    let nonAscii = bytes ? nextNonAscii(pos) : n;
    let cr = t3.indexOf("\r", pos);
    if (cr < 0) cr = n;
    let lineNo = 0;
    while (pos <= n) {
      let end = t3.indexOf("\n", pos);
      if (end < 0) end = n;
      let e = end;
      if (e > pos && t3.charCodeAt(e - 1) === 13) e--;
      if (cr < e) bail();
      let k = pos;
      while (k < e && t3.charCodeAt(k) === 32) k++;
      const c = k < e ? t3.charCodeAt(k) : -1;
      if (c === 9) bail();
      if (k < e && c !== 35) {
        if (k === pos && (c === 37 || (c === 45 || c === 46) && t3.startsWith(c === 45 ? "---" : "...", k))) bail();
        this.push(k - pos, k, e, lineNo, nonAscii < end);
      } else if (k < e) {
      } else {
        this.push(-1, pos, e, lineNo, false);
      }
      lineNo++;
      if (end >= n) break;
      pos = end + 1;
      if (nonAscii < pos) nonAscii = nextNonAscii(pos);
      if (cr < pos) {
        cr = t3.indexOf("\r", pos);
        if (cr < 0) cr = n;
      }
    }
    this.skipBlank();
    if (this.i >= this.n) return null;
    if (this.ind[this.i] !== 0) bail();
    this.rootOffset = this.st[this.i];
    const s = this.rootOffset;
    const value = this.isSeqItem(s, this.en[this.i]) ? this.seq(0) : this.map(0, s, void 0, onEntity);
    this.skipBlank();
    if (this.i < this.n) bail();
    return value;
  }
  // ---- positions ----
  /** The row holding a content offset. */
  rowOf(offset) {
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.st[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  posOf(offset) {
    const r = this.rowOf(offset);
    const lineStart = this.st[r] - this.ind[r];
    const column = this.na?.[r] ? this.bytes.toString("utf8", lineStart, offset).length : offset - lineStart;
    return { line: this.ln[r], column };
  }
  /**
   * Parse the collection at `offset` again, noting where its children start. May run while the
   * main parse is under way (from the entity handler): the parse state is saved and restored.
   */
  capture(offset) {
    const saved = { i: this.i, keyId: this.keyId, keyColon: this.keyColon, result: this.result };
    try {
      const r = this.rowOf(offset);
      const c = this.text.charCodeAt(offset);
      const cap = {};
      if (c === 91 || c === 123) {
        if (c === 123) cap.keys = /* @__PURE__ */ new Map();
        else cap.items = [];
        this.collection(offset, this.en[r], r, cap);
      } else if (offset === this.st[r] && this.isSeqItem(offset, this.en[r])) {
        cap.items = [];
        this.i = r;
        this.seq(this.ind[r], cap.items);
      } else {
        cap.keys = /* @__PURE__ */ new Map();
        this.i = r;
        this.map(offset - (this.st[r] - this.ind[r]), offset, cap.keys);
      }
      return cap;
    } finally {
      this.i = saved.i;
      this.keyId = saved.keyId;
      this.keyColon = saved.keyColon;
      this.result = saved.result;
    }
  }
  // ---- block structure ----
  skipBlank() {
    while (this.i < this.n && this.ind[this.i] < 0) this.i++;
  }
  isSeqItem(start, end) {
    const t3 = this.text;
    return t3.charCodeAt(start) === 45 && (start + 1 === end || t3.charCodeAt(start + 1) === 32);
  }
  seq(indent, cap, onItem) {
    const items = [];
    const t3 = this.text;
    for (; ; ) {
      this.skipBlank();
      const i = this.i;
      if (i >= this.n || this.ind[i] < indent) break;
      const start = this.st[i];
      const end = this.en[i];
      if (this.ind[i] > indent || !this.isSeqItem(start, end)) bail();
      let k = start + 1;
      while (k < end && t3.charCodeAt(k) === 32) k++;
      if (k >= end || t3.charCodeAt(k) === 35) bail();
      if (t3.charCodeAt(k) === 45 && (k + 1 === end || t3.charCodeAt(k + 1) === 32)) bail();
      if (cap) cap.push(k);
      let v;
      if (this.isKeyLine(k, end)) {
        v = this.map(indent + (k - start), k);
      } else {
        v = this.inlineValue(i, k);
        this.i++;
      }
      if (onItem) onItem(v, k);
      else items.push(v);
    }
    return items;
  }
  /** Offset of the ':' ending a plain key at k, or -1. */
  keyAt(k, end) {
    const t3 = this.text;
    const c = t3.charCodeAt(k);
    if (c === 34 || c === 39 || c === 91 || c === 123) return -1;
    for (let p = k; p < end; p++) {
      const d = t3.charCodeAt(p);
      if (d === 58 && (p + 1 === end || t3.charCodeAt(p + 1) === 32)) return p;
      if (d === 32 && t3.charCodeAt(p + 1) === 35) return -1;
    }
    return -1;
  }
  /** Whether a seq item's content at k is "key: …" (a mapping item). */
  isKeyLine(k, end) {
    KEY_Y.lastIndex = k;
    if (KEY_Y.test(this.text)) {
      const colon = KEY_Y.lastIndex - 1;
      if (colon + 1 === end || this.text.charCodeAt(colon + 1) === 32) return true;
    }
    return this.keyAt(k, end) >= 0;
  }
  /** The one string for a valid key. */
  canonicalKey(text) {
    const key = this.keys.get(text);
    if (key !== void 0) return key;
    if (text === "__proto__") bail();
    this.keys.set(text, text);
    return text;
  }
  /** The key of a block mapping line starting at `start`; sets keyColon. Bails on a bad key. */
  keyOf(start, end) {
    const t3 = this.text;
    KEY_Y.lastIndex = start;
    if (KEY_Y.test(t3)) {
      const colon2 = KEY_Y.lastIndex - 1;
      if (colon2 + 1 === end || t3.charCodeAt(colon2 + 1) === 32) {
        this.keyColon = colon2;
        return this.canonicalKey(t3.slice(start, colon2));
      }
    }
    const colon = this.keyAt(start, end);
    if (colon < 0) bail();
    const key = t3.slice(start, colon).replace(TRAILING_BLANKS, "");
    if (!KEY.test(key)) bail();
    this.keyColon = colon;
    return this.canonicalKey(key);
  }
  /** The key of the block mapping line at `start`; sets keyColon and keyId. Bails on a bad key. */
  keyAtLine(start, end) {
    const t3 = this.text;
    const c0 = t3.charCodeAt(start);
    const known = c0 < 128 ? this.keysByChar[c0] : void 0;
    if (known) {
      for (let j = 0; j < known.length; j++) {
        const key2 = known[j];
        const colon = start + key2.length;
        if (colon >= end || t3.charCodeAt(colon) !== 58 || colon + 1 !== end && t3.charCodeAt(colon + 1) !== 32) continue;
        let same = true;
        for (let q = 1; q < key2.length; q++) {
          if (t3.charCodeAt(start + q) !== key2.charCodeAt(q)) {
            same = false;
            break;
          }
        }
        if (!same) continue;
        this.keyColon = colon;
        this.keyId = this.idsByChar[c0][j];
        return key2;
      }
    }
    const key = this.keyOf(start, end);
    let id = this.keyIds.get(key);
    if (id === void 0) {
      this.keyIds.set(key, id = this.keyIds.size);
      const k0 = key.charCodeAt(0);
      (this.keysByChar[k0] ??= []).push(key);
      (this.idsByChar[k0] ??= []).push(id);
    }
    this.keyId = id;
    return key;
  }
  /** A block mapping at `indent`; its first key starts at `firstStart` on row i. `onEntity` only for the root. */
  map(indent, firstStart, cap, onEntity) {
    const value = new RawMap(firstStart, this.ln[this.i]);
    const t3 = this.text;
    let seen = 0;
    let first = true;
    for (; ; ) {
      let start;
      if (first) {
        start = firstStart;
        first = false;
      } else {
        this.skipBlank();
        if (this.i >= this.n) break;
        const ind = this.ind[this.i];
        if (ind < indent) break;
        start = this.st[this.i];
        if (ind > indent) bail();
      }
      const row = this.i;
      const end = this.en[row];
      if (this.isSeqItem(start, end)) bail();
      const key = this.keyAtLine(start, end);
      const id = this.keyId;
      if (id < 30) {
        if (seen & 1 << id) bail();
        seen |= 1 << id;
      } else if (value[key] !== void 0 && Object.prototype.hasOwnProperty.call(value, key)) bail();
      let k = this.keyColon + 1;
      while (k < end && t3.charCodeAt(k) === 32) k++;
      let v;
      let at = k;
      if (k >= end || t3.charCodeAt(k) === 35) {
        this.i++;
        this.skipBlank();
        const next = this.i;
        if (next >= this.n) bail();
        const nextInd = this.ind[next];
        at = this.st[next];
        const isSeq2 = this.isSeqItem(at, this.en[next]);
        if (nextInd < indent || nextInd === indent && !isSeq2) bail();
        if (isSeq2 && onEntity && key === "entities") {
          v = this.seq(nextInd, void 0, onEntity);
          this.streamed = true;
        } else v = isSeq2 ? this.seq(nextInd) : this.map(nextInd, at);
      } else if (this.plainToEnd(k, end, row)) {
        const d = end - k <= 9 ? this.digits(k, end) : -1;
        v = d >= 0 ? d : plainValue(this.sub(k, end, row));
        this.i++;
      } else {
        const c = t3.charCodeAt(k);
        if (c === 124 || c === 62) v = this.blockScalar(row, k, indent);
        else {
          v = this.inlineValue(row, k);
          this.i++;
        }
      }
      if (cap) cap.set(key, at);
      value[key] = v;
    }
    return value;
  }
  /** The value of the digits from k to end (at most 9 of them), or -1 if there is anything else. */
  digits(k, end) {
    const t3 = this.text;
    let v = 0;
    for (let p = k; p < end; p++) {
      const c = t3.charCodeAt(p) - 48;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
    }
    return v;
  }
  /** Whether a plain scalar with nothing to look at runs from k to the end of the line. */
  plainToEnd(k, end, row) {
    if (this.na?.[row]) return false;
    PLAIN_Y.lastIndex = k;
    return PLAIN_Y.test(this.text) && PLAIN_Y.lastIndex === end;
  }
  /** `|`, `|-`, `>`, `>-` with all content lines at one indentation. */
  blockScalar(row, k, parentIndent) {
    const t3 = this.text;
    const header = BLOCK_HEADER.exec(t3.slice(k, this.en[row]));
    if (!header) bail();
    const folded = header[1] === ">";
    const strip = header[2] === "-";
    const headerLine = this.ln[row];
    this.i++;
    let parts = 0;
    let contentIndent = -1;
    let blanks = 0;
    let blankSpaces = 0;
    let out = "";
    while (this.i < this.n) {
      const m = this.i;
      const mInd = this.ind[m];
      if (mInd < 0) {
        blankSpaces = Math.max(blankSpaces, this.en[m] - this.st[m]);
        blanks++;
        this.i++;
        continue;
      }
      if (mInd <= parentIndent) break;
      if (contentIndent < 0) contentIndent = mInd;
      if (mInd !== contentIndent) bail();
      const s = this.sub(this.st[m], this.en[m], m);
      if (!parts) out = s;
      else if (folded) out += blanks ? "\n".repeat(blanks) + s : " " + s;
      else out += "\n".repeat(blanks + 1) + s;
      parts++;
      blanks = 0;
      this.i++;
    }
    if (contentIndent < 0) bail();
    if (blankSpaces > contentIndent) bail();
    const firstLine = headerLine + 1;
    const last = this.i - 1;
    const lastLine = this.ln[last];
    let count = 0;
    for (let j = last; j >= 0 && this.ln[j] >= firstLine; j--) count++;
    if (lastLine - firstLine + 1 !== count) bail();
    if (this.i < this.n ? this.ln[this.i] > lastLine + 1 : true) {
      const gapEnd = this.i < this.n ? this.st[this.i] : t3.length;
      let p = t3.indexOf("\n", this.en[last]);
      while (p >= 0 && p < gapEnd) {
        let q = p + 1;
        while (q < gapEnd && t3.charCodeAt(q) === 32) q++;
        if (t3.charCodeAt(q) === 35 && q - (p + 1) >= contentIndent) bail();
        p = t3.indexOf("\n", q);
      }
    }
    return strip ? out : out + "\n";
  }
  /** A scalar or a one-line flow collection starting at k on row `row`, ending the line. */
  inlineValue(row, k) {
    const t3 = this.text;
    const lineEnd2 = this.en[row];
    const c = t3.charCodeAt(k);
    let value;
    let end;
    if (c === 91 || c === 123) {
      end = this.collection(k, lineEnd2, row);
      value = this.result;
    } else if (c === 34 || c === 39) {
      end = this.quoted(k, lineEnd2, row);
      value = this.result;
    } else {
      return this.plainScalar(k, lineEnd2, row);
    }
    let p = end;
    while (p < lineEnd2 && t3.charCodeAt(p) === 32) p++;
    if (p < lineEnd2 && !(t3.charCodeAt(p) === 35 && p > end)) bail();
    return value;
  }
  /** A block-context plain scalar: up to a " #" comment; no indicators that change its meaning. */
  plainScalar(k, lineEnd2, row) {
    if (this.plainToEnd(k, lineEnd2, row)) return plainValue(this.sub(k, lineEnd2, row));
    const t3 = this.text;
    const c = t3.charCodeAt(k);
    if ("&*!|>%@`,?]}#".includes(t3[k]) || c === 45 && (k + 1 >= lineEnd2 || t3.charCodeAt(k + 1) === 32 || t3.charCodeAt(k + 1) === 9)) bail();
    let e = k;
    while (e < lineEnd2 && !(t3.charCodeAt(e) === 32 && t3.charCodeAt(e + 1) === 35)) e++;
    const s = this.sub(k, e, row).replace(TRAILING_BLANKS, "");
    if (s.includes(": ") || s.endsWith(":") || s.includes("	")) bail();
    return plainValue(s);
  }
  /** A quoted scalar at k; returns its end, the value in result. */
  quoted(k, lineEnd2, row) {
    const t3 = this.text;
    const q = t3.charCodeAt(k);
    let out;
    let from = k + 1;
    let p = k + 1;
    for (; ; ) {
      if (p >= lineEnd2) bail();
      const c = t3.charCodeAt(p);
      if (c === q) {
        if (q === 39 && t3.charCodeAt(p + 1) === 39) {
          out = (out ?? "") + this.sub(from, p, row) + "'";
          p += 2;
          from = p;
          continue;
        }
        this.result = out === void 0 ? this.sub(from, p, row) : out + this.sub(from, p, row);
        return p + 1;
      }
      if (q === 34 && c === 92) {
        const e = t3[p + 1];
        const backslash = p;
        let piece;
        if (e in SIMPLE_ESCAPES) {
          piece = SIMPLE_ESCAPES[e];
          p += 2;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(t3.slice(p + 2, p + 6))) {
          piece = String.fromCharCode(parseInt(t3.slice(p + 2, p + 6), 16));
          p += 6;
        } else bail();
        out = (out ?? "") + this.sub(from, backslash, row) + piece;
        from = p;
        continue;
      }
      p++;
    }
  }
  skipSpaces(p, lineEnd2) {
    const t3 = this.text;
    while (p < lineEnd2 && t3.charCodeAt(p) === 32) p++;
    return p;
  }
  /** A scalar or nested collection inside a flow collection; returns its end, the value in result. */
  flowScalar(p, lineEnd2, row, inMap, isKey) {
    const t3 = this.text;
    const c = t3.charCodeAt(p);
    if (c === 91 || c === 123) return this.collection(p, lineEnd2, row);
    if (c === 34 || c === 39) return this.quoted(p, lineEnd2, row);
    if (c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 37 || c === 64 || c === 96 || c === 35 || c === 44 || c === 93 || c === 125 || c === 63 || p >= lineEnd2) bail();
    if (c === 45) {
      const d = t3.charCodeAt(p + 1);
      if (p + 1 >= lineEnd2 || d === 32 || d === 9 || d === 44 || d === 91 || d === 93 || d === 123 || d === 125) bail();
    }
    let e = p;
    while (e < lineEnd2) {
      const d = t3.charCodeAt(e);
      if (d === 44 || d === 93 || d === 125 || d === 91 || d === 123) break;
      if (d === 58) {
        const f = t3.charCodeAt(e + 1);
        if (e + 1 >= lineEnd2 || f === 32 || f === 44 || f === 93 || f === 125) {
          if (isKey || inMap) break;
          bail();
        }
        if (f === 91 || f === 123 || f === 9) bail();
      }
      if (d === 9 || d === 32 && t3.charCodeAt(e + 1) === 35) bail();
      e++;
    }
    const s = this.sub(p, e, row).replace(TRAILING_BLANKS, "");
    if (s.includes(": ")) bail();
    this.result = plainValue(s);
    return e;
  }
  /** A flow collection at p closed on the same line; returns its end, the value in result. */
  collection(p, lineEnd2, row, cap) {
    const t3 = this.text;
    const isMap2 = t3.charCodeAt(p) === 123;
    const close = isMap2 ? 125 : 93;
    const items = isMap2 ? void 0 : [];
    const value = isMap2 ? new RawMap(p, this.ln[row]) : void 0;
    p = this.skipSpaces(p + 1, lineEnd2);
    while (t3.charCodeAt(p) !== close) {
      if (p >= lineEnd2) bail();
      if (value) {
        p = this.flowScalar(p, lineEnd2, row, true, true);
        const key = this.result;
        if (typeof key !== "string" || !KEY.test(key) || Object.prototype.hasOwnProperty.call(value, key) || key === "__proto__") bail();
        p = this.skipSpaces(p, lineEnd2);
        if (t3.charCodeAt(p) !== 58) bail();
        p = this.skipSpaces(p + 1, lineEnd2);
        const c2 = t3.charCodeAt(p);
        cap?.keys.set(key, p);
        if (c2 === 44 || c2 === close) this.result = null;
        else p = this.flowScalar(p, lineEnd2, row, true, false);
        value[key] = this.result;
        p = this.skipSpaces(p, lineEnd2);
      } else {
        cap?.items.push(p);
        p = this.flowScalar(p, lineEnd2, row, false, false);
        const v = this.result;
        p = this.skipSpaces(p, lineEnd2);
        if (typeof v === "string" && t3.charCodeAt(p) === 58) bail();
        items.push(v);
      }
      const c = t3.charCodeAt(p);
      if (c === 44) {
        p = this.skipSpaces(p + 1, lineEnd2);
        if (t3.charCodeAt(p) === 44) bail();
      } else if (c !== close) bail();
    }
    this.result = value ?? items;
    return p + 1;
  }
};

// server/src/facts/parse.ts
var ENTITY_KINDS = [
  "company",
  "project",
  "site",
  "chip",
  "person",
  "place",
  "agency",
  "model",
  "deal",
  "fund",
  "org"
];
var QUALIFIERS = ["exact", "about", "nearly", "more-than", "at-least", "up-to", "less-than", "at-most", "range", "vague"];
var ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
var DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
function parseFactFile(file, text) {
  const fast = new FastValidator(file);
  const stop = { line: -1 };
  const doc = fastParseYaml(text, fast.onEntity, stop);
  if (doc !== void 0) return fast.finish(doc);
  if (text.length > FULL_PARSE_LIMIT) return tooBigForFullParser(file, text.length, stop.line);
  return parseFactFileSlow(file, text);
}
var FULL_PARSE_LIMIT = 4 * 1024 * 1024;
function tooBigForFullParser(file, size, line) {
  const mb = (size / 1048576).toFixed(0);
  const where = line >= 0 ? `near line ${line + 1}` : "in this file";
  return {
    entities: [],
    facts: [],
    problems: [{
      file,
      line: Math.max(0, line),
      column: 0,
      code: "store-yaml",
      severity: "error",
      message: `YAML error or YAML outside the plain block style ${where} (tabs, anchors, tags, multi-line plain text, duplicate keys); the file is ${mb} MB, too big for the full YAML parser: fix that line or split the file.`
    }]
  };
}
function parseFactBytes(file, bytes) {
  const fast = new FastValidator(file);
  const stop = { line: -1 };
  const doc = fastParseYamlBytes(bytes, fast.onEntity, stop);
  if (doc !== void 0) return fast.finish(doc);
  if (bytes.length > FULL_PARSE_LIMIT) return tooBigForFullParser(file, bytes.length, stop.line);
  return parseFactFileSlow(file, new TextDecoder("utf-8", { fatal: true }).decode(bytes));
}
var FastView = class {
  constructor(doc) {
    this.doc = doc;
  }
  doc;
  line = 0;
  raw = {};
  off = 0;
  of(m) {
    this.raw = m;
    this.off = m[POS];
    this.line = m[LINE];
    return this;
  }
  at() {
    return this.doc.pos(this.off);
  }
  fieldPos(key) {
    return this.doc.pos(this.doc.fieldOffset(this.off, key) ?? this.off);
  }
};
var FastValidator = class {
  constructor(file) {
    this.file = file;
  }
  file;
  out = { entities: [], facts: [], problems: [] };
  view;
  intern = interner();
  problem = (at, code, message, severity = "error") => {
    this.out.problems.push({ file: this.file, line: at.line, column: at.column, code, message, severity });
  };
  onEntity = (doc, item, offset) => {
    this.entity(doc, item, () => doc.pos(offset));
  };
  finish(doc) {
    if (doc.streamed) return this.out;
    const root = doc.root;
    if (root == null) return this.out;
    if (!isFastMap(root)) {
      this.problem(doc.pos(doc.rootOffset), "store-shape", "A fact-store file must be a mapping with an `entities:` list.");
      return this.out;
    }
    const entities = root.entities;
    if (!Array.isArray(entities)) {
      this.problem(doc.pos(doc.rootOffset), "store-shape", "Missing `entities:` list.");
      return this.out;
    }
    for (let e = 0; e < entities.length; e++) this.entity(doc, entities[e], () => itemPos(doc, root, "entities", e));
    return this.out;
  }
  entity(doc, item, itemAt) {
    const { file, out, problem } = this;
    if (!isFastMap(item)) {
      problem(itemAt(), "store-shape", "Each entity must be a mapping.");
      return;
    }
    const view = this.view ??= new FastView(doc);
    const entity = readEntity(file, view.of(item), problem, this.intern);
    if (!entity) return;
    out.entities.push(entity);
    const facts = item.facts;
    if (facts === void 0) return;
    if (!Array.isArray(facts)) {
      problem(doc.pos(doc.fieldOffset(item[POS], "facts")), "store-shape", `Entity ${entity.id}: \`facts\` must be a list.`);
      return;
    }
    for (let f = 0; f < facts.length; f++) {
      const factNode = facts[f];
      if (!isFastMap(factNode)) {
        problem(itemPos(doc, item, "facts", f), "store-shape", `Entity ${entity.id}: each fact must be a mapping.`);
        continue;
      }
      const fact = readFact(file, entity.id, view.of(factNode), problem, this.intern);
      if (fact) {
        out.facts.push(fact);
        entity.factIds.push(fact.id);
      }
    }
  }
};
function itemPos(doc, map, key, index) {
  return doc.pos(doc.itemOffset(doc.fieldOffset(map[POS], key), index));
}
function parseFactFileSlow(file, text) {
  const out = { entities: [], facts: [], problems: [] };
  const intern = interner();
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const posOf = (node) => {
    const range = node?.range;
    if (!range) return { line: 0, column: 0 };
    const p = lineCounter.linePos(range[0]);
    return { line: p.line - 1, column: p.col - 1 };
  };
  const problem = (at, code, message, severity = "error") => out.problems.push({ file, line: at.line, column: at.column, code, message, severity });
  const view = (node) => {
    const at = posOf(node);
    return { line: at.line, at: () => at, raw: node.toJSON(), fieldPos: (key) => posOf(node.get(key, true) ?? node) };
  };
  for (const err of doc.errors) {
    const p = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
    problem({ line: p.line - 1, column: p.col - 1 }, "store-yaml", `YAML error: ${err.message.split("\n")[0]}`);
  }
  if (doc.errors.length) return out;
  const root = doc.contents;
  if (root == null) return out;
  if (!(0, import_yaml.isMap)(root)) {
    problem(posOf(root), "store-shape", "A fact-store file must be a mapping with an `entities:` list.");
    return out;
  }
  const entitiesNode = root.get("entities", true);
  if (!(0, import_yaml.isSeq)(entitiesNode)) {
    problem(posOf(root), "store-shape", "Missing `entities:` list.");
    return out;
  }
  for (const item of entitiesNode.items) {
    if (!(0, import_yaml.isMap)(item)) {
      problem(posOf(item), "store-shape", "Each entity must be a mapping.");
      continue;
    }
    const entity = readEntity(file, view(item), problem, intern);
    if (!entity) continue;
    out.entities.push(entity);
    const factsNode = item.get("facts", true);
    if (factsNode == null) continue;
    if (!(0, import_yaml.isSeq)(factsNode)) {
      problem(posOf(factsNode), "store-shape", `Entity ${entity.id}: \`facts\` must be a list.`);
      continue;
    }
    for (const factNode of factsNode.items) {
      if (!(0, import_yaml.isMap)(factNode)) {
        problem(posOf(factNode), "store-shape", `Entity ${entity.id}: each fact must be a mapping.`);
        continue;
      }
      const fact = readFact(file, entity.id, view(factNode), problem, intern);
      if (fact) {
        out.facts.push(fact);
        entity.factIds.push(fact.id);
      }
    }
  }
  return out;
}
function interner() {
  const seen = /* @__PURE__ */ new Map();
  return (s) => {
    if (s === void 0) return s;
    let c = seen.get(s);
    if (c === void 0) seen.set(s, c = s);
    return c;
  };
}
function str(v) {
  if (typeof v === "string") {
    const a = v.charCodeAt(0);
    const b = v.charCodeAt(v.length - 1);
    if (a > 32 && a < 127 && b > 32 && b < 127) return v;
    return v.trim() || void 0;
  }
  if (typeof v === "number") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return void 0;
}
function strList(v) {
  if (Array.isArray(v)) {
    const out = [];
    for (let i = 0; i < v.length; i++) {
      const s2 = str(v[i]);
      if (s2) out.push(s2);
    }
    return out;
  }
  const s = str(v);
  return s ? [s] : [];
}
function readEntity(file, node, problem, intern) {
  const raw = node.raw;
  const id = str(raw.id);
  if (!id) {
    problem(node.at(), "store-missing-id", "Entity without an `id`.");
    return void 0;
  }
  if (!ID_PATTERN.test(id)) problem(node.fieldPos("id"), "store-bad-id", `Entity id "${id}" must be lowercase letters, digits, '.', '_' or '-'.`);
  let kind = intern(str(raw.kind));
  if (!kind || !ENTITY_KINDS.includes(kind)) {
    problem(node.fieldPos("kind"), "store-unknown-kind", `Entity ${id}: unknown kind "${raw.kind ?? ""}" (expected one of ${ENTITY_KINDS.join(", ")}).`);
    kind = "org";
  }
  const namesRaw = raw.names ?? {};
  const names = { en: strList(namesRaw.en), zh: strList(namesRaw.zh) };
  if (!names.en.length && !names.zh.length) {
    problem(node.at(), "store-missing-name", `Entity ${id}: needs at least one name under \`names.en\` or \`names.zh\`.`);
    names.en.push(id);
  }
  return {
    id,
    kind,
    names,
    description: str(raw.description),
    parents: strList(raw.parents),
    factIds: [],
    file,
    line: node.line
  };
}
function num2(v) {
  if (v == null) return null;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v.replace(/[,_\s]/g, ""));
    if (Number.isFinite(n)) return n;
  }
  return void 0;
}
var HTTP_URL = /^https?:\/\//i;
function readFact(file, entityId, node, problem, intern) {
  const raw = node.raw;
  const id = str(raw.id);
  if (!id) {
    problem(node.at(), "store-missing-id", `A fact of ${entityId} has no \`id\`.`);
    return void 0;
  }
  let ok = true;
  const measure = intern(str(raw.measure));
  const knownMeasure = !!measure && isKnownMeasure(measure);
  if (!measure) {
    problem(node.at(), "store-missing-measure", `Fact ${id}: missing \`measure\`.`);
    ok = false;
  } else if (!knownMeasure) {
    problem(node.fieldPos("measure"), "store-unknown-measure", `Fact ${id}: unknown measure "${measure}".`);
    ok = false;
  }
  const unitText = intern(str(raw.unit));
  const unit = unitText ? storeUnit(unitText) : void 0;
  if (!unitText) {
    problem(node.at(), "store-missing-unit", `Fact ${id}: missing \`unit\`.`);
    ok = false;
  } else if (!unit) {
    problem(node.fieldPos("unit"), "store-unknown-unit", `Fact ${id}: unknown unit "${unitText}".`);
    ok = false;
  } else if (knownMeasure && !MEASURE_KINDS[measure].includes(unit.kind)) {
    problem(node.fieldPos("unit"), "store-unit-mismatch", `Fact ${id}: unit "${unitText}" is ${unit.kind}, but measure "${measure}" takes ${MEASURE_KINDS[measure].join(" or ")}.`);
    ok = false;
  }
  let scale = 1;
  const scaleText = str(raw.scale);
  if (scaleText) {
    if (SCALES[scaleText] === void 0) {
      problem(node.fieldPos("scale"), "store-bad-scale", `Fact ${id}: unknown scale "${scaleText}" (thousand, million, billion, trillion).`);
      ok = false;
    } else scale = SCALES[scaleText];
  }
  const value = num2(raw.value);
  const low = num2(raw.low);
  const high = num2(raw.high);
  if (value === void 0) {
    problem(node.fieldPos("value"), "store-bad-value", `Fact ${id}: \`value\` must be a number.`);
    ok = false;
  }
  if (low === void 0) {
    problem(node.fieldPos("low"), "store-bad-value", `Fact ${id}: \`low\` must be a number.`);
    ok = false;
  }
  if (high === void 0) {
    problem(node.fieldPos("high"), "store-bad-value", `Fact ${id}: \`high\` must be a number.`);
    ok = false;
  }
  if (value == null && low == null && high == null) {
    problem(node.at(), "store-missing-value", `Fact ${id}: needs \`value\`, or \`low\`/\`high\`.`);
    ok = false;
  }
  if (low != null && high != null && low > high) {
    problem(node.fieldPos("low"), "store-bad-value", `Fact ${id}: low ${low} is above high ${high}.`);
    ok = false;
  }
  let qualifier = intern(str(raw.qualifier)) ?? (value == null ? low != null && high != null ? "range" : low != null ? "at-least" : "up-to" : "exact");
  if (!QUALIFIERS.includes(qualifier)) {
    problem(node.fieldPos("qualifier"), "store-bad-qualifier", `Fact ${id}: unknown qualifier "${qualifier}".`);
    qualifier = "exact";
  }
  const asOf = intern(str(raw.as_of));
  if (!asOf) {
    problem(node.at(), "store-missing-date", `Fact ${id}: missing \`as_of\` date.`);
    ok = false;
  } else if (!DATE_PATTERN.test(asOf)) {
    problem(node.fieldPos("as_of"), "store-bad-date", `Fact ${id}: \`as_of\` "${asOf}" must be YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  const sourceRaw = raw.source ?? null;
  const sourceIsObject = sourceRaw !== null && typeof sourceRaw === "object";
  const url = sourceIsObject ? str(sourceRaw.url) : void 0;
  if (!url) {
    problem(node.fieldPos("source"), "store-missing-source", `Fact ${id}: missing \`source.url\`; every fact needs a source.`);
    ok = false;
  } else if (!HTTP_URL.test(url)) {
    problem(node.fieldPos("source"), "store-bad-source", `Fact ${id}: source URL must start with http:// or https://.`);
    ok = false;
  }
  const sourceDate = sourceIsObject ? intern(str(sourceRaw.date)) : void 0;
  if (sourceIsObject && !sourceDate) {
    problem(node.fieldPos("source"), "store-missing-source-date", `Fact ${id}: source has no \`date\`.`, "warning");
  }
  if (!ok || !unit || !measure || !asOf || !url) return void 0;
  const factor = unit.factor * scale;
  const src = sourceRaw;
  return {
    id,
    entityId,
    measure,
    value: value == null ? null : value * factor,
    low: low == null ? null : low * factor,
    high: high == null ? null : high * factor,
    unit: unit.base,
    unitText,
    qualifier,
    of: intern(str(raw.of)),
    period: intern(str(raw.period)),
    scope: str(raw.scope),
    asOf,
    source: { url, title: str(src.title), publisher: intern(str(src.publisher)), date: sourceDate },
    supersededBy: str(raw.superseded_by),
    note: str(raw.note),
    file,
    line: node.line
  };
}

// server/src/facts/load.ts
init_store();
var MAX_FACT_FILE_BYTES = 64 * 1024 * 1024;
var isUtf82 = buffer.isUtf8;
function defaultStoreDir() {
  const candidates = [
    path2.resolve(__dirname, "..", "store", "default"),
    path2.resolve(__dirname, "..", "..", "..", "store", "default"),
    path2.resolve(__dirname, "..", "..", "store", "default")
  ];
  return candidates.find((dir) => fs2.existsSync(dir));
}
function listFactFiles(root) {
  let stat;
  try {
    stat = fs2.statSync(root);
  } catch {
    return [];
  }
  if (stat.isFile()) return /\.ya?ml$/i.test(root) ? [root] : [];
  return walkFiles(root, {
    maxDepth: 12,
    sorted: true,
    skip: (name) => name.startsWith(".") || name === "node_modules",
    accept: (_relative, name) => /\.ya?ml$/i.test(name)
  });
}
function readLayer(name, roots, overrides) {
  const layer = { name, files: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const root of roots) {
    for (const file of listFactFiles(root)) {
      const abs = path2.resolve(file);
      if (seen.has(abs)) continue;
      seen.add(abs);
      layer.files.push({ path: abs, parsed: readFactFile(abs, overrides?.get(abs)) });
    }
  }
  return layer;
}
function readFactFile(file, textOverride) {
  try {
    let text = textOverride;
    if (text === void 0) {
      const size = fs2.statSync(file).size;
      if (size > MAX_FACT_FILE_BYTES) {
        return problemFile(file, "store-too-large", `Fact file is ${(size / 1048576).toFixed(0)} MB; the limit is ${MAX_FACT_FILE_BYTES / 1048576} MB. Split it into several files.`);
      }
      const bytes = fs2.readFileSync(file);
      if (bytes.includes(0)) return problemFile(file, "store-binary", "Fact file contains binary data (NUL bytes); skipped.");
      if (isUtf82) {
        if (!isUtf82(bytes)) return problemFile(file, "store-unreadable", "Cannot read fact file: not valid UTF-8");
        return parseFactBytes(file, bytes);
      }
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    return parseFactFile(file, text);
  } catch (err) {
    const reason = err instanceof TypeError ? "not valid UTF-8" : err.message;
    return problemFile(file, "store-unreadable", `Cannot read fact file: ${reason}`);
  }
}
function problemFile(file, code, message) {
  return { entities: [], facts: [], problems: [{ file, line: 0, column: 0, code, message, severity: "error" }] };
}
function loadFactStore(options = {}) {
  const layers = [];
  const def = options.includeDefault === false ? void 0 : defaultStoreDir();
  const overrides = options.overrides?.size ? options.overrides : void 0;
  if (def) layers.push(readLayer("default", [def], overrides));
  if (options.paths?.length) layers.push(readLayer("workspace", options.paths, overrides));
  return buildStore(layers);
}

// bench/corpus.ts
import * as fs3 from "node:fs";
import * as path3 from "node:path";
var ROOT = path3.resolve(__dirname, "..");
var EXAMPLE = fs3.readFileSync(path3.join(ROOT, "examples", "stargate-zh.md"), "utf8");
var EN_PARAGRAPHS = [
  'Microsoft and OpenAI are drawing up plans for a data center project that could cost as much as $100 billion and include an artificial intelligence supercomputer called "Stargate" set to launch as soon as 2028.',
  "The Stargate joint venture, announced on January 21, 2025, plans to invest up to $500 billion over four years, with $100 billion to be deployed immediately. The first campus in Abilene, Texas, is expected to draw about 1.2 GW.",
  "Oracle said it would buy roughly 400,000 Nvidia GB200 chips for the Abilene site, worth about $40 billion, according to people familiar with the matter.",
  "Meta expects capital expenditures of $64 billion to $72 billion in 2025, more than three times what it spent in 2021. The company plans to bring about 1 GW of compute online this year and end it with more than 1.3 million GPUs.",
  "Crusoe Energy Systems and Blue Owl Capital raised $15 billion for the second phase, which adds six buildings and brings the campus to 1.2 gigawatts, enough to power roughly 750,000 homes.",
  "xAI's Colossus cluster in Memphis grew from 100,000 to 200,000 H100 GPUs in 92 days; the company says it will eventually house 1 million GPUs, drawing as much as 2 GW.",
  "Analysts at Morgan Stanley estimate that data centers will consume 8% of U.S. electricity by 2030, up from about 4.4% in 2023, or some 325 to 580 TWh a year.",
  "Amazon said it would spend at least $100 billion in 2025, mostly on AWS, after $83 billion in 2024. Alphabet guided to $75 billion, up 42% year over year."
];
var rng = (seed) => () => {
  seed = seed * 1664525 + 1013904223 >>> 0;
  return seed / 2 ** 32;
};
function exampleParagraphs() {
  return EXAMPLE.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 20);
}
function vary(p, next) {
  return p.replace(/\d+/g, (d) => d.length >= 4 && /^(19|20)\d\d$/.test(d) ? d : d.slice(0, -1) + Math.floor(next() * 10));
}
function makeDraft(bytes, seed = 1) {
  const next = rng(seed);
  const pool = [...exampleParagraphs(), ...EN_PARAGRAPHS];
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = vary(pool[Math.floor(next() * pool.length)], next) + (i % 7 === 0 ? ` (#${i})` : "");
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("\n\n") + "\n";
}

// bench/.stages.ts
var store = loadFactStore({ includeDefault: true });
var text0 = makeDraft(1024 * 1024, 9);
var memo = new AnalysisMemo(64 * 1024 * 1024);
var T = {};
var t2 = (k, a) => (T[k] ??= []).push(performance.now() - a);
for (let it = 0; it < 30; it++) {
  const mid = (text0.length >> 1) + it * 40;
  const text = text0.slice(0, mid) + "x".repeat(it) + text0.slice(mid);
  let a = performance.now();
  const s0 = a;
  const masked = maskText(text, "markdown");
  t2("mask", a);
  a = performance.now();
  const language = detectLanguage(masked);
  t2("lang", a);
  a = performance.now();
  const sentences = splitSentences(masked, text);
  t2("sent", a);
  a = performance.now();
  const paragraphs = paragraphRanges(masked).filter(([s, e]) => e > s).map(([start, end]) => ({ start, end, text: masked.slice(start, end) }));
  t2("paras", a);
  a = performance.now();
  const figures = [];
  for (const p of paragraphs) for (const f of memo.figuresOf(p.text)) figures.push(f.time ? { ...f, offset: f.offset + p.start, time: { ...f.time } } : { ...f, offset: f.offset + p.start });
  for (const f of figures) f.text = text.slice(f.offset, f.offset + f.length);
  t2("figs", a);
  a = performance.now();
  const mentions = findMentions(masked, store, { memo, paragraphs });
  for (const m of mentions) m.text = text.slice(m.offset, m.offset + m.length);
  t2("ment", a);
  a = performance.now();
  const claims = attachClaims({ text: masked, sentences, figures, mentions, store }, { memo, paragraphs });
  t2("claims", a);
  a = performance.now();
  const findings = runChecks({ text, masked, analysis: { language, sentences, figures, mentions, claims }, store, lang: "zh", otherDrafts: [], today: "2026-11-28" });
  t2("checks", a);
  t2("total", s0);
  if (it === 0) console.log("figs", figures.length, "mentions", mentions.length, "claims", claims.length, "findings", findings.length, "sentences", sentences.length, "paras", paragraphs.length);
}
for (const [k, v] of Object.entries(T)) {
  const s = v.slice(5).sort((a, b) => a - b);
  console.log(k.padEnd(8), "min", s[0].toFixed(2), "med", s[s.length >> 1].toFixed(2));
}
{
  const { CHECKS: CHECKS2, suppressions: suppressions2 } = await Promise.resolve().then(() => (init_checks(), checks_exports));
  const { lineStartsOf: lineStartsOf2 } = await Promise.resolve().then(() => (init_lines(), lines_exports));
  const text = text0;
  const masked = maskText(text, "markdown");
  const language = detectLanguage(masked);
  const sentences = splitSentences(masked, text);
  const paragraphs = paragraphRanges(masked).filter(([s, e]) => e > s).map(([start, end]) => ({ start, end, text: masked.slice(start, end) }));
  const figures = [];
  for (const p of paragraphs) for (const f of memo.figuresOf(p.text)) figures.push({ ...f, offset: f.offset + p.start });
  for (const f of figures) f.text = text.slice(f.offset, f.offset + f.length);
  const mentions = findMentions(masked, store, { memo, paragraphs });
  const claims = attachClaims({ text: masked, sentences, figures, mentions, store }, { memo, paragraphs });
  const ctx = { text, masked, analysis: { language, sentences, figures, mentions, claims }, store, lang: "zh", otherDrafts: [], today: "2026-11-28" };
  const C = {};
  for (let it = 0; it < 20; it++) {
    for (const ch of CHECKS2) {
      const a2 = performance.now();
      const r = ch.run(ctx);
      (C[ch.code + " " + r.length] ??= []).push(performance.now() - a2);
    }
    let a = performance.now();
    suppressions2(text);
    (C["suppr"] ??= []).push(performance.now() - a);
    a = performance.now();
    lineStartsOf2(text);
    (C["lines"] ??= []).push(performance.now() - a);
    a = performance.now();
    runChecks(ctx);
    (C["runChecks"] ??= []).push(performance.now() - a);
  }
  for (const [k, v] of Object.entries(C)) {
    const s = v.slice(5).sort((a, b) => a - b);
    console.log(k.padEnd(28), "min", s[0].toFixed(2), "med", s[s.length >> 1].toFixed(2));
  }
}
