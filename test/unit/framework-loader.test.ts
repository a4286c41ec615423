import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { builtinKnowledgeBase } from '../../src/core/framework/knowledge-base.js';
import { PILLARS } from '../../src/core/framework/pillars.js';
import { stem } from '../../src/core/judgement/signals.js';
import { normalizeQuote } from '../../src/core/analysis/text.js';
import {
  initFramework,
  loadFramework,
  readSignalLine,
  type Framework,
  type FrameworkProblem,
} from '../../src/core/framework/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE_PATH = join(ROOT, 'examples/frameworks/un-norms-sample.md');
const EXAMPLE = readFileSync(EXAMPLE_PATH, 'utf8');

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `fixture holds ${JSON.stringify(needle)}`);
  return text.slice(0, at).split(/\r\n|\r|\n/).length;
}

const claims = (framework: Framework) => framework.source.themes.flatMap((theme) => theme.claims);
const keyOfText = (framework: Framework) => new Map(claims(framework).map((claim) => [claim.text, claim.key]));
const errors = (problems: FrameworkProblem[]) => problems.filter((problem) => problem.severity === 'error');

/** One problem whose message matches `pattern`, on `line`. */
function problemAt(
  problems: FrameworkProblem[],
  pattern: RegExp,
  line: number,
  severity?: FrameworkProblem['severity'],
): FrameworkProblem {
  const found = problems.filter((problem) => pattern.test(problem.message));
  assert.equal(found.length, 1, `one problem matches ${pattern}: ${JSON.stringify(problems, null, 1)}`);
  assert.equal(found[0].line, line, `${pattern} is reported on line ${line}`);
  if (severity) assert.equal(found[0].severity, severity);
  return found[0];
}

/** A plain framework: three sections with vocabularies of their own, and words all of them share. */
const PLAIN = `# Water and power

## Dams and reservoirs

States protect the reservoirs that hold drinking water. A reservoir breach floods valleys, so dam operators
watch every reservoir level. Reservoir gauges and spillway controls must never be reachable from the internet.
States should name the dams and reservoirs they treat as critical.

## Turbines and the grid

Grid operators balance the turbines that feed the grid. A turbine controller that is tampered with can trip
the grid within seconds. States should keep turbine and grid telemetry apart from office networks.

## Reporting incidents

States should report incidents to a national team within a day. Incident reports name the system, the time and
the harm, and each incident report is shared with operators that run similar systems.
`;

