import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Analysis, PillarCoverage } from './analyze.js';
import { analysisOf, type MessageData } from './rules/shared.js';
import type { Fix } from './fixes.js';
import { builtinKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import type { PillarId, Range } from './model.js';
import remarkPillars, { type PillarsOptions } from './plugin.js';
import { RULES, isRuleId, type RuleId, type Severity } from './rules/index.js';

export interface CheckOptions extends PillarsOptions {
  /** Shown in messages and reports. */
  path?: string;
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
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/**
 * Checks a draft against the pillars: coverage with its evidence, and the rules' messages
 * (sorted by place). Never throws on any text.
 */
export function checkDraft(text: string, options: CheckOptions = {}): CheckResult {
  const knowledgeBase = options.knowledgeBase ?? builtinKnowledgeBase();
  const processor = unified().use(remarkParse).use(remarkPillars, { ...options, knowledgeBase });
  const file = new VFile({ value: text, path: options.path });
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  const analysis = analysisOf(tree, file, { knowledgeBase });
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
    const point = (p: typeof start) => analysis.lines.point(p?.offset ?? analysis.lines.offset(p?.line ?? 1, p?.column ?? 1));
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
