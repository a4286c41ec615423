/**
 * Drafts round-trip through Pandoc: every example renders to HTML and docx with `pandoc --citeproc` and the
 * bibliography `pillars bibliography` writes, with no citeproc warning but for the keys the checker itself
 * reports as unknown, the locators kept, and the claims' text in the bibliography; the References section
 * renders as citeproc's list. Needs Debian's `pandoc` (.ci/run installs it): skipped without it, failed in CI.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addBibliographyEdit,
  bibliographyItems,
  builtinKnowledgeBase,
  checkDraft,
  citedClaims,
  PILLAR_IDS,
  referencesEdit,
  writeBibliography,
  type BibliographyFormat,
} from '../../src/core/index.js';
import { applyEdits } from '../../src/core/edits/fixes.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((file) => file.endsWith('.md'))
  .sort();
const kb = builtinKnowledgeBase();
/** The Pandoc to run (`PANDOC` names another one). */
const PANDOC = process.env.PANDOC ?? 'pandoc';
const hasPandoc = spawnSync(PANDOC, ['--version'], { encoding: 'utf8' }).status === 0;

function pandoc(args: string[], cwd: string): { stdout: string; warnings: string[] } {
  const run = spawnSync(PANDOC, args, { cwd, encoding: 'utf8' });
  assert.equal(run.status, 0, `pandoc ${args.join(' ')}: ${run.stderr}`);
  return { stdout: run.stdout, warnings: run.stderr.split('\n').filter((line) => line.trim()) };
}

/** The keys citeproc could not find, from its warnings; any other warning fails the test. */
function missingKeys(warnings: string[]): string[] {
  return warnings
    .map((line) => {
      const found = /^\[WARNING\] Citeproc: citation (\S+) not found$/.exec(line);
      assert.ok(found, `an unexpected Pandoc warning: ${line}`);
      return found[1];
    })
    .sort();
}

/** The keys the checker reports as naming no claim: the only ones Pandoc may not find. */
function unknownKeys(text: string): string[] {
  const messages = checkDraft(text).messages.filter((message) => message.ruleId === 'unknown-citation');
  return [...new Set(messages.map((message) => message.claim!))].sort();
}

