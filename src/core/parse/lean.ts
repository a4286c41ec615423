/**
 * A lean mdast for the checker. remark-parse is micromark (text to events) and
 * mdast-util-from-markdown (events to a tree); the second step costs about a quarter of the parse,
 * and most of what it makes (every text's value, URLs, titles, line and column points, spread
 * flags) the checker never reads. `leanParse` runs the same micromark, with the same extensions as
 * `remarkPillars` (CommonMark and YAML front matter), and makes from its events the tree
 * mdast-util-from-markdown would make, with just the fields the checker reads:
 *
 * - every node's `type` and `children`, as there (text nodes merged alike, link text moved out of
 *   its label, references told from links, list items made from their markers);
 * - every node's offsets, `position.start.offset` and `position.end.offset` (list items have none);
 * - a heading's `depth`, a definition's `identifier`, an HTML node's and front matter's `value`.
 *
 * Nothing else: no `value` of text or code, no `url`, no `line` or `column`. It follows
 * mdast-util-from-markdown's handlers one by one (same stack discipline, same state flags); a
 * sequence of events it does not expect throws, and the caller parses with remark-parse instead.
 * A differential test holds it to remark-parse's tree on every fixture, trap and random draft.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Event, Token, TokenizeContext } from 'micromark-util-types';
import type { Root } from 'mdast';

/** A node of the lean tree: the fields of mdast the checker reads. */
export interface LeanNode {
  type: string;
  position?: { start: { offset: number }; end: { offset: number } };
  children?: LeanNode[];
  depth?: number;
  identifier?: string;
  value?: string;
}

const EXTENSIONS = [frontmatter(['yaml'])];

/**
 * The parser of every piece. micromark's `parse` merges the extensions into one table of constructs each time it is
 * called; the table never changes, so it is merged once, and what a parse leaves in its parser (the definitions it
 * met, the lines it found lazy) is cleared before the next.
 */
const PARSER = parse({ extensions: EXTENSIONS });

function freshParser(): typeof PARSER {
  PARSER.defined = [];
  PARSER.lazy = {};
  return PARSER;
}

/** Parents in which a line ending is text (mdast-util-from-markdown's `canContainEols`). */
const EOLS = new Set(['emphasis', 'fragment', 'heading', 'paragraph', 'strong']);

/** Tokens whose text is data (a text node, or a buffer's value). */
const DATA = new Set([
  'data',
  'autolinkProtocol',
  'autolinkEmail',
  'characterEscape',
  'characterReference',
  'codeTextData',
  'codeFlowValue',
  'htmlFlowData',
  'htmlTextData',
]);

/** Tokens whose content is buffered: read into a fragment, never into the tree. */
const BUFFERED = new Set([
  'codeFencedFenceInfo',
  'codeFencedFenceMeta',
  'definitionDestinationString',
  'definitionLabelString',
  'definitionTitleString',
  'label',
  'referenceString',
  'resourceDestinationString',
  'resourceTitleString',
]);

/** Tokens that open a node: the node's type, and whether it has children. */
const OPENERS: Record<string, [string, boolean]> = {
  autolink: ['link', true],
  atxHeading: ['heading', true],
  blockQuote: ['blockquote', true],
  codeFenced: ['code', false],
  codeIndented: ['code', false],
  codeText: ['inlineCode', false],
  definition: ['definition', false],
  emphasis: ['emphasis', true],
  hardBreakEscape: ['break', false],
  hardBreakTrailing: ['break', false],
  htmlFlow: ['html', false],
  htmlText: ['html', false],
  image: ['image', false],
  link: ['link', true],
  listOrdered: ['list', true],
  listUnordered: ['list', true],
  paragraph: ['paragraph', true],
  setextHeading: ['heading', true],
  strong: ['strong', true],
  thematicBreak: ['thematicBreak', false],
  yaml: ['yaml', false],
};

/** Tokens that close the node their opener made (`OPENERS`), by the node's type. */
const CLOSERS: Record<string, string> = {
  atxHeading: 'heading',
  autolink: 'link',
  blockQuote: 'blockquote',
  definition: 'definition',
  emphasis: 'emphasis',
  paragraph: 'paragraph',
  strong: 'strong',
  thematicBreak: 'thematicBreak',
};

class Unexpected extends Error {}

/** The lean tree of `text` (offsets as micromark counts them: a leading byte order mark is not). */
export function leanParse(text: string): Root {
  const plain = withoutCitationBrackets(text);
  const events = postprocess(
    freshParser()
      .document()
      .write(preprocess()(plain ?? text, undefined, true)),
  );
  const root = compileLean(events);
  if (plain !== undefined) restoreBrackets(root);
  return root as unknown as Root;
}

/**
 * A piece with at least this many citations has their brackets swapped before micromark reads it
 * (`withoutCitationBrackets`): below it, the brackets cost nothing worth the swap.
 */
export const CITATION_SWAP_MIN = 64;