describe('framework loader: the shipped example', () => {
  const { framework, problems } = loadFramework(EXAMPLE);

  it('loads without problems, with its title, namespace and source metadata', () => {
    assert.deepEqual(problems, []);
    assert.equal(framework.source.namespace, 'un-norms');
    assert.match(framework.source.title, /responsible state behaviour/);
    assert.equal(framework.source.metadata?.author, 'Cooperation Pillars contributors');
    assert.match(framework.source.metadata?.issued ?? '', /^\d{4}/);
    assert.match(framework.source.metadata?.url ?? '', /^https:\/\//);
  });

  it('has the three pillars its front matter names, each its own ## section, and a theme that is not a pillar', () => {
    const headings = [...EXAMPLE.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    assert.deepEqual(
      framework.source.themes.map((theme) => theme.title),
      headings,
    );
    assert.deepEqual(
      framework.pillars.map((pillar) => pillar.id),
      ['restraint', 'cooperation', 'confidence'],
    );
    for (const pillar of framework.pillars) {
      const theme = framework.source.themes.find((candidate) => candidate.id === pillar.theme)!;
      assert.equal(theme.pillar, pillar.id);
      assert.ok(theme.claims.length > 0);
      assert.ok(theme.claims.every((claim) => claim.pillar === pillar.id));
      assert.equal(pillar.leadClaim, theme.claims[0].key);
      assert.ok(
        pillar.signals.some((signal) => signal.weight > 0),
        `${pillar.id} has a vocabulary`,
      );
    }
    const other = framework.source.themes.filter((theme) => theme.pillar === undefined);
    assert.equal(other.length, 1);
    assert.ok(other[0].claims.every((claim) => claim.pillar === undefined));
  });

  it('gives every sentence a pinned key in its namespace, each once, at the sentence it stands for', () => {
    const all = claims(framework);
    assert.ok(all.length >= 10);
    assert.ok(all.every((claim) => claim.pinned && claim.key === `un-norms:${claim.id}`));
    assert.equal(new Set(all.map((claim) => claim.key)).size, all.length);
    for (const claim of all) {
      const written = EXAMPLE.slice(claim.range.start.offset, claim.range.end.offset);
      assert.equal(normalizeQuote(written), claim.text, 'a claim’s range holds its sentence');
    }
  });

  it('reads the curated pillar’s signal lines and false friends, and derives the others’ vocabulary', () => {
    const restraint = framework.pillars.find((pillar) => pillar.id === 'restraint')!;
    assert.equal(restraint.vocabulary, 'curated');
    assert.ok(
      restraint.signals.some((signal) => signal.weight === 2 && signal.forms.includes('critical infrastructure')),
    );
    const friends = restraint.signals.filter((signal) => signal.weight === 0);
    assert.equal(friends.length, 1);
    assert.ok(friends[0].forms.includes('infrastructure as code'));
    assert.match(restraint.description, /^States refrain/);
    for (const id of ['cooperation', 'confidence']) {
      assert.equal(framework.pillars.find((pillar) => pillar.id === id)!.vocabulary, 'derived');
    }
  });
});

describe('framework loader: signal lines', () => {
  it('the built-in essay is a framework file: it loads without a problem, with the checker’s four pillars and claims', () => {
    const { framework, problems } = loadFramework(
      readFileSync(join(ROOT, 'media/sources/belarus-cyber-cooperation.md'), 'utf8'),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(
      framework.pillars.map((pillar) => [pillar.id, pillar.vocabulary, pillar.like, pillar.leadClaim]),
      [
        ['partnerships', 'curated', 'partnerships', 'belarus:cooperative-frameworks'],
        ['policy', 'curated', 'policy', 'belarus:robust-policies'],
        ['dialogue', 'curated', 'dialogue', 'belarus:dialogue-events'],
        ['education', 'curated', 'education', 'belarus:skilled-workforce'],
      ],
    );
    // What the checker runs on is generated from it: the same signals, titles and hints.
    framework.pillars.forEach((pillar, at) => {
      assert.deepEqual(pillar.signals, PILLARS[at].signals);
      assert.equal(pillar.title, PILLARS[at].title);
      assert.equal(pillar.coverHint, PILLARS[at].coverHint);
    });
    const builtin = builtinKnowledgeBase();
    assert.equal(framework.source.title, builtin.sources[0].title, 'the essay’s first line is its title');
    assert.deepEqual(
      framework.source.themes.flatMap((theme) =>
        theme.claims.map((claim) => [claim.key, claim.text, claim.pillar, claim.pinned]),
      ),
      builtin.claims.map((claim) => [claim.key, claim.text, claim.pillar, true]),
    );
  });

  it('refuses weights, empty forms and patterns it cannot read, saying why', () => {
    assert.match(readSignalLine('3 partnership').problem ?? '', /weight/);
    assert.match(readSignalLine('2 partner||ally').problem ?? '', /empty form/);
    assert.match(readSignalLine('2 part.*ner').problem ?? '', /not plain words/);
    assert.match(readSignalLine('2').problem ?? '', /not a signal line/);
    assert.match(readSignalLine('1 partner ~').problem ?? '', /family/);
  });
});

describe('framework loader: pinned keys', () => {
  it('keeps every key when a sentence is inserted before another, even one that starts with the same words', () => {
    const before = loadFramework(EXAMPLE).framework;
    const first = claims(before).find((claim) => claim.pillar === 'restraint')!;
    const inserted = 'States should not conduct or knowingly support cyber operations against election systems either.';
    const edited = `${EXAMPLE.slice(0, first.range.start.offset)}${inserted} ${EXAMPLE.slice(first.range.start.offset)}`;
    const { framework: after, problems } = loadFramework(edited);
    const keys = keyOfText(after);
    for (const [text, key] of keyOfText(before)) assert.equal(keys.get(text), key, `"${text}" keeps its key`);
    const fresh = claims(after).find((claim) => claim.text === inserted)!;
    assert.equal(fresh.pinned, false);
    assert.ok(!keyOfText(before).has(fresh.text) && ![...keyOfText(before).values()].includes(fresh.key));
    problemAt(problems, /no entry in `keys:`/, lineOf(edited, inserted), 'warning');
    assert.deepEqual(errors(problems), []);
  });

  it('pins the keys of a plain document with init, so that inserting a sentence shifts none', () => {
    // Without pinning, two sentences with the same first words are numbered in order: an insertion shifts one.
    const plain = PLAIN.replace(
      'States should report incidents',
      'States should report incidents quickly. States should report incidents',
    );
    const init = initFramework(plain);
    assert.ok(init.changed);
    assert.equal(init.keys.length, claims(loadFramework(plain).framework).length);
    assert.ok(init.keys.every((entry) => entry.added));
    assert.ok(init.report.some((line) => /pillars: dams-and-reservoirs/.test(line)));
    const pinned = loadFramework(init.text);
    assert.ok(claims(pinned.framework).every((claim) => claim.pinned));
    assert.deepEqual(
      keyOfText(pinned.framework),
      keyOfText(loadFramework(plain).framework),
      'init writes the keys the document had',
    );
    const at = init.text.indexOf('States should report incidents quickly.');
    const edited = `${init.text.slice(0, at)}States should report incidents to regulators too. ${init.text.slice(at)}`;
    const keys = keyOfText(loadFramework(edited).framework);
    for (const [text, key] of keyOfText(pinned.framework)) assert.equal(keys.get(text), key);
    // Run again on a pinned document, init has nothing to write.
    assert.equal(initFramework(init.text).changed, false);
  });

  it('keeps a key when the middle of its sentence is edited, and says so when its start was', () => {
    const target = 'Regular consultations, bilateral and regional';
    const { framework: before } = loadFramework(EXAMPLE);
    const key = claims(before).find((claim) => claim.text.startsWith(target))!.key;
    const middleEdited = EXAMPLE.replace('a channel to clarify an incident', 'a quiet way to clear up an incident');
    assert.notEqual(middleEdited, EXAMPLE);
    assert.equal(
      claims(loadFramework(middleEdited).framework).find((claim) => claim.text.startsWith(target))!.key,
      key,
    );
    const claim = claims(before).find((candidate) => candidate.text.startsWith(target))!;
    const at = claim.range.start.offset;
    const startEdited = `${EXAMPLE.slice(0, at)}Frequent${EXAMPLE.slice(at + 'Regular'.length)}`;
    const { problems } = loadFramework(startEdited);
    problemAt(
      problems,
      /No sentence matches the key entry "Regular consultations/,
      lineOf(startEdited, '  Regular consultations'),
      'warning',
    );
    problemAt(problems, /no entry in `keys:`/, claim.range.start.line, 'warning');
  });
});

describe('framework loader: vocabulary derived from plain Markdown', () => {
  const { framework, problems } = loadFramework(PLAIN);
  const byId = new Map(framework.pillars.map((pillar) => [pillar.id, pillar]));
  const stemsOf = (id: string) =>
    new Set(byId.get(id)!.signals.flatMap((signal) => signal.forms.flatMap((form) => form.split(' ').map(stem))));

  it('makes every ## section a pillar, with a vocabulary of its own', () => {
    assert.deepEqual(errors(problems), []);
    assert.deepEqual([...byId.keys()], ['dams-and-reservoirs', 'turbines-and-the-grid', 'reporting-incidents']);
    for (const pillar of byId.values()) assert.equal(pillar.vocabulary, 'derived');
  });

  it('holds each section’s distinctive words, none of the other sections’, and none they all share', () => {
    const dams = stemsOf('dams-and-reservoirs');
    const grid = stemsOf('turbines-and-the-grid');
    const incidents = stemsOf('reporting-incidents');
    for (const word of ['reservoir', 'dam']) assert.ok(dams.has(stem(word)), `dams: ${word} in ${[...dams]}`);
    for (const word of ['turbine', 'grid']) assert.ok(grid.has(stem(word)), `grid: ${word} in ${[...grid]}`);
    for (const word of ['incident', 'report'])
      assert.ok(incidents.has(stem(word)), `incidents: ${word} in ${[...incidents]}`);
    for (const [a, b] of [
      [dams, grid],
      [dams, incidents],
      [grid, incidents],
    ]) {
      assert.deepEqual(
        [...a].filter((word) => b.has(word)),
        [],
        'no derived word is two sections’',
      );
    }
    for (const common of ['states', 'should', 'operators']) {
      for (const own of [dams, grid, incidents]) assert.ok(!own.has(stem(common)), `"${common}" is no section’s own`);
    }
  });

  it('makes a heading’s two-word phrase a strong signal and a heading word a naming one', () => {
    const grid = byId.get('turbines-and-the-grid')!.signals;
    const incidents = byId.get('reporting-incidents')!.signals;
    assert.ok(incidents.some((signal) => signal.weight === 2 && signal.forms.includes('reporting incidents')));
    assert.ok(grid.some((signal) => signal.weight === 1 && signal.naming && signal.forms.includes('grid')));
    assert.ok(
      byId.get('reporting-incidents')!.coverHint.startsWith('add a section or paragraph on reporting incidents'),
    );
  });

  it('keeps curated signals when given, and adds false friends to derived ones', () => {
    const curated = loadFramework(
      `---\nnamespace: wp\npillars:\n  dams:\n    section: Dams and reservoirs\n    signals: ['2 spillway ~spillway']\n  grid:\n    section: Turbines and the grid\n    falseFriends: [grid layout]\n---\n${PLAIN}`,
    );
    assert.deepEqual(curated.problems, []);
    const [dams, grid] = curated.framework.pillars;
    assert.deepEqual(
      dams.signals.map((signal) => signal.forms),
      [['spillway']],
    );
    assert.equal(grid.vocabulary, 'derived');
    assert.ok(grid.signals.some((signal) => signal.weight === 0 && signal.forms.includes('grid layout')));
    assert.ok(grid.signals.some((signal) => signal.weight > 0 && signal.forms.includes('grid')));
  });
});

describe('framework loader: bad input is reported with its line, and the rest loads', () => {
  const withFront = (yaml: string, body = PLAIN) => `---\n${yaml}\n---\n${body}`;
  const pillarIds = (text: string) => loadFramework(text).framework.pillars.map((pillar) => pillar.id);

  it('an alias with no anchor: named as invalid YAML; the front matter is ignored and every section is a pillar', () => {
    const { framework, problems } = loadFramework(withFront('*pillars'));
    const problem = errors(problems).find((entry) => /not valid YAML/.test(entry.message));
    assert.ok(problem, JSON.stringify(problems));
    assert.equal(problem.line, 2);
    assert.equal(framework.pillars.length, 3);
  });

  it('malformed YAML: named at its line; the front matter is ignored and every section is a pillar', () => {
    const text = withFront('namespace: wp\ntitle: [unclosed\npillars: [dams-and-reservoirs]');
    const { framework, problems } = loadFramework(text);
    const problem = errors(problems).find((entry) => /not valid YAML/.test(entry.message));
    assert.ok(problem, JSON.stringify(problems));
    assert.ok(
      problem.line >= 2 && problem.line <= 5,
      `the YAML error is inside the front matter (line ${problem.line})`,
    );
    assert.equal(framework.pillars.length, 3);
    assert.equal(claims(framework).length, claims(loadFramework(PLAIN).framework).length);
  });

  it('no ## sections: named; the title and namespace still load', () => {
    const text = withFront('namespace: wp', '# Only a title\n\nA paragraph, but no section.\n');
    const { framework, problems } = loadFramework(text);
    problemAt(problems, /no ## sections/, lineOf(text, '# Only a title'), 'error');
    assert.equal(framework.source.title, 'Only a title');
    assert.equal(framework.source.namespace, 'wp');
    assert.deepEqual(framework.pillars, []);
  });

  it('duplicate pillar ids: the second is named at its line; the first and the others load', () => {
    const text = withFront(
      'namespace: wp\npillars:\n  - Dams and reservoirs\n  - reporting-incidents\n  - dams-and-reservoirs',
    );
    const { problems } = loadFramework(text);
    problemAt(problems, /given twice/, lineOf(text, '  - dams-and-reservoirs'), 'error');
    assert.deepEqual(pillarIds(text), ['dams-and-reservoirs', 'reporting-incidents']);
  });

  it('two sections with one heading: the second is named and is no pillar; its sentences still load', () => {
    const text = `${PLAIN}\n## Reporting incidents\n\nA second section under the same heading says more.\n`;
    const { framework, problems } = loadFramework(text);
    problemAt(
      problems,
      /Two sections are headed "Reporting incidents"/,
      lineOf(text, '## Reporting incidents', text.indexOf('## Reporting incidents') + 1),
      'error',
    );
    assert.deepEqual(pillarIds(text), ['dams-and-reservoirs', 'turbines-and-the-grid', 'reporting-incidents']);
    assert.ok(
      claims(framework).some((claim) => claim.text.startsWith('A second section') && claim.pillar === undefined),
    );
  });

  it('unknown front-matter keys: named with a did-you-mean; the known keys apply', () => {
    const text = withFront('namespace: wp\npilars: [dams-and-reservoirs]\nauthor: Someone\nsource:\n  autor: Someone');
    const { framework, problems } = loadFramework(text);
    assert.match(
      problemAt(problems, /unknown key `pilars`/, lineOf(text, 'pilars:'), 'warning').message,
      /did you mean `pillars`/,
    );
    assert.match(
      problemAt(problems, /unknown key `author`/, lineOf(text, 'author:'), 'warning').message,
      /under `source:`/,
    );
    assert.match(
      problemAt(problems, /unknown key `autor`/, lineOf(text, 'autor:'), 'warning').message,
      /did you mean `author`/,
    );
    assert.equal(framework.source.namespace, 'wp');
    assert.equal(framework.pillars.length, 3, 'the misspelt pillars list is ignored: every section is a pillar');
  });

  it('a pillar that names no section: named with a did-you-mean; the other pillars load', () => {
    const text = withFront('namespace: wp\npillars:\n  - Dams and reservoir\n  - Turbines and the grid\n  - Bridges');
    const { problems } = loadFramework(text);
    assert.match(
      problemAt(problems, /"Dams and reservoir" names no ## section/, lineOf(text, '  - Dams and reservoir'), 'error')
        .message,
      /did you mean "Dams and reservoirs"/,
    );
    problemAt(problems, /"Bridges" names no ## section/, lineOf(text, '  - Bridges'), 'error');
    assert.deepEqual(pillarIds(text), ['turbines-and-the-grid']);
  });

  it('bad signal lines: each named at its line; the good lines are kept', () => {
    const text = withFront(
      [
        'namespace: wp',
        'pillars:',
        '  dams:',
        '    section: Dams and reservoirs',
        '    signals:',
        "      - '3 spillway'",
        "      - '2 dam||weir'",
        "      - '2 reservoir.*'",
        "      - '2 spillway gate|sluice ~gate'",
        '      - 42',
      ].join('\n'),
    );
    const { framework, problems } = loadFramework(text);
    problemAt(problems, /"3" is not a signal weight/, lineOf(text, "'3 spillway'"), 'error');
    problemAt(problems, /empty form/, lineOf(text, "'2 dam||weir'"), 'error');
    problemAt(problems, /not plain words/, lineOf(text, "'2 reservoir.*'"), 'error');
    problemAt(problems, /"42" is not a signal line/, lineOf(text, '- 42'), 'error');
    const [dams] = framework.pillars;
    assert.equal(dams.vocabulary, 'curated');
    assert.deepEqual(
      dams.signals.map((signal) => signal.forms),
      [['spillway gate', 'sluice']],
    );
  });

  it('a pillar whose signal lines are all bad still gets a derived vocabulary', () => {
    const text = withFront(
      'namespace: wp\npillars:\n  dams:\n    section: Dams and reservoirs\n    signals: ["9 nothing"]',
    );
    const { framework } = loadFramework(text);
    assert.equal(framework.pillars[0].vocabulary, 'derived');
    assert.ok(
      framework.pillars[0].signals.some((signal) => signal.forms.some((form) => stem(form) === stem('reservoir'))),
    );
  });

  it('bad keys: another namespace, an invalid key, a key given twice: each named; the rest stay pinned', () => {
    const text = withFront(
      [
        'namespace: wp',
        'keys:',
        '  States protect the reservoirs: other:reservoirs',
        '  A reservoir breach floods valleys: "bad key!"',
        '  Grid operators balance the turbines: balance',
        '  A turbine controller that is tampered with: balance',
        '  Reservoir gauges and spillway controls: wp:gauges',
      ].join('\n'),
    );
    const { framework, problems } = loadFramework(text);
    problemAt(problems, /not in this framework's namespace/, lineOf(text, 'other:reservoirs'), 'error');
    problemAt(problems, /not a valid Pandoc citation key/, lineOf(text, 'bad key!'), 'error');
    problemAt(problems, /given to two sentences/, lineOf(text, 'A turbine controller that is tampered with:'), 'error');
    const keys = new Map(claims(framework).map((claim) => [claim.text.split(' ').slice(0, 3).join(' '), claim]));
    assert.equal(keys.get('Grid operators balance')!.key, 'wp:balance');
    assert.equal(keys.get('Reservoir gauges and')!.key, 'wp:gauges');
    assert.equal(keys.get('A turbine controller')!.pinned, false);
    assert.equal(
      new Set(claims(framework).map((claim) => claim.key)).size,
      claims(framework).length,
      'keys stay distinct',
    );
  });

  it('an empty pillar section is named; the other sections load', () => {
    const text = PLAIN.replace('## Turbines and the grid', '## Hydrogen\n\n## Turbines and the grid');
    const { framework, problems } = loadFramework(text);
    problemAt(problems, /"Hydrogen" has no sentences/, lineOf(text, '## Hydrogen'), 'error');
    assert.equal(framework.pillars.length, 4);
    assert.equal(claims(framework).length, claims(loadFramework(PLAIN).framework).length);
  });

  it('a binary or oversized file is refused on line 1, without throwing', () => {
    assert.match(errors(loadFramework('## A\u0000\u0001').problems)[0].message, /binary/);
    const big = loadFramework(PLAIN, { maxLength: 100 });
    assert.equal(big.problems[0].line, 1);
    assert.match(big.problems[0].message, /more than the 100/);
  });

  it('never throws, whatever the text', () => {
    const markdownish = fc.array(
      fc.constantFrom(
        '---\n',
        '## A\n',
        '## A\n',
        'pillars: [a, b]\n',
        'keys: {x: y}\n',
        'Text. More text.\n',
        ':\n',
        '\uFEFF',
        '- 2 a|b\n',
        '\r\n',
        '[',
        '*',
        '`',
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          markdownish.map((parts) => parts.join('')),
        ),
        (text) => {
          const { framework } = loadFramework(text);
          assert.ok(Array.isArray(framework.pillars));
          initFramework(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('framework format documentation', () => {
  const doc = readFileSync(join(ROOT, 'docs/frameworks.md'), 'utf8');

  it('shows the shipped example in full, as it is', () => {
    assert.ok(doc.includes(EXAMPLE), 'docs/frameworks.md holds the example file verbatim');
  });

  it('documents every front-matter key the loader knows, and only signal lines it reads', async () => {
    const { FRAMEWORK_KEYS, PILLAR_KEYS, SOURCE_KEYS } = await import('../../src/core/framework/index.js');
    for (const key of [...FRAMEWORK_KEYS, ...PILLAR_KEYS, ...SOURCE_KEYS])
      assert.ok(doc.includes(`\`${key}\``), `${key} is documented`);
    const lines = [...doc.matchAll(/^\s*- '([^']+)'/gm)].map((match) => match[1]);
    assert.ok(lines.length >= 5);
    for (const line of lines) assert.ok(readSignalLine(line).signal, `${line} reads`);
  });
});
