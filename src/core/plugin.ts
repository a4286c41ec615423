import type { Root } from 'mdast';
import { commentMarker } from 'mdast-comment-marker';
import remarkFrontmatter from 'remark-frontmatter';
import type { Processor } from 'unified';
import { messageControl } from 'unified-message-control';
import type { VFile } from 'vfile';
import type { KnowledgeBase } from './knowledge-base.js';
import { RULES, RULE_IDS, type RuleId, type RuleSetting } from './rules/index.js';

export interface PillarsOptions {
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
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    const level = setting === 'error' ? 2 : 1;
    this.use(rule.plugin as never, [level, { knowledgeBase: options.knowledgeBase }]);
  }
  // Runs after the rules: it filters the messages they left on the file.
  this.use(() => (tree: Root, file: VFile) => {
    // message-control drops messages in "gaps" of the tree, among them the stretch between the
    // furthest offset its nodes reach and the root's end: a draft of blank lines, or a lone `#`,
    // would lose its missing-pillar messages. Every node here has a place: no gap is meant.
    const whole = tree.position ? { ...tree, position: { start: tree.position.start, end: { ...tree.position.start, offset: undefined } } } : tree;
    messageControl(whole, { file, marker: pillarsMarker as never, name: 'pillars', known: RULE_IDS, source: 'pillars', test: 'html' });
  });
}
