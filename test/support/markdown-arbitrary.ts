/**
 * fast-check arbitraries for drafts as writers really leave them: a grammar that mixes what policy
 * drafts contain (headings, nested and lazy lists, tables, citations, quotations of the source's
 * claims) with what breaks parsers (unclosed fences and comments, broken front matter, malformed
 * citations, CRLF and lone CR, a BOM, tabs, combining marks, emoji, right-to-left text, NUL and other
 * control characters), then sometimes cut short mid-word, as a draft is between two keystrokes.
 *
 * Used by test/unit/properties.test.ts and scripts/fuzz.ts. Strings are well-formed UTF-16 (no lone
 * surrogates): drafts come from UTF-8 files, and a counterexample must survive being saved as one.
 */
import fc from 'fast-check';
import { builtinKnowledgeBase } from '../../src/core/framework/knowledge-base.js';

const kb = builtinKnowledgeBase();
const CLAIMS = kb.claims.map((claim) => ({ key: claim.key, text: claim.text }));
const KEYS = CLAIMS.map((claim) => claim.key);

/** Policy prose, the pillars' signal words (strong, weak and false friends) and filler. */
const WORDS = [
  'the',
  'and',
  'of',
  'will',
  'our',
  'we',
  'national',
  'government',
  'cyber',
  'security',
  'threats',
  'with',
  'a',
  'partners',
  'partnership',
  'bilateral',
  'memoranda of understanding',
  'treaty',
  'coalition',
  'united nations',
  'information sharing',
  'stakeholders',
  'cooperation',
  'business partners',
  'partner in crime',
  'legislation',
  'law',
  'laws',
  'regulator',
  'CSIRT',
  'CERT',
  'critical infrastructure',
  'action plan',
  'policy',
  'enforcement',
  'compliance',
  'ministry',
  'law firm',
  'case law',
  'data protection',
  'dialogue',
  'forum',
  'roundtables',
  'summit',
  'best practices',
  'confidence-building measures',
  'experts',
  'discussion',
  'trust',
  'hacker forum',
  'conference call',
  'diplomacy',
  'education',
  'universities',
  'curricula',
  'training',
  'trained',
  'skilled workforce',
  'capacity building',
  'research',
  'R&D',
  'students',
  'training data',
  'awareness',
  'old school',
  'TBD',
  'TODO',
  'see below',
  'e.g.',
  'i.e.',
  '3.2',
  '2024',
  'www.example.org',
  'user@example.org',
];

/** Characters and snippets that break naive parsers and position arithmetic. */
const NOISE = [
  '\t',
  '\u0301',
  'e\u0301',
  'n\u0303\u0323',
  '\u200B',
  '\u200D',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u000B',
  '\u000C',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u001B',
  '\u007F',
  '\u0085',
  '\uFEFF',
  '\uFFFD',
  '\r',
  '\r\n',
  '👍🏽',
  '🇧🇾',
  '👩‍💻',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'مرحبا بالعالم',
  'שלום',
  '\u202Eevil\u202C',
  '\u200Fرت',
  'Беларусь',
  '中文',
  '&amp;',
  '&#0;',
  '&#x1F600;',
  '&bogus;',
  '\\',
  '\\*',
  '`',
  '``',
  '*',
  '**',
  '_',
  '~~',
  '<',
  '>',
  '[',
  ']',
  '(',
  ')',
  '![',
  '|',
  '#',
  '@',
  '@@',
  '"',
  '“',
  '”',
  '‘',
  '’',
  '…',
  '...',
  '—',
  '-',
  '<!--',
  '-->',
  '<br>',
  '</div>',
  '$$',
  '^[note]',
];

const word = fc.constantFrom(...WORDS);
const noise = fc.constantFrom(...NOISE);
const key = fc.constantFrom(...KEYS);

/** A key a writer could type: right, one character off, another namespace, or odd punctuation. */
const typedKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: key },
  {
    weight: 2,
    arbitrary: fc
      .tuple(key, fc.nat(), fc.constantFrom('drop', 'double', 'upper', 'suffix', 'bare'))
      .map(([k, n, how]) => {
        const i = n % k.length;
        if (how === 'drop') return k.slice(0, i) + k.slice(i + 1);
        if (how === 'double') return k.slice(0, i) + k[i] + k.slice(i);
        if (how === 'upper') return k.toUpperCase();
        if (how === 'suffix') return `${k}-2`;
        return k.slice(k.indexOf(':') + 1);
      }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'smith2020',
      'doe:x',
      'belarus:',
      'belarus::un-gge',
      'belarus:un-gge.',
      'belarus:un--gge',
      'belarus:un-gge#$%&',
      'belarus:a/b?c',
      'belarus:ün-gge',
      'belarus:un_gge',
      '1',
      'x:y:z',
    ),
  },
);

