import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { analyzePieces, type Analysis, type PillarCoverage } from './analysis/analyze.js';
import { analysisOf, withAnalysis, type MessageData } from './rules/shared.js';
import type { Fix } from './edits/fixes.js';
import type { Span } from './analysis/facts.js';
import { draftParser, type PlacedFacts } from './parse/parse.js';
import { builtinKnowledgeBase, type KnowledgeBase } from './framework/knowledge-base.js';
import { isStackOverflow, MAX_NESTING, nestingEstimate, type NotChecked } from './parse/limits.js';
import { LineIndex } from './parse/positions.js';
import type { PillarId, Range } from './framework/model.js';
import { builtinPillars } from './framework/pillar-set.js';
import remarkPillars, { type PillarsOptions } from './plugin.js';
import { RULES, isRuleId, type RuleId, type Severity } from './rules/index.js';
import { bomLength } from './parse/bom.js';
import { weakMemo } from './caches.js';

export interface CheckOptions extends PillarsOptions {
  /** Shown in messages and reports. */
  path?: string;
  /**
   * Where the draft is on disk (absolute), for the bibliography files its front matter names relative to it;
   * `''` for a draft that is not on disk (untitled, virtual). By default `path`, from the current folder.
   */
  fsPath?: string;
  /** Deepest nesting of lists and blockquotes checked (default {@link MAX_NESTING}); a deeper draft is not checked. */
  maxNesting?: number;
}

export interface CheckMessage {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  range: Range;
  pillar?: PillarId;
  claim?: string;
  url?: string;
  fixes: Fix[];
}

