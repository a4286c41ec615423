import type { Root } from 'mdast';
import { resolve } from 'node:path';
import { formatFrameworkProblem, knowledgeBaseForFiles } from './framework/files.js';
import { BUILTIN_FRAMEWORK } from './framework/knowledge.js';
import { commentMarker } from 'mdast-comment-marker';
import remarkFrontmatter from 'remark-frontmatter';
import type { Processor } from 'unified';
import { messageControl } from 'unified-message-control';
import type { VFile } from 'vfile';
import type { KnowledgeBase } from './framework/knowledge-base.js';
import { ruleSetting, validateConfig, type PillarsConfigFile } from './config/schema.js';
import { RULES, RULE_IDS, type RuleId, type RuleSetting } from './rules/index.js';

/**
 * The plugin's options: the configuration file's schema (`.pillarsrc.json`; the CLI's `include`, `ignore`,
 * `failOn` and `maxWarnings` are accepted and not used here), checked by the same validator, and a knowledge base.
 */
export interface PillarsOptions extends Omit<PillarsConfigFile, 'rules'> {
  /** The sources to check against; the built-in essay by default. */
  knowledgeBase?: KnowledgeBase;
  /** Per-rule severity, or `off`. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
}

const VERBS = new Set(['disable', 'enable', 'ignore']);

/**
 * Reads `<!-- pillars-disable rule -->` (markdownlint's style) and `<!-- pillars disable rule -->`
 * (remark-lint's) alike.
 */
function pillarsMarker(node: Parameters<typeof commentMarker>[0]) {
  const mark = commentMarker(node);
  if (!mark) return mark;
  const dashed = /^pillars-(\w+)$/.exec(mark.name);
  if (dashed && VERBS.has(dashed[1])) {
    return { ...mark, name: 'pillars', attributes: `${dashed[1]} ${mark.attributes}`.trim() };
  }
  // A comment the writer is still typing (`<!-- pillars dis -->`) is just a comment: message-control
  // would stop the whole check on a verb it does not know.
  if (mark.name === 'pillars' && !VERBS.has(mark.attributes.trim().split(/\s+/)[0])) return null;
  return mark;
}

/**
 * The checker as a unified plugin (a preset of lint rules), usable from `.remarkrc`:
 * `plugins: ['cooperation-pillars/remark']`. Adds front matter parsing and
 * `<!-- pillars-disable rule -->` comments.
 */
export default function remarkPillars(this: Processor, options: PillarsOptions = {}): undefined {
  this.use(remarkFrontmatter, ['yaml']);
  // Unknown options, rule ids and severities fail loudly, on every file, as remark-lint's rules do.
  const { config, problems } = validateConfig(options, 'cooperation-pillars/remark options', ['knowledgeBase']);
  if (problems.length) {
    const fail = (_tree: Root, file: VFile): undefined => {
      file.fail(problems.join(' '), { ruleId: 'options', source: 'pillars' });
    };
    this.use(() => fail);
    return;
  }
  // `frameworks` (paths from the current folder, as the CLI's --framework): read and loaded once.
  let knowledgeBase = options.knowledgeBase;
  if (!knowledgeBase && config.frameworks?.length) {
    const loaded = knowledgeBaseForFiles(
      config.frameworks.map((file) => (file === BUILTIN_FRAMEWORK ? file : resolve(file))),
    );
    const errors = loaded.problems.filter((problem) => problem.severity === 'error');
    if (errors.length) {
      const message = errors.map((problem) => formatFrameworkProblem(problem, (file) => file)).join(' ');
      this.use(() => (_tree: Root, file: VFile): undefined => {
        file.fail(`cooperation-pillars/remark frameworks: ${message}`, { ruleId: 'options', source: 'pillars' });
      });
      return;
    }
    knowledgeBase = loaded.knowledgeBase;
  }
  for (const rule of RULES) {
    const setting = ruleSetting(rule.id, config.rules);
    if (setting === 'off') continue;
    const level = setting === 'error' ? 2 : 1;
    this.use(rule.plugin as never, [level, { knowledgeBase }]);
  }
  // Runs after the rules: it filters the messages they left on the file.
  this.use(() => (tree: Root, file: VFile) => {
    // message-control drops messages in "gaps" of the tree, among them the stretch between the
    // furthest offset its nodes reach and the root's end: a draft of blank lines, or a lone `#`,
    // would lose its missing-pillar messages. Every node here has a place: no gap is meant.
    const whole = tree.position
      ? { ...tree, position: { start: tree.position.start, end: { ...tree.position.start, offset: undefined } } }
      : tree;
    messageControl(whole, {
      file,
      marker: pillarsMarker as never,
      name: 'pillars',
      known: RULE_IDS,
      source: 'pillars',
      test: 'html',
    });
    // unified-lint-rule knows warnings and errors only: an `info` rule's messages are informational (`fatal`
    // unset), as the CLI and the editor report them, so `remark --frail` does not fail on them.
    for (const message of file.messages) {
      if (
        message.source === 'pillars' &&
        RULE_IDS.includes(message.ruleId as RuleId) &&
        ruleSetting(message.ruleId as RuleId, config.rules) === 'info'
      )
        message.fatal = undefined;
    }
  });
}
