/**
 * Parsing in pieces must give exactly the tree of a whole-document parse, positions included, and
 * checking must give exactly the same results: over every fixture and example, generated drafts,
 * the traps of block structure (definitions used before they are made, lazy continuation lines,
 * loose lists, open fences and HTML blocks, front matter, CRLF) and random mixtures of them, and
 * after edits that reuse cached pieces.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { generateDraft } from '../../bench/generate.js';
import { checkDraft, checkWhole } from '../../src/core/check.js';
import { draftParser, parseWhole } from '../../src/core/parse/parse.js';
import { TreeParser, parseDraft } from '../../src/core/parse/tree-parser.js';
import remarkPillars from '../../src/core/plugin.js';
import { maskOf, proseMask } from '../../src/core/analysis/facts.js';
import { CITATION_SWAP_MIN, leanParse, withoutCitationBrackets } from '../../src/core/parse/lean.js';
import { markdownDraft } from '../support/markdown-arbitrary.js';

const ROOT = join(import.meta.dirname, '..', '..');
const markdownIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name: `${dir}/${name}`, text: readFileSync(join(ROOT, dir, name), 'utf8') }));

const DRAFTS = [...markdownIn('test/fixtures'), ...markdownIn('test/heldout'), ...markdownIn('examples')];

/** The traps, each small; cut at every blank line they allow (`minChunk: 0`). */
const TRAPS: Record<string, string> = {
  'definition after use':
    'See [the annex][ref] and [Ref] and [REF][].\n\nPara two.\n\nPara three [ref].\n\n[ref]: https://example.org "Title"\n',
  'definition in a blockquote': 'Use [foo] here.\n\nMore.\n\n> [foo]: /url\n',
  'definition in a list item': 'Use [bar] here.\n\nMore.\n\n- [bar]: /url\n- item\n',
  'definition with a label over two lines': 'Use [foo\nbar] here and [Foo Bar].\n\nMore.\n\n[foo\nbar]: /url\n',
  'definition over two blockquote lines': 'Use [foo bar] here.\n\nMore.\n\n> [foo\n> bar]: /url\n',
  'definition-like line in fenced code': 'Use [baz] here.\n\nMore.\n\n```\n[baz]: /url\n```\n\nAnd [baz].\n',
  'definition-like line in indented code': 'Use [qux] here.\n\nMore.\n\n    [qux]: /url\n\nEnd [qux].\n',
  'citation followed by a colon': 'As argued [@belarus:un-gge]: the point.\n\nLater [@belarus:un-gge] again.\n',
  'definition title over lines': 'Use [t].\n\nMore.\n\n[t]: /url\n"title\n\nnot title"\n\nEnd.\n',
  'definition made twice': '[d]: /one\n\nUse [d].\n\n[d]: /two\n\nAnd [d].\n',
  'definition with an escaped bracket': 'Use [a\\]b] and [A\\]B].\n\nMore.\n\n[a\\]b]: /url\n',
  'image reference': 'An ![chart][fig].\n\nMore.\n\n[fig]: chart.png\n',
  'lazy blockquote continuation': '> quote line\nlazy continuation\n\nAfter.\n\n> again\nlazy\n> more\n',
  'lazy list continuation': '- item\nlazy line\n\nAfter.\n',
  'loose lists': '- a\n\n- b\n\n- c\n\nAfter.\n\n1. one\n\n2. two\n\n* star\n\n+ plus\n',
  'list items with paragraphs': '- a\n\n  second para\n\n- b\n\n      code in item\n\nAfter.\n',
  'indented code after a list': '- item\n\n    indented under list\n\nText.\n\n    real code\n\n\n\nAfter code.\n',
  'indented code with trailing blank lines': 'Para.\n\n    code\n    \n\n\nNext.\n',
  'list after indented code': '    code\n\n2) two\n\n    code\n\n> 10. ten\n\n    code\n\n-\n  foo\n\n    code\n\n*\n',
  'HTML block with blank lines': '<div>\n\nInside div.\n\n</div>\n\nAfter.\n',
  'pre block with blank lines': '<pre>\n\nkeep\n\nthis\n</pre>\n\nAfter.\n',
  'comment with blank lines': '<!--\n\ncomment with blank\n\n-->\n\nAfter.\n',
  'short comments': '<!-- pillars-disable missing-pillar -->\n\nAfter.\n\n<!-->\n\nX\n\n<!--->\n\nY\n',
  'processing instruction': '<?php\n\necho 1;\n\n?>\n\nAfter.\n',
  declaration: '<!DOCTYPE\n\nhtml>\n\nAfter.\n',
  cdata: '<![CDATA[\n\ndata\n\n]]>\n\nAfter.\n',
  script: '<script>\n\nvar a;\n\n</script>\n\nAfter.\n',
  'comment never closed': 'Before.\n\n<!--\n\nnever closed\n\nat all\n',
  'custom tag': '<custom-tag>\n\nAfter.\n',
  'setext headings and breaks': 'Title\n=====\n\nSub\n---\n\n---\n\n===\n\nText\n\n***\n',
  tables: '| a | b |\n|---|---|\n| 1 | 2 |\n\n| c |\n|---|\n',
  'fenced code with blank lines': '```\ncode\n\nmore code\n\n```\n\nAfter.\n',
  'fence inside a longer fence': '````md\n```\ninner\n\n```\n\nstill code\n````\n\nAfter.\n',
  'tilde fence': '~~~\n\n```\n\n~~~\n\nAfter.\n',
  'fence never closed': 'Before.\n\n```\n\nrest\n\nof doc\n',
  'fence in a list item': '- ```\n  a\n\n\n  b\n  ```\n\nAfter.\n\n- ```\n  open\n\nAfter2.\n',
  'fence in a blockquote': '> ```\n> a\n\n> b\n> ```\n\nAfter.\n',
  'fence closers too indented': '```\na\n\n   ```\n\nAfter.\n\n```\nb\n\n\t```\n\nZ\n',
  'list ending in HTML': '- <!--\n  a\n\nX\n\n- <div>\n\nY\n',
  'list ending in a closed fence': '- a\n  ```\n  b\n  ```\n\nX\n',
  'list ending in indented code': '- a\n\n      code\n\n\nX\n',
  'nested list ending in a fence': '- a\n  - ```\n    b\n\nX\n',
  'fence in a blockquote in a list': '- a\n  > ```\n  > b\n\nX\n',
  'front matter with blank lines': '---\ntitle: x\n\nmore: y\n---\n\n# Title\n\nText.\n',
  'front matter never closed': '---\ntitle: x\n\nText.\n\nMore.\n',
  'front matter fences later on': '# T\n\n---\na: b\n---\n\nText.\n',
  'byte order mark': '\uFEFF---\na: 1\n---\n\nText [r].\n\n\uFEFFweird\n\n[r]: /u\n',
  CRLF: '# T\r\n\r\nPara one\r\nline two\r\n\r\n- a\r\n\r\n- b\r\n\r\n```\r\nx\r\n\r\n```\r\n\r\nEnd [r].\r\n\r\n[r]: /u\r\n',
  'CR only': '# T\r\rPara\r\r> q\r\rEnd [r]\r\r[r]: /u\r',
  tabs: '\tcode\n\nText\twith tab.\n\n-\titem\n\n\tmore\n\nEnd.\n',
  'no final line ending': 'A.\n\nB.',
  'blank lines only': '\n\n  \n\t\n',
  empty: '',
  'blank lines with spaces': 'A.\n   \nB.\n \t \nC.\n',
  'thematic break after a list': '- a\n\n* * *\n\nText.\n',
  'ordered lists not starting at 1': 'Para.\n\n3. three\n4. four\n\nPara.\n\n7) seven\n',
  'blockquote with blank marker lines': '> a\n>\n> b\n\n> c\n\nd\n',
  'item starting with a blank line': '-\n\n  foo\n\nbar\n',
  'ATX headings': '# A\n\n## B ##\n\n#no\n\n####### seven\n',
};