/** Text without line breaks or tags, for finding a claim's words in rendered output. */
const flat = (text: string) => text.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('Pandoc round trip', function () {
  this.timeout(120_000);
  let dir: string;

  before(function () {
    if (hasPandoc) return;
    if (process.env.CI === 'true')
      throw new Error(
        'pandoc is not installed, and CI must run these tests: .ci/run installs it (apt-get install pandoc)',
      );
    console.warn('    (skipped: pandoc is not installed; apt-get install pandoc to run the Pandoc round trip)');
    this.skip();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-pandoc-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const formats: [BibliographyFormat, string][] = [
    ['csl-json', 'claims.json'],
    ['csl-yaml', 'claims.yaml'],
    ['biblatex', 'claims.bib'],
  ];

  for (const example of EXAMPLES) {
    it(`renders examples/${example} to HTML and docx with every claim it cites resolved`, () => {
      const text = readFileSync(join(ROOT, 'examples', example), 'utf8');
      copyFileSync(join(ROOT, 'examples', example), join(dir, example));
      const cited = citedClaims(checkDraft(text).analysis.citations);
      for (const [format, file] of formats) {
        writeFileSync(join(dir, file), writeBibliography(bibliographyItems(kb), format));
        const html = pandoc(['--citeproc', '--bibliography', file, '-t', 'html', example], dir);
        assert.deepEqual(
          missingKeys(html.warnings),
          unknownKeys(text),
          `${example} (${format}): only the keys the checker reports are missing`,
        );
        const output = flat(html.stdout);
        for (const claim of cited)
          assert.ok(
            output.includes(claim.text.replace(/\.$/, '')),
            `${example} (${format}): ${claim.key}'s text in the bibliography`,
          );
        for (const claim of cited)
          assert.ok(
            !output.includes(`${claim.key}?`),
            `${example} (${format}): ${claim.key} not shown unresolved ("key?")`,
          );
      }
      const docx = pandoc(['--citeproc', '--bibliography', 'claims.json', '-o', 'out.docx', example], dir);
      assert.deepEqual(missingKeys(docx.warnings), unknownKeys(text), `${example} (docx)`);
      const back = flat(pandoc(['out.docx', '-t', 'plain', '--wrap=none'], dir).stdout);
      for (const claim of cited)
        assert.ok(back.includes(claim.text.replace(/\.$/, '')), `${example} (docx): ${claim.key}'s text`);
    });
  }

  it('keeps a locator and reads keys with colons', () => {
    copyFileSync(join(ROOT, 'examples', 'citing-the-source.md'), join(dir, 'draft.md'));
    writeFileSync(join(dir, 'claims.json'), writeBibliography(bibliographyItems(kb), 'csl-json'));
    const html = flat(pandoc(['--citeproc', '--bibliography', 'claims.json', '-t', 'html', 'draft.md'], dir).stdout);
    // [@belarus:data-legislation, para. 3]: Chicago author-date, Pandoc's default style.
    assert.match(html, /information systems\.” n\.d\., para\. 3\)/);
    assert.doesNotMatch(html, /n\.d\.[a-z]\b/, 'no year suffixes: every entry is told apart by its own title');
  });

  it('renders the References section as citeproc’s list for a draft that names claims.json, and it is no evidence', () => {
    const original = readFileSync(join(ROOT, 'examples', 'national-strategy.md'), 'utf8');
    const named = applyEdits(original, [addBibliographyEdit(original, checkDraft(original).analysis.frontMatter)!]);
    const analysis = checkDraft(named).analysis;
    const draft = applyEdits(named, [
      referencesEdit(
        {
          text: named,
          citations: analysis.citations,
          headings: analysis.headings,
          title: analysis.title,
          hasBibliography: true,
        },
        kb,
      ),
    ]);
    assert.match(
      draft,
      /## References \(source claims\)\n\n<!-- cooperation-pillars:references[^\n]*-->\n\n::: \{#refs\}\n:::\n\n<!-- \/cooperation-pillars:references -->\n$/,
    );
    const before = checkDraft(original);
    const after = checkDraft(draft, { path: join(dir, 'draft.md') });
    for (const id of PILLAR_IDS) assert.equal(after.coverage[id].status, before.coverage[id].status, id);
    writeFileSync(join(dir, 'draft.md'), draft);
    writeFileSync(join(dir, 'claims.json'), writeBibliography(bibliographyItems(kb), 'csl-json'));
    // No --bibliography: the front matter names it.
    const html = pandoc(['--citeproc', '-t', 'html', 'draft.md'], dir);
    assert.deepEqual(html.warnings, []);
    const refs = /<div id="refs"[^]*?<\/div>\s*<\/div>/.exec(html.stdout)?.[0] ?? '';
    for (const claim of citedClaims(analysis.citations))
      assert.ok(flat(refs).includes(claim.text.replace(/\.$/, '')), `${claim.key} listed under References`);
    const sectionAt = html.stdout.indexOf('References (source claims)');
    assert.ok(sectionAt > 0 && sectionAt < html.stdout.indexOf('<div id="refs"'), 'the list under its heading');
    pandoc(['--citeproc', '-o', 'out.docx', 'draft.md'], dir);
    const back = flat(pandoc(['out.docx', '-t', 'plain', '--wrap=none'], dir).stdout);
    assert.ok(back.includes(kb.claim('belarus:un-gge')!.text.replace(/\.$/, '')));
  });

  it('reads no citation in the HTML References list of a draft without a bibliography', () => {
    const original = readFileSync(join(ROOT, 'examples', 'citing-the-source.md'), 'utf8');
    const analysis = checkDraft(original).analysis;
    const draft = applyEdits(original, [
      referencesEdit(
        { text: original, citations: analysis.citations, headings: analysis.headings, title: analysis.title },
        kb,
      ),
    ]);
    writeFileSync(join(dir, 'draft.md'), draft);
    const html = pandoc(['--citeproc', '-t', 'html', 'draft.md'], dir).stdout;
    const list = html.slice(html.indexOf('<dl>'), html.indexOf('</dl>'));
    assert.ok(list.includes('@belarus:share-practices'), 'the key is shown');
    assert.doesNotMatch(list, /class="citation"|data-cites/, 'and not read as a citation');
  });
});