/** Pandoc citations, well formed or not. */
export const citation: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: typedKey.map((k) => `[@${k}]`) },
  { weight: 2, arbitrary: fc.tuple(typedKey, fc.integer({ min: 1, max: 99 })).map(([k, p]) => `[see @${k}, p. ${p}]`) },
  { weight: 2, arbitrary: fc.tuple(typedKey, typedKey).map(([a, b]) => `[@${a}; @${b}]`) },
  { weight: 1, arbitrary: typedKey.map((k) => `[-@${k}]`) },
  { weight: 1, arbitrary: typedKey.map((k) => `[@{${k}}]`) },
  { weight: 2, arbitrary: typedKey.map((k) => `@${k}`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '[@',
      '[@;]',
      '[@ belarus:un-gge]',
      '@@',
      '[@]',
      '[@{}]',
      '[@{belarus:un-gge]',
      '[@belarus:un-gge',
      '[@a;;@b]',
      '[@belarus:un-gge](http://example.org)',
      '[@belarus:un-gge][ref]',
      '[[@belarus:un-gge]]',
      '[@belarus:un-gge, p. 3',
      '@belarus:un-gge.',
      'mail@belarus:un-gge',
      '[see; @belarus:un-gge]',
      '[@belarus:un-gge\n]',
      '[@\u0000]',
      '[@belarus:un-gge;]',
      '[-@]',
      '[--@belarus:un-gge]',
      '[@belarus:talent-pool @belarus:un-gge]',
      '\\[@belarus:un-gge]',
      '`[@belarus:un-gge]`',
    ),
  },
);

/** A claim's words with a writer's small change: none, a word dropped or changed, case, an omission. */
const quotedClaim: fc.Arbitrary<{ words: string; key: string }> = fc
  .tuple(
    fc.constantFrom(...CLAIMS),
    fc.constantFrom('exact', 'drop', 'change', 'upper', 'ellipsis', 'brackets', 'part', 'punct'),
    fc.nat(),
  )
  .map(([claim, how, n]) => {
    const words = claim.text.split(' ');
    const i = n % words.length;
    let text = claim.text;
    if (how === 'drop') text = [...words.slice(0, i), ...words.slice(i + 1)].join(' ');
    else if (how === 'change') text = [...words.slice(0, i), 'purportedly', ...words.slice(i + 1)].join(' ');
    else if (how === 'upper') text = text.toUpperCase();
    else if (how === 'ellipsis')
      text = [...words.slice(0, i), '…', ...words.slice(Math.min(words.length, i + 3))].join(' ');
    else if (how === 'brackets')
      text = [...words.slice(0, i), '[…]', ...words.slice(Math.min(words.length, i + 2))].join(' ');
    else if (how === 'part') text = words.slice(i, i + 4).join(' ');
    else if (how === 'punct') text = text.replace(/[.,]/g, '');
    return { words: text, key: claim.key };
  });

/** Inline quotations that carry a citation (the misquote rule's input). */
const quotation: fc.Arbitrary<string> = fc
  .tuple(quotedClaim, fc.constantFrom('"', '“'), fc.constantFrom(' ', ', ', '', ' — '), fc.boolean())
  .map(
    ([q, mark, gap, right]) =>
      `${mark}${q.words}${mark === '“' ? '”' : '"'}${gap}[@${right ? q.key : KEYS[(KEYS.indexOf(q.key) + 1) % KEYS.length]}]`,
  );

const inlinePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: word },
  { weight: 3, arbitrary: citation },
  { weight: 2, arbitrary: quotation },
  { weight: 3, arbitrary: noise },
  { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: word.map((w) => `*${w}*`) },
  { weight: 1, arbitrary: word.map((w) => `**${w}`) },
  { weight: 1, arbitrary: word.map((w) => `[${w}](https://example.org/${w.replace(/\s/g, '-')})`) },
  { weight: 1, arbitrary: word.map((w) => `[${w}][ref]`) },
  { weight: 1, arbitrary: word.map((w) => `<span title="${w}">${w}</span>`) },
  { weight: 1, arbitrary: word.map((w) => `<!-- ${w} -->`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<https://example.org>',
      '![alt](img.png)',
      '<!-- pillars-ignore misquote -->',
      '&nbsp;',
      'H~2~O',
      '[^1]',
    ),
  },
  // Links and images inside one another, over lines, with titles, references of every kind, e-mail autolinks.
  {
    weight: 1,
    arbitrary: fc
      .tuple(word, fc.nat(7))
      .map(
        ([w, n]) =>
          [
            `[${w} ![${w}](i.png)](https://example.org)`,
            `![${w} [${w}](u) *${w}*](i.png "t")`,
            `[${w}\n${w}](u "title\nover lines")`,
            `[*${w}*\\\n${w}][ref]`,
            `[${w}][]`,
            `[ref][${w}]`,
            `<${w.replace(/\W/g, '') || 'a'}@example.org>`,
            `[\`${w}\`](<u v>)`,
          ][n],
      ),
  },
);

