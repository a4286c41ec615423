/** What the editor shows, decided without the host: tree rows, diagnostics, completions, hovers, status bar. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinKnowledgeBase, checkDraft, PILLAR_IDS, type PillarId } from '../../src/core/index.js';
import { COMMANDS } from '../../src/vscode/ids.js';
import {
  citedClaimPlaces,
  claimMatches,
  claimRow,
  completionItemsFor,
  completionOf,
  diagnosticOf,
  escapeMarkdown,
  evidenceGroupRow,
  evidenceRow,
  evidenceSummary,
  hoverMarkdown,
  HOVER_COMMANDS,
  orderedThemes,
  pickEntries,
  pillarRow,
  sameDiagnostic,
  sectionNumber,
  shorten,
  sourceRow,
  statusBarOf,
} from '../../src/vscode/present.js';
import { toReport } from '../../src/vscode/report.js';

const kb = builtinKnowledgeBase();
const source = kb.sources[0];
const ROOT = join(import.meta.dirname, '..', '..');
const example = readFileSync(join(ROOT, 'media/walkthrough/example-draft.md'), 'utf8');
const strategy = readFileSync(join(ROOT, 'examples/national-strategy.md'), 'utf8');

function reportOf(text: string) {
  return toReport(checkDraft(text), 1);
}

function themeOf(id: PillarId) {
  return source.themes.find((theme) => theme.pillar === id)!;
}

/** Markdown with its backslash escapes removed: what a reader sees. */
function unescape(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

describe('editor presentation', () => {
  describe('tree rows', () => {
    it('orders themes with the four pillars first, then context and conclusion', () => {
      assert.deepEqual(
        orderedThemes(source).map((theme) => theme.pillar ?? theme.id),
        [...PILLAR_IDS, 'context', 'conclusion'],
      );
    });

    it('shows the source with its number of claims', () => {
      const row = sourceRow(source);
      assert.equal(row.label, source.title);
      assert.equal(row.description, `${kb.claims.length} claims, 4 pillars`);
    });

    it('shows each pillar’s coverage of the example draft at a glance', () => {
      const report = reportOf(example);
      const rows = Object.fromEntries(
        PILLAR_IDS.map((id) => [id, pillarRow(themeOf(id), report.coverage[id], report)]),
      );
      // The pillar's name as every message and tooltip writes it, not the source's Title Case heading.
      assert.equal(rows.partnerships.label, 'Building partnerships');
      assert.match(rows.partnerships.description!, /^covered · /);
      assert.equal(rows.partnerships.icon?.id, 'pass');
      // The title names the summit, and the recommendation's paragraph on it nearly covers dialogue alone.
      assert.equal(rows.dialogue.description, 'covered · 1 citation, intro');
      const thin = reportOf('# Note\n\nOn the annual forum, see [@belarus:security-forum].\n');
      const thinRow = pillarRow(themeOf('dialogue'), thin.coverage.dialogue, thin);
      assert.equal(thinRow.description, 'thin · 1 citation');
      assert.equal(thinRow.icon?.id, 'warning');
      assert.equal(rows.education.description, 'missing · no evidence');
      assert.equal(rows.education.icon?.id, 'error');
      assert.match(rows.education.tooltip!, /To cover it: add a section/);
    });

    it('names citations and sections in a covered pillar’s description', () => {
      const report = reportOf(strategy);
      // "Effective policy implementation" is the third section after the title ("Purpose", "Building partnerships", …).
      assert.equal(evidenceSummary(report.coverage.policy, report), '1 citation, §3');
      assert.equal(
        pillarRow(themeOf('policy'), report.coverage.policy, report).description,
        'covered · 1 citation, §3',
      );
    });

    it('marks a pillar skipped in front matter with its reason', () => {
      const report = reportOf('---\npillars:\n  skip: [education]\n  reason: Skills strategy\n---\n# Draft\n\nText.\n');
      const row = pillarRow(themeOf('education'), report.coverage.education, report);
      assert.equal(row.description, 'skipped · out of scope: Skills strategy');
      assert.equal(row.icon?.id, 'circle-slash');
    });

    it('shows a pillar without coverage when no draft is open (the themes can be browsed)', () => {
      const row = pillarRow(themeOf('policy'), undefined, undefined, false, false);
      assert.equal(row.label, 'Effective policy implementation');
      assert.equal(row.description, undefined);
      assert.match(row.tooltip!, /Open a draft to see how it covers this pillar/);
    });

    it('bounds a pillar’s tooltip and description in a draft with thousands of pieces of evidence', () => {
      const sections = Array.from(
        { length: 400 },
        (_, i) =>
          `## Part ${i + 1}\n\nWe train cybersecurity professionals in university programmes and research centres, with curricula and scholarships.\n`,
      );
      const report = reportOf(`# Big\n\n${sections.join('\n')}`);
      const coverage = report.coverage.education;
      assert.ok(coverage.evidence.length > 100, `only ${coverage.evidence.length} pieces of evidence`);
      const row = pillarRow(themeOf('education'), coverage, report);
      assert.ok(row.tooltip!.length < 2000, `tooltip of ${row.tooltip!.length} characters`);
      assert.match(row.tooltip!, new RegExp(`…and ${coverage.evidence.length - 5} more`));
      // The link opens the whole list (pillars.showEvidence with the pillar).
      assert.ok(
        row.tooltip!.includes(`(command:pillars.showEvidence?${encodeURIComponent(JSON.stringify(['education']))}`),
        row.tooltip,
      );
      assert.match(row.description!, /^covered · §1 §2 §3 §4 \+\d+$/);
      const status = statusBarOf(report);
      assert.ok(status.tooltip.length < 2000, `status tooltip of ${status.tooltip.length} characters`);
    });

    it('says when the draft is not checked yet', () => {
      assert.equal(pillarRow(themeOf('policy'), undefined, undefined, true).description, 'checking…');
      assert.equal(pillarRow(themeOf('policy'), undefined, undefined).description, 'not checked');
    });

    it('numbers sections without the title heading', () => {
      const report = reportOf('# Title\n\nIntro.\n\n## One\n\nA.\n\n## Two\n\nB.\n');
      assert.equal(sectionNumber(report, 8), 0);
      assert.equal(sectionNumber(report, report.headings[1].start), 1);
      assert.equal(sectionNumber(report, report.headings[2].start + 10), 2);
    });

    it('shows a claim by a short label, its key, and the full sentence as a quotation with the source’s title', () => {
      const claim = kb.claim('belarus:un-gge')!;
      const row = claimRow(claim, kb);
      assert.ok(row.label.length <= 60 && row.label.endsWith('…'));
      assert.ok(claim.text.startsWith(row.label.slice(0, -1)));
      assert.equal(row.description, '@belarus:un-gge');
      const tooltip = unescape(row.tooltip!);
      assert.ok(tooltip.includes(`> ${claim.text}`));
      assert.ok(tooltip.includes(`— *${source.title}*, line ${claim.range.start.line}`));
      assert.equal(claimRow(claim, kb, 2).description, '@belarus:un-gge · cited ×2');
    });

    it('shows evidence with its kind, line and section', () => {
      const report = reportOf(strategy);
      const evidence = report.coverage.partnerships.evidence;
      const group = evidenceGroupRow(report.coverage.partnerships);
      assert.equal(group.label, 'Evidence in draft');
      assert.equal(group.description, String(evidence.length));
      const citation = evidence.find((item) => item.claim === 'belarus:un-gge')!;
      const row = evidenceRow(citation, report);
      assert.equal(row.label, '@belarus:un-gge');
      assert.match(row.description!, new RegExp(`^citation · line ${citation.range.start.line} · §2$`));
    });

    it('groups mentions in passing apart from evidence', () => {
      const report = reportOf('# Note\n\nA summit may be useful one day.\n');
      assert.equal(evidenceGroupRow(report.coverage.dialogue).label, 'Mentioned in passing');
    });
  });

  describe('diagnostics', () => {
    it('map every message with its rule as code, linked to its documentation, and 0-based positions', () => {
      const result = checkDraft(example);
      const severities = { error: 'Error', warning: 'Warning', info: 'Information' } as const;
      assert.ok(result.messages.length >= 3);
      for (const message of result.messages) {
        const diagnostic = diagnosticOf(message);
        assert.equal(diagnostic.source, 'pillars');
        assert.equal(diagnostic.code.value, message.ruleId);
        assert.equal(diagnostic.code.target, message.url);
        assert.match(diagnostic.code.target!, new RegExp(`#rule-${message.ruleId}$`));
        assert.equal(diagnostic.severity, severities[message.severity]);
        assert.equal(diagnostic.range.start.line, message.range.start.line - 1);
        assert.equal(diagnostic.range.start.character, message.range.start.column - 1);
        assert.ok(sameDiagnostic(message, diagnostic));
      }
    });

    it('find their message again from what VS Code hands back', () => {
      const [first, second] = checkDraft(example).messages;
      const handedBack = { ...diagnosticOf(first), code: { value: first.ruleId, target: 'https://example.org' } };
      assert.ok(sameDiagnostic(first, handedBack));
      assert.ok(!sameDiagnostic(second, handedBack));
    });

    it('lines and characters count UTF-16 code units, as VS Code does', () => {
      const text = '# Çà 🙂 note\n\nSee [@belarus:un-ggee].\n';
      const message = checkDraft(text).messages.find((m) => m.ruleId === 'unknown-citation')!;
      const diagnostic = diagnosticOf(message);
      const line = text.split('\n')[diagnostic.range.start.line];
      assert.equal(line.slice(diagnostic.range.start.character, diagnostic.range.end.character), '@belarus:un-ggee');
    });
  });

  describe('completions', () => {
    it('insert the key, show the pillar and the sentence, and filter on the sentence’s words', () => {
      const claim = kb.claim('belarus:skilled-workforce')!;
      const item = completionOf(claim, kb, 16);
      assert.equal(item.label, 'belarus:skilled-workforce');
      assert.equal(item.insertText, 'belarus:skilled-workforce');
      assert.equal(item.detail, 'Pillar: Cybersecurity education and research');
      assert.ok(item.filterText.includes('investing in cybersecurity education'));
      assert.ok(unescape(item.documentation).includes(claim.text));
      assert.equal(item.sortText, '00016');
    });

    it('show the theme for claims outside the pillars', () => {
      assert.equal(completionOf(kb.claim('belarus:four-commitments')!, kb, 0).detail, 'Theme: Conclusion');
    });

    it('find the claims holding a word typed after [@, ranked by it, and only those', () => {
      const keys = (typed: string) => claimMatches(kb, typed).map((claim) => claim.key);
      assert.deepEqual(keys('seminars'), ['belarus:dialogue-events']);
      assert.deepEqual(keys('infra'), ['belarus:robust-policies']);
      // A key that starts with it comes first, then sentences with a word that starts with it.
      assert.equal(keys('talent')[0], 'belarus:talent-pool');
      assert.equal(keys('forum')[0], 'belarus:security-forum');
      assert.ok(
        keys('cert').every((key) => kb.claim(key)!.text.toLowerCase().includes('cert') || key.includes('cert')),
      );
      assert.equal(keys('').length, kb.claims.length);
      assert.deepEqual(keys('zzzz'), []);
    });

    it('give each found claim a filter text that starts with what was typed and a sort text in rank order', () => {
      const items = completionItemsFor(kb, 'semin');
      assert.deepEqual(
        items.map((item) => item.label),
        ['belarus:dialogue-events'],
      );
      assert.ok(items[0].filterText.startsWith('semin'));
      const many = completionItemsFor(kb, 'cyber');
      assert.ok(many.length > 3);
      assert.deepEqual(
        many.map((item) => item.sortText),
        [...many.map((item) => item.sortText)].sort(),
      );
      assert.equal(many[0].sortText, '00000');
    });

    it('show the sentence beside the key on every row, and the pillar on the selected one', () => {
      const item = completionOf(kb.claim('belarus:dialogue-events')!, kb, 0);
      assert.match(item.labelDescription, /^Belarus actively promotes dialogue/);
      assert.equal(item.detail, 'Pillar: Promoting dialogue and expertise');
    });

    it('let a word of the claim find it: CERT, forum, workforce', () => {
      const items = kb.claims.map((claim, i) => completionOf(claim, kb, i));
      const find = (word: string) =>
        items.filter((item) => item.filterText.toLowerCase().includes(word.toLowerCase())).map((item) => item.label);
      assert.deepEqual(find('CERT'), ['belarus:national-cert']);
      assert.ok(find('forum').includes('belarus:security-forum'));
      assert.ok(find('workforce').includes('belarus:skilled-workforce'));
    });
  });

  describe('cited in this draft', () => {
    it('lists each cited claim once, in the order first cited, with the place of every citation', () => {
      const text =
        '# Note\n\nAs agreed [@belarus:un-gge; @belarus:security-forum]. Again [@belarus:un-gge, p. 2] and [@belarus:nope].\n';
      const cited = citedClaimPlaces(reportOf(text));
      assert.deepEqual(
        cited.map((entry) => entry.claim.key),
        ['belarus:un-gge', 'belarus:security-forum'],
      );
      assert.deepEqual(
        cited[0].places.map((place) => text.slice(place.start, place.end)),
        ['@belarus:un-gge', '@belarus:un-gge'],
      );
    });
  });

  describe('the citation picker', () => {
    it('lists every claim once, grouped under a separator per pillar, then context and conclusion', () => {
      const entries = pickEntries(kb);
      const claims = entries.filter((entry) => entry.kind === 'claim');
      assert.equal(claims.length, kb.claims.length);
      assert.deepEqual(
        entries.filter((entry) => entry.kind === 'separator').map((entry) => entry.label),
        [
          'Pillar: Building partnerships',
          'Pillar: Effective policy implementation',
          'Pillar: Promoting dialogue and expertise',
          'Pillar: Cybersecurity education and research',
          'Context',
          'Conclusion',
        ],
      );
      const cert = claims.find((entry) => entry.kind === 'claim' && entry.key === 'belarus:national-cert');
      assert.deepEqual(cert, {
        kind: 'claim',
        label: '@belarus:national-cert',
        description: 'Effective Policy Implementation',
        detail: kb.claim('belarus:national-cert')!.text,
        key: 'belarus:national-cert',
      });
    });
  });

  describe('hover cards', () => {
    it('quote the claim exactly, with pillar, theme, source title and line, and two command links', () => {
      const claim = kb.claim('belarus:national-cert')!;
      const markdown = hoverMarkdown('belarus:national-cert', kb)!;
      const seen = unescape(markdown);
      assert.ok(seen.includes(`> ${claim.text}`));
      assert.ok(seen.includes(`— *${source.title}*, line 11`));
      assert.ok(seen.includes('**Pillar:** Effective policy implementation'));
      assert.ok(seen.includes('**Theme:** Effective Policy Implementation'));
      const links = [...markdown.matchAll(/\]\(command:([\w.]+)\?([^ )]*)/g)].map((m) => [
        m[1],
        JSON.parse(decodeURIComponent(m[2])),
      ]);
      assert.deepEqual(links, [
        [COMMANDS.revealInSource, ['belarus:national-cert']],
        [COMMANDS.copyCitation, ['belarus:national-cert']],
      ]);
      assert.deepEqual([...HOVER_COMMANDS].sort(), [COMMANDS.copyCitation, COMMANDS.revealInSource].sort());
    });

    it('say an unknown key names no claim and suggest the closest keys', () => {
      const markdown = hoverMarkdown('belarus:un-ggee', kb)!;
      assert.match(markdown, /`@belarus:un-ggee` names no claim/);
      assert.match(markdown, /Did you mean `@belarus:un-gge`/);
      assert.doesNotMatch(markdown, /command:/);
    });

    it('leave keys of a Pandoc bibliography alone', () => {
      assert.equal(hoverMarkdown('smith2020', kb, { hasBibliography: true }), undefined);
      assert.match(hoverMarkdown('smith2020', kb)!, /names no claim/);
      assert.match(hoverMarkdown('belarus:nope', kb, { hasBibliography: true })!, /names no claim/);
    });

    it('escape Markdown in the claim’s words', () => {
      assert.equal(escapeMarkdown('a *b* [c](d) <e>'), 'a \\*b\\* \\[c\\]\\(d\\) \\<e\\>');
    });
  });

  describe('status bar', () => {
    it('counts covered pillars of those in scope, with a line per pillar', () => {
      const status = statusBarOf(reportOf(example));
      assert.equal(status.text, '$(warning) Pillars 3/4');
      const lines = status.tooltip.split('\n').filter((line) => line.startsWith('- '));
      assert.equal(lines.length, 4);
      assert.match(lines[2], /Promoting dialogue and expertise: covered/);
      assert.match(lines[3], /✗ Cybersecurity education and research: missing/);
    });

    it('leaves skipped pillars out of the count', () => {
      const status = statusBarOf(
        reportOf('---\npillars:\n  skip: [education]\n---\n' + strategy.replace(/^---[^]*?---\n/, '')),
      );
      assert.match(status.text, /Pillars \d\/3$/);
    });

    it('gives a screen reader plain words, not the tooltip’s Markdown', () => {
      const status = statusBarOf(reportOf(example));
      assert.doesNotMatch(status.accessibilityLabel, /\*\*|\\/);
      assert.match(status.accessibilityLabel, /^Cooperation pillars: 3 of 4 covered\. Building partnerships: covered;/);
      assert.match(status.accessibilityLabel, /Cybersecurity education and research: missing\.$/);
    });

    it('shows all covered with a check', () => {
      assert.equal(statusBarOf(reportOf(strategy)).text, '$(pass) Pillars 4/4');
    });
  });

  it('shortens at a word boundary', () => {
    assert.equal(shorten('one two three four', 12), 'one two…');
    assert.equal(shorten('short', 12), 'short');
  });
});