/** Brackets a citation's are swapped for: Unicode punctuation of one code unit each, as `[` and `]` are. */
const OPEN_SWAP = '\u27e6';
const CLOSE_SWAP = '\u27e7';

/**
 * A citation's brackets that can form no link, definition or image, swapped for `⟦` and `⟧`, or undefined when
 * the text has too few citations (`CITATION_SWAP_MIN`) or anything that could make the swap tell.
 *
 * micromark resolves a paragraph's brackets as a whole: each `]` looks back over the openers before it, so a
 * paragraph of 100 000 citations took close to a minute. A citation `[@key]` that is no link reads the same with
 * other punctuation in its brackets: the same text, the same emphasis (both are punctuation to micromark), the same
 * offsets. Swapped only when that is sure: the bracket pair holds `@` and no other bracket, backslash, backtick, `<`
 * or `>`; it is not after `!`, `\`, `[` or `]` (an image, an escape, a reference's second label) nor before `(`,
 * `[`, `:` or `]` (a link's destination or label, a definition); and the text has no `]:` at all (a definition
 * whose label a swap would make valid) and no `⟦` or `⟧` of its own, so that HTML and front matter values, which
 * the tree keeps, get their brackets back (`restoreBrackets`).
 */
export function withoutCitationBrackets(text: string): string | undefined {
  if (text.indexOf('[@') < 0) return undefined;
  if (text.includes(']:') || text.includes(OPEN_SWAP) || text.includes(CLOSE_SWAP)) return undefined;
  const opens: number[] = [];
  const closes: number[] = [];
  for (let at = text.indexOf('[@'); at >= 0; at = text.indexOf('[@', at + 2)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    // ! \\ [ ]
    if (before === 33 || before === 92 || before === 91 || before === 93) continue;
    let end = at + 2;
    for (; end < text.length; end++) {
      const ch = text.charCodeAt(end);
      // [ ] \\ ` < >
      if (ch === 91 || ch === 93 || ch === 92 || ch === 96 || ch === 60 || ch === 62) break;
    }
    if (text.charCodeAt(end) !== 93) continue;
    const after = end + 1 < text.length ? text.charCodeAt(end + 1) : 0;
    // ( [ : ]
    if (after === 40 || after === 91 || after === 58 || after === 93) continue;
    opens.push(at);
    closes.push(end);
  }
  if (opens.length < CITATION_SWAP_MIN) return undefined;
  let swapped = '';
  let from = 0;
  for (let i = 0; i < opens.length; i++) {
    swapped += text.slice(from, opens[i]) + OPEN_SWAP + text.slice(opens[i] + 1, closes[i]) + CLOSE_SWAP;
    from = closes[i] + 1;
  }
  return swapped + text.slice(from);
}

/** Gives the values the tree keeps (HTML, front matter) their brackets back after `withoutCitationBrackets`. */
function restoreBrackets(node: LeanNode): void {
  if (node.value !== undefined && node.type !== 'text')
    node.value = node.value.replaceAll(OPEN_SWAP, '[').replaceAll(CLOSE_SWAP, ']');
  if (node.children) for (const child of node.children) restoreBrackets(child);
}

