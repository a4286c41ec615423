import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { analyze, type Analysis } from '../analysis/analyze.js';
import type { Fix } from '../edits/fixes.js';
import { builtinKnowledgeBase, type KnowledgeBase } from '../framework/knowledge-base.js';
import type { PillarId, Range } from '../framework/model.js';

/** Options every rule takes: the knowledge base to check against (the built-in source by default). */
export interface RuleOptions {
  knowledgeBase?: KnowledgeBase;
}

/** Extra facts a message carries for adapters: its pillar or claim and its quick fixes. */
export interface MessageData {
  pillar?: PillarId;
  claim?: string;
  fixes: Fix[];
}

export const DOCS_URL = 'https://github.com/cooperation-pillars/cooperation-pillars/blob/main/README.md';

export function ruleUrl(ruleId: string): string {
  return `${DOCS_URL}#rule-${ruleId}`;
}

const cache = new WeakMap<Root, Analysis>();

/** The draft's analysis, computed once per tree and shared by all rules. */
export function analysisOf(tree: Root, file: VFile, options: RuleOptions | undefined): Analysis {
  let analysis = cache.get(tree);
  if (!analysis) {
    analysis = analyze(tree, String(file.value ?? ''), options?.knowledgeBase ?? builtinKnowledgeBase());
    cache.set(tree, analysis);
  }
  return analysis;
}

/** Gives the rules an analysis made already (of a draft parsed in pieces) for `tree`. */
export function withAnalysis(tree: Root, analysis: Analysis): void {
  cache.set(tree, analysis);
}

export function knowledgeBaseOf(options: RuleOptions | undefined): KnowledgeBase {
  return options?.knowledgeBase ?? builtinKnowledgeBase();
}

/** Reports a message at a range with its data. */
export function report(file: VFile, reason: string, range: Range, data: MessageData): void {
  const message = file.message(reason, {
    place: {
      start: { line: range.start.line, column: range.start.column, offset: range.start.offset },
      end: { line: range.end.line, column: range.end.column, offset: range.end.offset },
    },
  });
  Object.assign(message, { data });
}

/**
 * A pillar's name in a message: its title, and, when the draft is checked against more than one framework, the
 * framework namespace too ("Restraint (un-norms)").
 */
export function pillarName(analysis: Analysis, id: PillarId): string {
  const title = analysis.pillars.title(id);
  if (analysis.frameworks.length < 2) return title;
  const framework = analysis.frameworks.find((entry) => entry.pillars.includes(id));
  return framework ? `${title} (${framework.namespace})` : title;
}