/** Small blocks for random drafts: every trap, and plain blocks between them. */
const BLOCKS = [
  ...Object.values(TRAPS).filter(Boolean),
  '# Title',
  'A paragraph with [a link](https://example.org) and [@belarus:un-gge].',
  'Memoranda of understanding with partners [see @belarus:national-cert, p. 2].',
  '- one\n- two\n  - nested',
  '1. first\n\n2. second',
  '> quoted “text” [@belarus:no-nation-alone]',
  '[ref]: /defined "here"',
  'Uses [ref] and [other][ref].',
  '    indented code',
  '```\nfenced\n\n```',
  '```\nopen fence',
  '<!-- pillars-ignore unknown-citation -->',
  '<div>',
  '---',
  'Setext\n---',
  '| a | b |\n|---|---|\n| 1 | 2 |',
];

/** The fields of an mdast tree the checker reads (see `leanParse`). */
function lean(tree: object): unknown {
  const node = tree as Record<string, unknown>;
  const position = node.position as { start: { offset: number }; end: { offset: number } } | undefined;
  return {
    type: node.type,
    position: node.type === 'listItem' || !position ? undefined : [position.start.offset, position.end.offset],
    depth: node.type === 'heading' ? node.depth : undefined,
    identifier: node.type === 'definition' ? node.identifier : undefined,
    value: node.type === 'html' || node.type === 'yaml' ? node.value : undefined,
    children: Array.isArray(node.children) ? node.children.map((child) => lean(child as object)) : undefined,
  };
}