export interface CheckResult {
  path?: string;
  coverage: Record<PillarId, PillarCoverage>;
  messages: CheckMessage[];
  analysis: Analysis;
  /** Set when the draft could not be checked (nested too deeply, or a fault of the checker): no messages then. */
  notChecked?: NotChecked;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/**
 * Checks a draft against the pillars: coverage with its evidence, and the rules' messages
 * (sorted by place). Never throws on any text: a draft that cannot be checked (lists or
 * blockquotes nested past `maxNesting`, or a fault of the checker) comes back with `notChecked`
 * saying why, and no messages.
 */
export function checkDraft(text: string, options: CheckOptions = {}): CheckResult {
  const limit = options.maxNesting ?? MAX_NESTING;
  const depth = nestingEstimate(text);
  if (depth > limit) {
    return notChecked(text, options, {
      reason: 'too-deep',
      message: `lists or blockquotes are nested ${depth} levels deep, over the limit of ${limit}: not checked (flatten the nesting to check it).`,
    });
  }
  try {
    return checkParsed(text, options);
  } catch (error) {
    if (isStackOverflow(error)) {
      return notChecked(text, options, {
        reason: 'too-deep',
        message:
          'the draft is nested too deeply to check (lists, blockquotes or emphasis inside one another): flatten the nesting to check it.',
      });
    }
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return notChecked(
      text,
      options,
      {
        reason: 'internal-error',
        message: `the checker failed on this draft (${detail}): please report it with the draft.`,
      },
      error,
    );
  }
}

/** A result with no findings, for a draft that was not checked. */
function notChecked(text: string, options: CheckOptions, why: NotChecked, error?: unknown): CheckResult {
  // Built by hand: the knowledge base or the analysis may be what failed.
  const pillars = options.knowledgeBase?.pillars ?? builtinPillars();
  const coverage = {} as Record<PillarId, PillarCoverage>;
  for (const pillar of pillars.ids)
    coverage[pillar] = {
      pillar,
      framework: pillars.get(pillar)?.framework,
      status: 'missing',
      covered: false,
      evidence: [],
      passing: [],
    };
  const analysis: Analysis = {
    text,
    lines: new LineIndex(text),
    headings: [],
    citations: [],
    quotes: [],
    coverage,
    pillars,
    frameworks: pillars.frameworks,
  };
  const stack = error instanceof Error ? error.stack : undefined;
  return {
    path: options.path,
    coverage: analysis.coverage,
    messages: [],
    analysis,
    notChecked: stack ? { ...why, stack } : why,
  };
}

/** The checker as a unified processor, one per knowledge base and rule settings (frozen: ready to run). */
const processors = weakMemo<KnowledgeBase, Map<string, Processor<undefined, Root, Root, undefined, undefined>>>(
  'processors',
);

function processorFor(
  knowledgeBase: KnowledgeBase,
  rules: PillarsOptions['rules'],
): Processor<undefined, Root, Root, undefined, undefined> {
  let byRules = processors.get(knowledgeBase);
  if (!byRules) processors.set(knowledgeBase, (byRules = new Map()));
  const key = JSON.stringify(rules ?? {});
  let processor = byRules.get(key);
  if (!processor) {
    processor = unified().use(remarkPillars, { rules, knowledgeBase }).freeze() as unknown as Processor<
      undefined,
      Root,
      Root,
      undefined,
      undefined
    >;
    byRules.set(key, processor);
  }
  return processor;
}

/**
 * The tree the rules and `pillars-*` comments run on: not the draft's mdast (its pieces' trees are
 * not kept), but what message-control reads of it, at the same places: each comment that may be a
 * marker, with the node after it (where `pillars-ignore` ends).
 */
function controlTree(pieces: readonly PlacedFacts[], lines: LineIndex, skew: number): Root {
  // Places as remark-parse gives them: micromark counts no byte order mark, in offsets or in the
  // first line's columns (message-control compares them with the messages' line and column).
  const point = (offset: number) => {
    const at = lines.point(offset);
    return skew
      ? { line: at.line, column: at.line === 1 ? at.column - skew : at.column, offset: at.offset - skew }
      : at;
  };
  const position = (from: number, to: number) => ({ start: point(from), end: point(to) });
  const children: unknown[] = [];
  // A top-level comment that ends its piece is followed by the next piece's first node.
  let waiting: unknown[][] = [];
  for (const { start: at, facts } of pieces) {
    // The node after a comment has children, so that message-control takes only its start, as of the real node.
    const next = (span: Span) => ({ type: 'next', children: [], position: position(at + span.start, at + span.end) });
    if (facts.first && waiting.length) {
      for (const pair of waiting) pair.push(next(facts.first));
      waiting = [];
    }
    for (const marker of facts.markers) {
      const pair: unknown[] = [
        { type: 'html', value: marker.value, position: position(at + marker.start, at + marker.end) },
      ];
      if (marker.next) pair.push(next(marker.next));
      else if (marker.topLevel) waiting.push(pair);
      children.push({ type: 'markers', children: pair, position: position(at + marker.start, at + marker.end) });
    }
  }
  const begin = point(skew);
  return { type: 'root', children: children as Root['children'], position: { start: begin, end: begin } };
}

function checkParsed(text: string, options: CheckOptions): CheckResult {
  const knowledgeBase = options.knowledgeBase ?? builtinKnowledgeBase();
  const file = new VFile({ value: text, path: options.path });
  if (options.fsPath !== undefined) file.data.fsPath = options.fsPath;
  // In pieces, cached: what a whole-document parse would give, in time linear in the draft.
  const pieces = draftParser.readPieces(text, knowledgeBase);
  const analysis = analyzePieces(pieces, text, knowledgeBase);
  const tree = controlTree(pieces, analysis.lines, bomLength(text));
  withAnalysis(tree, analysis);
  // A message is an Error to vfile: its stack trace, never read, would cost more than the rule.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    processorFor(knowledgeBase, options.rules).runSync(tree, file);
  } catch {
    // A fault of the checker: once more with stack traces, for the report.
    Error.stackTraceLimit = stackTraceLimit;
    file.messages.length = 0;
    processorFor(knowledgeBase, options.rules).runSync(tree, file);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return resultOf(file, analysis, options);
}

/**
 * The reference the checker must agree with: remark-parse on the whole draft and `remarkPillars`
 * on its tree, as remark-cli would run it. Slower on long drafts; for tests.
 */
export function checkWhole(text: string, options: CheckOptions = {}): CheckResult {
  const knowledgeBase = options.knowledgeBase ?? builtinKnowledgeBase();
  // The plugin's options only: where the draft is and how deep it may nest are the check's, not remark's.
  const { path: _path, fsPath: _fsPath, maxNesting: _maxNesting, ...pluginOptions } = options;
  const processor = unified()
    .use(remarkParse)
    .use(remarkPillars, { ...pluginOptions, knowledgeBase });
  const file = new VFile({ value: text, path: options.path });
  if (options.fsPath !== undefined) file.data.fsPath = options.fsPath;
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  return resultOf(file, analysisOf(tree, file, { knowledgeBase }), options);
}

function resultOf(file: VFile, analysis: Analysis, options: CheckOptions): CheckResult {
  const severityOf = (ruleId: RuleId): Severity => {
    const setting = options.rules?.[ruleId];
    return setting && setting !== 'off' ? setting : RULES.find((rule) => rule.id === ruleId)!.severity;
  };
  const messages: CheckMessage[] = [];
  for (const message of file.messages) {
    if (!isRuleId(message.ruleId)) continue;
    const data = (message as unknown as { data?: MessageData }).data ?? { fixes: [] };
    const start = message.place && 'start' in message.place ? message.place.start : message.place;
    const end = message.place && 'end' in message.place ? message.place.end : start;
    const point = (p: typeof start) =>
      analysis.lines.point(p?.offset ?? analysis.lines.offset(p?.line ?? 1, p?.column ?? 1));
    messages.push({
      ruleId: message.ruleId,
      severity: severityOf(message.ruleId),
      message: message.reason,
      range: { start: point(start), end: point(end) },
      pillar: data.pillar,
      claim: data.claim,
      url: message.url ?? undefined,
      fixes: data.fixes,
    });
  }
  messages.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
  return { path: options.path, coverage: analysis.coverage, messages, analysis };
}