/** One line of inline content (no line break of its own, except from noise). */
export const inline: fc.Arbitrary<string> = fc
  .array(fc.tuple(inlinePiece, fc.constantFrom(' ', ' ', ' ', '', '  ', '\t')), { minLength: 1, maxLength: 14 })
  .map((pieces) =>
    pieces
      .map(([piece, gap]) => piece + gap)
      .join('')
      .trimEnd(),
  );

/** A paragraph devoted to one pillar, so that drafts also cover pillars (and fixes have work to do). */
const pillarParagraph: fc.Arbitrary<string> = fc.constantFrom(
  'We will sign bilateral agreements and memoranda of understanding with our partners.',
  'Parliament will pass legislation giving the national CSIRT a mandate and creating a regulator.',
  'An annual forum and quarterly roundtables will support the exchange of best practices.',
  'Universities will update curricula and train a skilled workforce through new degree programmes.',
  'Our law firm handles business partners; training data is stored by the hacker forum.',
);

const HTML_BLOCKS = [
  '<div>\n',
  '<div class="note">\ntext partners\n</div>',
  '<!-- a comment\nover lines -->',
  '<!-- unclosed comment',
  '<!-- pillars-disable missing-pillar -->',
  '<!-- pillars-enable missing-pillar -->',
  '<!-- pillars-ignore unknown-citation -->',
  '<!-- pillars disable -->',
  '<!-- pillars-disable unknown-rule -->',
  '<!--pillars-ignore-->',
  '<script>\nlet x = "<!--";\n',
  '<?php echo 1;',
  '<![CDATA[\npartners\n',
  '<pre>\nlaw\n</pre>',
  '<table><tr><td>CSIRT</td></tr></table>',
];

const FRONT_MATTER = [
  '---\npillars:\n  skip: [education]\n  reason: Covered elsewhere\n---',
  '---\npillars:\n  skip: education\n---',
  '---\ntitle: A draft\nbibliography: refs.bib\n---',
  '---\npillars: 5\n---',
  '---\npillars: [education]\n---',
  '---\npillars:\n  skip: 5\n---',
  '---\npillars:\n  skip: {a: 1}\n---',
  '---\npillars:\n  skip: [nope, education, 3]\n  reason: [1, 2]\n  extra: true\n---',
  '---\npillars:\n  skp: [education]\n---',
  '---\npillars: [unclosed\n---',
  '---\n: : :\n---',
  '---\n\tpillars:\n\t\tskip: [x]\n---',
  '---\na: 1\na: 2\n---',
  '---\nkey: "unterminated\n---',
  '---\nx: *undefined_alias\n---',
  '---\nx: !!binary "%%%"\n---',
  '---\npillars:\n  skip: [education]\n',
  '---\npillars:\n  skip: [education]\n...',
  '---\n---',
  '--- \n---',
  '---\n- a list\n---',
  '---\n"just a string"\n---',
  '---\npillars: null\n---',
  '---\npillars:\n  skip: []\n  reason:\n---',
];

const lineEnding = fc.constantFrom('\n', '\n', '\r\n', '\r');

function indent(lines: string, prefix: string, lazy: boolean): string {
  return lines
    .split('\n')
    .map((line, i) => (i === 0 ? line : lazy && i % 2 === 1 ? line : prefix + line))
    .join('\n');
}