function sameTree(text: string, parser: TreeParser, label: string): void {
  const pieces = parser.parse(text);
  assert.ok(!parser.stats.fellBack, `${label}: parsed in pieces without falling back`);
  assert.deepStrictEqual(pieces, parseWhole(text), label);
}

/**
 * checkDraft as it runs (in pieces, their facts cached, on a control tree) and remarkPillars on the
 * whole document's tree, as remark-cli runs it: the same coverage, evidence, messages and fixes.
 */
function sameCheck(text: string, label: string, parser = draftParser): void {
  const inPieces = parser === draftParser ? checkDraft(text, { path: 'draft.md' }) : undefined;
  assert.deepStrictEqual(inPieces, checkWhole(text, { path: 'draft.md' }), label);
}

describe('parsing in pieces', function () {
  // Property runs of hundreds of drafts: a hang guard for a loaded machine, not a speed target.
  this.timeout(120_000);
  it('parses as remarkPillars configures remark-parse (CommonMark and YAML front matter)', () => {
    const processor = unified().use(remarkParse).use(remarkPillars);
    for (const draft of DRAFTS) assert.deepStrictEqual(parseWhole(draft.text), processor.parse(draft.text), draft.name);
  });

  it('gives the whole-document tree for every fixture, held-out draft and example', () => {
    for (const draft of DRAFTS) {
      sameTree(draft.text, new TreeParser({ minChunk: 0 }), draft.name);
      // Joined, they make a draft long enough to be cut at the default size.
      assert.ok(parseDraft(draft.text));
    }
    const all = DRAFTS.map((draft) => draft.text).join('\n\n');
    sameTree(all, new TreeParser(), 'all drafts joined');
    sameTree(all, new TreeParser({ minChunk: 500 }), 'all drafts joined, small pieces');
  });

  for (const [name, text] of Object.entries(TRAPS)) {
    it(`gives the whole-document tree: ${name}`, () => {
      sameTree(text, new TreeParser({ minChunk: 0 }), name);
    });
  }

  it('gives the whole-document tree for generated drafts of several seeds', () => {
    for (const seed of [1, 2, 3, 4]) {
      const text = generateDraft({ size: 30_000, seed });
      sameTree(text, new TreeParser(), `seed ${seed}`);
      sameTree(text, new TreeParser({ minChunk: 0 }), `seed ${seed}, every cut`);
    }
  });

  it('gives the whole-document tree for random mixtures of the traps', () => {
    const separator = fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n\r\n', '\n \n', '\n\n    \n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...BLOCKS), separator), { minLength: 1, maxLength: 12 }),
        (parts) => {
          const text = parts.map(([block, sep]) => block + sep).join('');
          sameTree(text, new TreeParser({ minChunk: 0 }), JSON.stringify(text));
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });

  it('re-parses only the piece an edit falls in, and still gives the whole-document tree', () => {
    const parser = new TreeParser();
    let text = generateDraft({ size: 60_000, seed: 7 });
    sameTree(text, parser, 'first parse');
    const random = fc.sample(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('insert', 'delete', 'replace')),
      { numRuns: 12, seed: 3 },
    );
    for (const [where, kind] of random) {
      // A letter inside a word: the draft's block structure stays as it is.
      let at = Math.floor(where * text.length);
      while (!/[a-z]/.test(text[at] ?? '') || !/[a-z]/.test(text[at - 1] ?? '')) at = (at + 1) % text.length;
      text =
        kind === 'insert'
          ? text.slice(0, at) + 'x' + text.slice(at)
          : kind === 'delete'
            ? text.slice(0, at) + text.slice(at + 1)
            : text.slice(0, at) + 'q' + text.slice(at + 1);
      sameTree(text, parser, `after ${kind} at ${at}`);
      assert.ok(
        parser.stats.parsedChars < text.length / 3,
        `${kind} at ${at} re-parsed ${parser.stats.parsedChars} of ${text.length} characters`,
      );
    }
  });

  it('gives each place its own nodes when the same piece comes twice', () => {
    const block = generateDraft({ size: 3000, seed: 9 }).replace(/^---[\s\S]*?---\n\n/, '');
    const text = [block, block, block].join('\n');
    const parser = new TreeParser({ minChunk: 1000 });
    sameTree(text, parser, 'repeated');
    const tree = parser.parse(text);
    const nodes = new Set(tree.children);
    assert.equal(nodes.size, tree.children.length);
    sameTree(`Intro.\n\n${text}`, parser, 'repeated, shifted');
  });

  it('keeps references resolved when a definition moves between pieces or goes away', () => {
    const parser = new TreeParser({ minChunk: 0 });
    const base = 'See [annex].\n\nMiddle.\n\n[annex]: /a\n';
    sameTree(base, parser, 'defined');
    sameTree(base.replace('[annex]: /a', 'No definition.'), parser, 'removed');
    sameTree(`[annex]: /b\n\n${base}`, parser, 'defined twice');
  });

  it("makes from micromark's events the tree remark-parse makes, in every field the checker reads", () => {
    const texts = [
      ...DRAFTS.map((draft) => draft.text),
      ...Object.values(TRAPS),
      generateDraft({ size: 30_000, seed: 2 }),
      '[a *b\n_c_ `d`\ne*](u "t\nx") ![i *j*][k] [k] [k][] <http://a.b> <a@b.c> &amp; \\* x  \ny\\\nz\n\n[k]: /u\n',
      '> <!-- pillars-ignore\n> x -->\n> para <!-- pillars-disable --> after\n\n- <!-- c -->\n- b\n  <!-- d -->\n',
      'Setext\nover lines\n===\n\n# ATX #\n\n####### no\n\n- a\n\n  b\n- c\n  1. d\n     > e\n',
    ];
    for (const text of texts)
      assert.deepStrictEqual(lean(leanParse(text)), lean(parseWhole(text)), JSON.stringify(text.slice(0, 60)));
    const separator = fc.constantFrom('\n', '\n\n', '\r\n', '\n \n', '\n\n    \n', ' ', '');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...BLOCKS), separator), { minLength: 1, maxLength: 12 }),
        (parts) => {
          const text = parts.map(([block, sep]) => block + sep).join('');
          assert.deepStrictEqual(lean(leanParse(text)), lean(parseWhole(text)), JSON.stringify(text));
        },
      ),
      { numRuns: 1000, seed: 9 },
    );
    // And the property tests' drafts: broken Markdown, noise, links and images inside one another.
    fc.assert(
      fc.property(markdownDraft, (text) => {
        assert.deepStrictEqual(lean(leanParse(text)), lean(parseWhole(text)), JSON.stringify(text));
      }),
      { numRuns: 500, seed: 10 },
    );
  });

  it('makes the same tree when it swaps the brackets of many citations, whatever stands around them', () => {
    // Inline and block neighbours that a citation's brackets could interact with: links, images, references,
    // escapes, code spans, HTML, emphasis, unclosed brackets, block starts, front matter.
    const parts = [
      '[@belarus:un-gge]',
      '[@belarus:un-gge, p. 2]',
      '[@a; @b]',
      '[@k *em*]',
      '[@k _em]',
      '[@k\nwrapped]',
      '[@k',
      ']',
      '[',
      '@',
      ' ',
      '\n',
      '\n\n',
      '[a](u)',
      '[t [@k]](u)',
      '[t [@k] u]',
      '![@k]',
      '\\[@k]',
      '[@k](u)',
      '[@k][r]',
      '[x][@k]',
      '[[@k]]',
      '*[@k]*',
      '_x_',
      '**',
      '`[@k]`',
      '`',
      '<span title="[@k]">',
      '<a',
      '>',
      '<http://a.b/[@k]>',
      '&#91;',
      '\n> ',
      '\n- ',
      '\n# ',
      '\n```\n',
      '\n<div>[@k]</div>\n',
      '\n---\n',
      '  \n',
      '\n[x [@k] y]: /u\n',
      '\n[@k]: /u\n',
    ];
    const citations = Array.from({ length: CITATION_SWAP_MIN }, (_, i) => `[@c${i}]`).join(' ');
    let swapped = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        fc.boolean(),
        (fragments, front, definition) => {
          const text =
            (front ? '---\nsee: "[@k]"\n---\n' : '') +
            `${citations} ${fragments.join('')} ${citations}` +
            (definition ? '\n\n[r]: /u\n' : '\n');
          if (withoutCitationBrackets(text) !== undefined) swapped++;
          assert.deepStrictEqual(lean(leanParse(text)), lean(parseWhole(text)), JSON.stringify(text));
        },
      ),
      { numRuns: 400, seed: 12 },
    );
    // Most of them were parsed with the brackets swapped (a draft with a definition is not).
    assert.ok(swapped > 100, `${swapped} of 400 swapped`);
  });

  it('reads back any stretch of the prose mask from the spans the facts keep, blockquote markers blanked', () => {
    const texts = [
      ...DRAFTS.map((draft) => draft.text),
      ...Object.values(TRAPS),
      '> a “quoted\n> line” [@k]\n>  > nested\n> lazy\r\n>\tend\n',
    ];
    for (const text of texts) {
      const { mask, prose } = proseMask(parseWhole(text), text, 0);
      assert.equal(typeof prose, 'object', 'text nodes in order: spans, not a copy of the mask');
      assert.equal(maskOf(prose, text, 0, 0, text.length), mask);
      // Inside a longer text, as a piece of a draft is.
      const padded = `${'x'.repeat(7)}${text}`;
      assert.equal(maskOf(prose, padded, 7, 0, text.length), mask);
    }
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.nat(), fc.nat(), (text, a, b) => {
        const { mask, prose } = proseMask(parseWhole(text), text, 0);
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        assert.equal(
          maskOf(prose, text, 0, from, to),
          mask.slice(from, to),
          `${JSON.stringify(text.slice(0, 40))} ${from}–${to}`,
        );
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('checks every draft with exactly the results of a whole-document parse', () => {
    for (const draft of DRAFTS) sameCheck(draft.text, draft.name);
    for (const seed of [1, 2]) sameCheck(generateDraft({ size: 40_000, seed }), `seed ${seed}`);
    sameCheck(DRAFTS.map((draft) => draft.text).join('\n\n'), 'all drafts joined');
  });

  it('checks the traps and random mixtures of them, cut at every blank line, as a whole-document check', () => {
    const minChunk = draftParser.minChunk;
    draftParser.minChunk = 0;
    try {
      for (const [name, text] of Object.entries(TRAPS)) sameCheck(text, name);
      const separator = fc.constantFrom('\n', '\n\n', '\r\n\r\n', '\n \n', '\n   \n');
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...BLOCKS), separator), { minLength: 1, maxLength: 10 }),
          (parts) => {
            sameCheck(parts.map(([block, sep]) => block + sep).join(''), 'mixture');
          },
        ),
        { numRuns: 300, seed: 11 },
      );
    } finally {
      draftParser.minChunk = minChunk;
    }
  });

  it('checks with pillars comments and quotations spread over pieces as a whole-document check', () => {
    const minChunk = draftParser.minChunk;
    draftParser.minChunk = 0;
    try {
      const parts = [
        '<!-- pillars-disable missing-pillar -->',
        '# Draft',
        '> “No nation can ensure its cybersecurity alone.”',
        '[@belarus:no-nation-alone]',
        '<!-- pillars-ignore unknown-citation -->',
        'See [@belarus:no-such-claim] and [@belarus:un-gge].',
        '- item\n\n  <!-- pillars-enable missing-pillar -->\n- more',
        '<!-- pillars-disable thin-pillar misquote -->',
        '"We will train specialists" [@belarus:no-nation-alone]',
        '```\nopen at the end',
      ];
      for (let from = 0; from < parts.length; from++) {
        for (let to = from + 1; to <= parts.length; to++)
          sameCheck(parts.slice(from, to).join('\n\n'), `parts ${from}–${to}`);
      }
    } finally {
      draftParser.minChunk = minChunk;
    }
  });

  it('re-checks after edits with exactly the results of a whole-document check', () => {
    let text = generateDraft({ size: 60_000, seed: 4 });
    sameCheck(text, 'first check');
    const random = fc.sample(
      fc.tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('insert', 'delete', 'blank line', 'heading'),
      ),
      { numRuns: 12, seed: 8 },
    );
    for (const [where, kind] of random) {
      let at = Math.floor(where * text.length);
      while (!/[a-z]/.test(text[at] ?? '') || !/[a-z]/.test(text[at - 1] ?? '')) at = (at + 1) % text.length;
      const edits: Record<string, string> = {
        insert: text.slice(0, at) + 'x' + text.slice(at),
        delete: text.slice(0, at) + text.slice(at + 1),
        'blank line': text.slice(0, at) + '\n\n' + text.slice(at),
        heading: text.slice(0, at) + '\n\n## Training and research\n\n' + text.slice(at),
      };
      text = edits[kind];
      sameCheck(text, `after ${kind} at ${at}`);
    }
  });
});