function compileLean(events: Event[]): LeanNode {
  const root: LeanNode = { type: 'root', children: [] };
  const stack: LeanNode[] = [root];
  // mdast-util-from-markdown's state, by the same names.
  let atHardBreak = false;
  let setextHeadingSlurpLineEnding = false;
  let flowCodeInside = false;
  let inReference = false;
  // Inside HTML or front matter: the one place text values are kept (they are the node's value).
  let valued = false;

  const top = (): LeanNode => stack[stack.length - 1];
  const enter = (node: LeanNode, token: Token): void => {
    const siblings = top().children;
    if (!siblings) throw new Unexpected(`${node.type} inside ${top().type}`);
    siblings.push(node);
    stack.push(node);
    node.position = { start: { offset: token.start.offset }, end: { offset: token.end.offset } };
  };
  const exit = (token: Token, type: string): LeanNode => {
    const node = stack.pop();
    if (!node || node.type !== type || stack.length === 0) throw new Unexpected(`closing ${type} at ${node?.type}`);
    node.position!.end.offset = token.end.offset;
    return node;
  };
  const buffer = (): void => {
    stack.push({ type: 'fragment', children: [] });
  };
  /** Pops the buffer, with its text when it is kept. */
  const resume = (): string => {
    const fragment = stack.pop();
    if (!fragment || fragment.type !== 'fragment') throw new Unexpected(`resuming ${fragment?.type}`);
    if (!valued) return '';
    let value = '';
    for (const child of fragment.children!) value += child.value ?? '';
    return value;
  };
  const enterData = (token: Token): void => {
    const siblings = top().children;
    if (!siblings) throw new Unexpected(`text inside ${top().type}`);
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== 'text') {
      tail = {
        type: 'text',
        position: { start: { offset: token.start.offset }, end: { offset: token.end.offset } },
        value: '',
      };
      siblings.push(tail);
    }
    stack.push(tail);
  };
  const exitData = (token: Token, context: TokenizeContext): void => {
    const tail = stack.pop();
    if (!tail || tail.type !== 'text') throw new Unexpected('data outside text');
    if (valued) tail.value += context.sliceSerialize(token);
    tail.position!.end.offset = token.end.offset;
  };

  for (let index = 0; index < events.length; index++) {
    const [kind, token, context] = events[index];
    const type = token.type as string;
    if (kind === 'enter') {
      if (DATA.has(type)) {
        enterData(token);
      } else if (BUFFERED.has(type)) {
        buffer();
      } else if (type === 'listItemPrefix') {
        // A list item starts at its marker (mdast-util-from-markdown inserts its events there):
        // the item before it ends, whatever followed it (blank lines and prefixes make no node).
        if (top().type === 'listItem') stack.pop();
        if (top().type !== 'list') throw new Unexpected(`list item in ${top().type}`);
        const item: LeanNode = { type: 'listItem', children: [] };
        top().children!.push(item);
        stack.push(item);
      } else {
        const opener = OPENERS[type];
        if (!opener) continue;
        enter(opener[1] ? { type: opener[0], children: [] } : { type: opener[0] }, token);
        if (type === 'codeIndented' || type === 'codeText') buffer();
        else if (type === 'htmlFlow' || type === 'htmlText' || type === 'yaml') {
          buffer();
          valued = true;
        }
      }
      continue;
    }

    switch (type) {
      case 'data':
      case 'autolinkProtocol':
      case 'autolinkEmail':
      case 'characterEscapeValue':
      case 'codeTextData':
      case 'codeFlowValue':
      case 'htmlFlowData':
      case 'htmlTextData':
        exitData(token, context);
        break;
      case 'characterReference': {
        const tail = stack.pop();
        if (!tail || tail.type !== 'text') throw new Unexpected('character reference outside text');
        tail.position!.end.offset = token.end.offset;
        break;
      }
      case 'yamlValue':
        enterData(token);
        exitData(token, context);
        break;
      case 'lineEnding': {
        const context_ = top();
        if (atHardBreak) {
          const tail = context_.children?.[context_.children.length - 1];
          if (!tail) throw new Unexpected('hard break without a node');
          tail.position!.end.offset = token.end.offset;
          atHardBreak = false;
        } else if (!setextHeadingSlurpLineEnding && EOLS.has(context_.type)) {
          enterData(token);
          exitData(token, context);
        }
        break;
      }
      case 'atxHeadingSequence': {
        const node = top();
        if (!node.depth) node.depth = context.sliceSerialize(token).length;
        break;
      }
      case 'setextHeadingText':
        setextHeadingSlurpLineEnding = true;
        break;
      case 'setextHeadingLineSequence':
        top().depth = context.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
        break;
      case 'setextHeading':
        setextHeadingSlurpLineEnding = false;
        exit(token, 'heading');
        break;
      case 'codeFencedFence':
        if (!flowCodeInside) {
          buffer();
          flowCodeInside = true;
        }
        break;
      case 'codeFenced':
        resume();
        flowCodeInside = false;
        exit(token, 'code');
        break;
      case 'codeIndented':
        resume();
        exit(token, 'code');
        break;
      case 'codeText':
        resume();
        exit(token, 'inlineCode');
        break;
      case 'codeFencedFenceInfo':
      case 'codeFencedFenceMeta':
      case 'definitionDestinationString':
      case 'definitionTitleString':
      case 'resourceDestinationString':
      case 'resourceTitleString':
      case 'referenceString':
        resume();
        break;
      case 'definitionLabelString': {
        resume();
        top().identifier = normalizeIdentifier(context.sliceSerialize(token)).toLowerCase();
        break;
      }
      case 'resource':
        inReference = false;
        break;
      case 'label': {
        const fragment = top();
        resume();
        const node = top();
        inReference = true;
        if (node.type === 'link') node.children = fragment.children;
        break;
      }
      case 'link':
      case 'image': {
        const node = exit(token, type);
        if (inReference) node.type += 'Reference';
        break;
      }
      case 'htmlFlow':
      case 'htmlText': {
        const value = resume();
        valued = false;
        exit(token, 'html').value = value;
        break;
      }
      case 'yaml': {
        const value = resume();
        valued = false;
        exit(token, 'yaml').value = value.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
        break;
      }
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        atHardBreak = true;
        exit(token, 'break');
        break;
      case 'listOrdered':
      case 'listUnordered':
        if (top().type === 'listItem') stack.pop();
        exit(token, 'list');
        break;
      default: {
        const closes = CLOSERS[type];
        if (closes) exit(token, closes);
      }
    }
  }
  if (stack.length !== 1) throw new Unexpected(`${top().type} left open`);
  const first = events[0]?.[1].start.offset ?? 0;
  const last = events.length > 1 ? events[events.length - 2][1].end.offset : 0;
  root.position = { start: { offset: first }, end: { offset: last } };
  return root;
}