/** Blocks, nesting up to `depth` containers deep. */
function blockArbitrary(depth: number): fc.Arbitrary<string> {
  const leaves: fc.WeightedArbitrary<string>[] = [
    { weight: 8, arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')) },
    { weight: 3, arbitrary: pillarParagraph },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.integer({ min: 1, max: 7 }),
          fc.constantFrom(' ', '', '  ', '\t'),
          inline,
          fc.constantFrom('', ' #', ' ##', '#'),
        )
        .map(([n, gap, text, close]) => `${'#'.repeat(n)}${gap}${text}${close}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(inline, fc.constantFrom('===', '---', '-', '= ='))
        .map(([text, under]) => `${text}\n${under}`),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('```', '~~~', '````', '``'),
          fc.constantFrom('', 'md', 'yaml', ' js {x}'),
          fc.array(inline, { maxLength: 3 }),
          fc.boolean(),
          fc.constantFrom('', ' ', '   '),
        )
        .map(([fence, info, lines, closed, lead]) =>
          [`${lead}${fence}${info}`, ...lines, ...(closed ? [fence] : [])].join('\n'),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(inline, { minLength: 1, maxLength: 3 })
        .map((lines) => lines.map((line) => `    ${line}`).join('\n')),
    },
    { weight: 2, arbitrary: fc.constantFrom(...HTML_BLOCKS) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.array(inline, { minLength: 1, maxLength: 3 }),
          fc.array(fc.array(inline, { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
          fc.boolean(),
        )
        .map(([head, rows, delimiter]) =>
          [
            `| ${head.join(' | ')} |`,
            ...(delimiter ? [`|${head.map(() => ' --- ').join('|')}|`] : []),
            ...rows.map((row) => `| ${row.join(' | ')} |`),
          ]
            .map((line) => line.replace(/\n/g, ' '))
            .join('\n'),
        ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '[ref]: https://example.org "Title"',
        '[@belarus:un-gge]: https://example.org',
        '[x]:',
        "[partners]: <> 't'",
        '[^1]: A footnote on partners.',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('***', '---', '___', '- - -', '') },
  ];
  if (depth <= 0) return fc.oneof(...leaves);
  const inner = blockArbitrary(depth - 1);
  const content = fc
    .array(inner, { minLength: 1, maxLength: 3 })
    .chain((blocks) => fc.constantFrom('\n\n', '\n').map((sep) => blocks.join(sep)));
  return fc.oneof(
    ...leaves,
    {
      weight: 3,
      arbitrary: fc
        .array(
          fc.tuple(
            fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. ', '-\t', '- [ ] '),
            fc.constantFrom('', ' ', '  ', '   '),
            content,
            fc.boolean(),
          ),
          { minLength: 1, maxLength: 4 },
        )
        .chain((items) =>
          fc
            .constantFrom('\n', '\n\n')
            .map((sep) =>
              items
                .map(
                  ([marker, lead, body, lazy]) =>
                    lead + marker + indent(body, ' '.repeat(lead.length + marker.length), lazy),
                )
                .join(sep),
            ),
        ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(content, fc.constantFrom('> ', '>', ' > '), fc.boolean())
        .map(([body, marker, lazy]) => marker + indent(body, marker, lazy)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(quotedClaim, fc.boolean(), fc.boolean())
        .map(
          ([q, inside, attribution]) =>
            `> ${q.words}${inside ? ` [@${q.key}]` : ''}${attribution ? '\n> — The source' : ''}${inside ? '' : `\n\n[@${q.key}]`}`,
        ),
    },
  );
}

export interface DraftShape {
  bom: boolean;
  frontMatter?: string;
  blocks: string[];
  separators: string[];
  lineEndings: string[];
  /** Where the writer stopped typing, as a fraction of the text (1: the whole draft). */
  cut: number;
  /** Stray characters pasted in at fractions of the text. */
  pasted: [number, string][];
}

export const draftShape: fc.Arbitrary<DraftShape> = fc.record({
  bom: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  frontMatter: fc.option(fc.constantFrom(...FRONT_MATTER), { nil: undefined, freq: 3 }),
  blocks: fc.array(blockArbitrary(3), { maxLength: 12 }),
  separators: fc.array(fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n', '\n \n'), { minLength: 1, maxLength: 4 }),
  lineEndings: fc.array(lineEnding, { minLength: 1, maxLength: 3 }),
  cut: fc.oneof(
    { weight: 3, arbitrary: fc.constant(1) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  ),
  pasted: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), noise), { maxLength: 3 }),
});

/** Renders a draft's shape as text. */
export function renderDraft(shape: DraftShape): string {
  let text = shape.blocks
    .map((block, i) => (i === 0 ? '' : shape.separators[i % shape.separators.length]) + block)
    .join('');
  if (shape.frontMatter !== undefined) text = shape.frontMatter + (text ? '\n' + text : '');
  // Line endings: one style, or a mix (a draft pasted together from several sources).
  let n = 0;
  text = text.replace(/\r\n|\r|\n/g, () => shape.lineEndings[n++ % shape.lineEndings.length]);
  if (shape.cut < 1) {
    let at = Math.floor(text.length * shape.cut);
    if (at > 0 && /[\uDC00-\uDFFF]/.test(text[at] ?? '')) at--; // never split an emoji in two
    text = text.slice(0, at);
  }
  for (const [where, piece] of shape.pasted) {
    let at = Math.floor(text.length * where);
    if (at > 0 && /[\uDC00-\uDFFF]/.test(text[at] ?? '')) at--;
    text = text.slice(0, at) + piece + text.slice(at);
  }
  return (shape.bom ? '\uFEFF' : '') + text;
}

/** Random drafts, as text. */
export const markdownDraft: fc.Arbitrary<string> = draftShape.map(renderDraft);
