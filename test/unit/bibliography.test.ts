/**
 * The claims as a bibliography (`pillars bibliography`), the bibliographies a draft names (the unknown-citation
 * rule reads them) and the front-matter edit that names one.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../../src/cli/main.js';
import { runCliCaptured } from '../support/cli.js';
import {
  addBibliographyEdit,
  bibliographyItems,
  bibliographyKeys,
  builtinKnowledgeBase,
  checkDraft,
  clearBibliographyCache,
  KnowledgeBase,
  writeBibliography,
  type Source,
} from '../../src/core/index.js';
import { applyEdits } from '../../src/core/edits/fixes.js';

const kb = builtinKnowledgeBase();

function cli(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: () => '',
    cwd,
    color: false,
  });
  return code.then((exit) => ({ exit, stdout: out.join('\n'), stderr: err.join('\n') }));
}

describe('bibliography of the claims', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-bib-'));
    clearBibliographyCache();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('has one entry per claim, keyed by its citation key, each told apart by its own sentence and place', () => {
    const items = bibliographyItems(kb);
    assert.deepEqual(
      items.map((item) => item.id),
      kb.claims.map((claim) => claim.key),
    );
    // Styles compare titles where an author would be: distinct titles, so no "n.d.a, n.d.b".
    assert.equal(new Set(items.map((item) => item.title)).size, items.length);
    assert.equal(new Set(items.map((item) => item['title-short'])).size, items.length);
    const unGge = items.find((item) => item.id === 'belarus:un-gge')!;
    assert.equal(unGge.title, kb.claim('belarus:un-gge')!.text);
    assert.equal(unGge.genre, 'Building Partnerships, sentence 3');
    assert.equal(unGge['container-title'], kb.sources[0].title);
    // The essay names no author and no date: none is made up.
    assert.equal(unGge.type, 'entry');
    assert.equal(unGge['container-author'], undefined);
    assert.equal(unGge.issued, undefined);
  });

  it("takes a source's author and date from its metadata, as the source's author, never each claim's", () => {
    const source: Source = {
      ...kb.sources[0],
      metadata: {
        author: 'Ministry of Foreign Affairs',
        issued: '2023-05',
        publisher: 'MFA Press',
        url: 'https://example.org/essay',
      },
    };
    const item = bibliographyItems(new KnowledgeBase([source]))[0];
    assert.equal(item.type, 'chapter');
    assert.deepEqual(item['container-author'], [{ literal: 'Ministry of Foreign Affairs' }]);
    assert.deepEqual(item.issued, { 'date-parts': [[2023, 5]] });
    assert.equal(item.publisher, 'MFA Press');
    assert.equal(item.URL, 'https://example.org/essay');
    assert.equal((item as { author?: unknown }).author, undefined);
    // A function of the caller's may supply what the manifest lacks.
    const dated = bibliographyItems(kb, () => ({ issued: 'spring 2023' }))[0];
    assert.deepEqual(dated.issued, { literal: 'spring 2023' });
  });

  it('writes CSL JSON, CSL YAML and BibLaTeX whose keys read back, the claims kept in their case', () => {
    const items = bibliographyItems(kb);
    const json = writeBibliography(items, 'csl-json');
    const entries = JSON.parse(json) as { id: string; title: string }[];
    assert.equal(
      entries.find((entry) => entry.id === 'belarus:un-gge')!.title,
      `<span class="nocase">${kb.claim('belarus:un-gge')!.text}</span>`,
    );
    const yaml = parseYaml(writeBibliography(items, 'csl-yaml')) as { references: { id: string; title: string }[] };
    assert.match(yaml.references[0].title, /^\[.*\]\{\.nocase\}$/);
    const bib = writeBibliography(items, 'biblatex');
    assert.match(bib, /@inreference\{belarus:un-gge,\n {2}title = \{\{Notably, Belarus/);
    for (const [text, file] of [
      [json, 'c.json'],
      [writeBibliography(items, 'csl-yaml'), 'c.yaml'],
      [bib, 'c.bib'],
    ]) {
      assert.deepEqual(
        [...bibliographyKeys(text, file)!],
        kb.claims.map((claim) => claim.key),
        file,
      );
    }
  });

  it('escapes what each format would read as markup in a claim', () => {
    const source: Source = structuredClone(kb.sources[0]);
    source.themes[1].claims[0].text = 'A & B <i>x</i> 50% of $5 [@ref] *now* {a}_b';
    const items = bibliographyItems(new KnowledgeBase([source]));
    const json = JSON.parse(writeBibliography(items, 'csl-json'))[4].title as string;
    assert.equal(json, '<span class="nocase">A &#38; B &#60;i&#62;x&#60;/i&#62; 50% of $5 [@ref] *now* {a}_b</span>');
    const yaml = (parseYaml(writeBibliography(items, 'csl-yaml')) as { references: { title: string }[] }).references[4]
      .title;
    assert.equal(yaml, '[A & B \\<i\\>x\\</i\\> 50% of \\$5 \\[\\@ref\\] \\*now\\* \\{a\\}\\_b]{.nocase}');
    assert.match(
      writeBibliography(items, 'biblatex'),
      /title = \{\{A \\& B <i>x<\/i> 50\\% of \\\$5 \[@ref\] \*now\* \\\{a\\\}\\_b\}\}/,
    );
  });

  it('pillars bibliography prints CSL JSON, or writes the format its --output file names', async () => {
    const printed = await cli(['bibliography'], dir);
    assert.equal(printed.exit, 0);
    assert.equal(JSON.parse(printed.stdout).length, kb.claims.length);
    const written = await cli(['bibliography', '--output', 'claims.yaml'], dir);
    assert.equal(written.exit, 0, written.stderr);
    assert.match(written.stderr, /wrote 23 claims to claims\.yaml \(csl-yaml\)/);
    assert.ok(readFileSync(join(dir, 'claims.yaml'), 'utf8').startsWith('# The claims of the source'));
    const bib = await cli(['bibliography', '--format', 'biblatex'], dir);
    assert.match(bib.stdout, /^% The claims/);
  });

  it('pillars bibliography refuses what Pandoc could not read, exit 2', async () => {
    for (const [argv, message] of [
      [['bibliography', '--format', 'ris'], /unknown bibliography format "ris": use csl-json, csl-yaml, biblatex/],
      [['bibliography', '--output', 'claims.txt'], /name the file \.json, \.yaml, \.bib/],
      [['bibliography', '--format', 'biblatex', '--output', 'claims.json'], /Pandoc would read it as csl-json/],
      [['bibliography', '--output', join('no-such-folder', 'claims.json')], /cannot write it \(ENOENT\)/],
      [['bibliography', 'extra'], /unknown argument "extra"/],
    ] as const) {
      const result = await cli([...argv], dir);
      assert.equal(result.exit, 2, argv.join(' '));
      assert.match(result.stderr, message);
    }
    assert.match((await cli(['bibliography', '--help'], dir)).stdout, /csl-json \(default\), csl-yaml or biblatex/);
  });

  describe('a draft’s bibliography and unknown-citation', () => {
    const unknown = (text: string, path: string, fsPath?: string) =>
      checkDraft(text, { path, fsPath })
        .messages.filter((message) => message.ruleId === 'unknown-citation')
        .map((message) => message.message);

    it('accepts keys found in the bibliography files, read from the draft’s folder', () => {
      writeFileSync(join(dir, 'claims.json'), writeBibliography(bibliographyItems(kb), 'csl-json'));
      writeFileSync(
        join(dir, 'more.json'),
        JSON.stringify([
          { id: 'smith2020', type: 'book', title: 'A book' },
          { id: 'belarus:annex', type: 'book' },
        ]),
      );
      const draft =
        '---\nbibliography: [claims.json, more.json]\n---\n\n# T\n\nWe cite [@belarus:un-gge], [@smith2020], [@belarus:annex] and [@jones1999].\n';
      const path = join(dir, 'draft.md');
      assert.deepEqual(unknown(draft, path), [
        "Citation @jones1999 is neither a claim of the source nor an entry of the draft's bibliography (`claims.json`, `more.json`): add it there, or correct the key.",
      ]);
    });

    it('pillars check reads a draft’s bibliography beside the draft, from any folder it runs in', async () => {
      mkdirSync(join(dir, 'drafts'));
      writeFileSync(
        join(dir, 'drafts', 'more.json'),
        JSON.stringify([{ id: 'smith2020', type: 'book', title: 'A book' }]),
      );
      writeFileSync(
        join(dir, 'drafts', 'draft.md'),
        '---\nbibliography: more.json\n---\n\n# T\n\nWe cite [@smith2020] and [@jones1999].\n',
      );
      const result = await runCliCaptured(['check', 'drafts/draft.md', '--format', 'json'], { cwd: dir });
      const messages = (JSON.parse(result.stdout).files[0].messages as { ruleId: string; message: string }[]).filter(
        (m) => m.ruleId === 'unknown-citation',
      );
      assert.deepEqual(
        messages.map((m) => m.message),
        [
          "Citation @jones1999 is neither a claim of the source nor an entry of the draft's bibliography (`more.json`): add it there, or correct the key.",
        ],
      );
    });

    it('names a bibliography that is missing or malformed at the front matter, and does not fail', () => {
      writeFileSync(join(dir, 'bad.yaml'), 'references: [ {id: a\n');
      writeFileSync(join(dir, 'noid.json'), '[{"title": "x"}]');
      const draft =
        '---\ntitle: T\nbibliography:\n  - missing.json\n  - bad.yaml\n  - noid.json\n---\n\n# T\n\nWe cite [@smith2020] and [@belarus:nope].\n';
      const result = checkDraft(draft, { path: join(dir, 'draft.md') });
      const messages = result.messages.filter((message) => message.ruleId === 'unknown-citation');
      assert.equal(result.notChecked, undefined);
      assert.match(
        messages[0].message,
        /^Bibliography `missing\.json` cannot be read \(there is no such file: .*missing\.json\): write it with `pillars bibliography --output missing\.json`/,
      );
      assert.match(messages[1].message, /^Bibliography `bad\.yaml` cannot be read \(it is not valid YAML: /);
      assert.match(messages[2].message, /^Bibliography `noid\.json` cannot be read \(entry 1 has no `id`\)/);
      for (const message of messages.slice(0, 3)) assert.equal(message.range.start.line, 3, 'at the bibliography key');
      // Its keys unknown, @smith2020 may resolve there; the source's namespace is still checked.
      assert.deepEqual(
        messages.slice(3).map((message) => message.claim),
        ['belarus:nope'],
      );
    });

    it('reads no file for a draft that is not on disk, and names relative files only from a known folder', () => {
      const draft = '---\nbibliography: claims.json\n---\n\nWe cite [@smith2020].\n';
      assert.deepEqual(unknown(draft, 'untitled:Untitled-1', ''), []);
      assert.deepEqual(unknown(draft, undefined as unknown as string), []);
    });

    it('keeps keys that resolve in the front matter’s references', () => {
      const draft =
        '---\nreferences:\n  - id: smith2020\n    title: A book\n---\n\nWe cite [@smith2020] and [@doe2001].\n';
      assert.deepEqual(unknown(draft, join(dir, 'draft.md')), [
        "Citation @doe2001 is neither a claim of the source nor an entry of the front matter's `references`: add it there, or correct the key.",
      ]);
    });
  });

  describe('naming claims.json in the front matter', () => {
    const named = (text: string) => {
      const edit = addBibliographyEdit(text, checkDraft(text).analysis.frontMatter);
      return edit && applyEdits(text, [edit]);
    };

    it('makes a front matter, adds a line to one, or adds the file to those it names', () => {
      assert.equal(
        named('# T\n\n[@belarus:un-gge]\n'),
        '---\nbibliography: claims.json\n---\n\n# T\n\n[@belarus:un-gge]\n',
      );
      assert.equal(named('---\ntitle: T\n---\n\n# T\n'), '---\ntitle: T\nbibliography: claims.json\n---\n\n# T\n');
      assert.equal(
        named('---\r\ntitle: T\r\nbibliography: refs.bib # ours\r\n---\r\n\r\n# T\r\n'),
        '---\r\ntitle: T\r\nbibliography: [ refs.bib, claims.json ] # ours\r\n---\r\n\r\n# T\r\n',
      );
      assert.equal(named('---\nbibliography:\n---\n# T\n'), '---\nbibliography: claims.json\n---\n# T\n');
      assert.equal(named('---\nbibliography: claims.json\n---\n# T\n'), undefined, 'named already');
      assert.equal(named('---\ntitle: [oops\n---\n# T\n'), undefined, 'invalid YAML is left to the writer');
    });

    it('after which the draft’s claims resolve and Insert References Section uses citeproc', () => {
      writeFileSync(join(dir, 'claims.json'), writeBibliography(bibliographyItems(kb), 'csl-json'));
      const draft = named('# T\n\nWe cite [@belarus:un-gge].\n')!;
      const result = checkDraft(draft, { path: join(dir, 'draft.md') });
      assert.deepEqual(
        result.messages.filter((message) => message.ruleId === 'unknown-citation'),
        [],
      );
      assert.equal(result.analysis.frontMatter?.hasBibliography, true);
    });
  });
});
