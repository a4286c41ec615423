/**
 * Frameworks as data, end to end: a user's framework file checked by the CLI (`--framework`, a configuration's
 * `frameworks`), several frameworks at once, a draft choosing in its front matter, pillar ids that are the
 * framework's own everywhere (coverage JSON, SARIF, messages, comments, `skip`), and bad framework files reported
 * with their line while the rest keeps working.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDraft } from '../../src/core/index.js';
import { knowledgeBaseFor, loadFramework } from '../../src/core/framework/index.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkPillars from '../../src/core/plugin.js';
import { runCliCaptured } from '../support/cli.js';

const SAMPLE = readFileSync(join(__dirname, '../../examples/frameworks/un-norms-sample.md'), 'utf8');

/** A small framework written from nothing but Markdown: two sections, both pillars, vocabulary derived. */
const PLAIN = `---
namespace: ports
---
# Port security guide

## Harbour access control

Harbour access control keeps vessels and crews accounted for. Every harbour gate logs access badges, and access control covers cargo terminals too.

## Crew awareness drills

Crew awareness drills teach crews to spot tampering. Ports run crew drills each quarter, and awareness drills end with a written debrief.
`;

/** About the sample's restraint and confidence pillars, not its cooperation pillar. */
const DRAFT = `# Our position

We will protect critical infrastructure, hospitals and the power grid, and refrain from operations against essential services; our CERT will help the emergency response teams of other states.

Transparency about our doctrine lowers the risk of misunderstanding [@un-norms:transparency-lowers-risk].
`;

describe('frameworks: checked by the core', () => {
  const sample = loadFramework(SAMPLE).framework;

  it('checks a draft against a framework’s own pillars, keyed by their ids, each naming its framework', () => {
    const { knowledgeBase } = knowledgeBaseFor([sample]);
    const result = checkDraft(DRAFT, { knowledgeBase });
    assert.deepEqual(Object.keys(result.coverage), ['restraint', 'cooperation', 'confidence']);
    assert.equal(result.coverage.restraint.status, 'thin');
    assert.equal(result.coverage.restraint.framework, 'un-norms');
    assert.equal(result.coverage.cooperation.status, 'missing');
    assert.equal(result.coverage.confidence.evidence[0].kind, 'citation');
    const missing = result.messages.filter((message) => message.ruleId === 'missing-pillar');
    assert.deepEqual(
      missing.map((message) => message.pillar),
      ['cooperation'],
    );
    assert.match(missing[0].message, /Draft does not cover the pillar “Cooperation against misuse of ICTs”/);
  });

  it('with the built-in essay too: both frameworks’ pillars, messages naming the framework', () => {
    const { knowledgeBase } = knowledgeBaseFor([sample], { builtin: true });
    const result = checkDraft(DRAFT, { knowledgeBase });
    assert.deepEqual(Object.keys(result.coverage), [
      'partnerships',
      'policy',
      'dialogue',
      'education',
      'restraint',
      'cooperation',
      'confidence',
    ]);
    const education = result.messages.find(
      (message) => message.ruleId === 'missing-pillar' && message.pillar === 'education',
    );
    assert.match(education!.message, /“Cybersecurity education and research \(belarus\)”/);
  });

  it('a draft picks frameworks in its front matter; an unknown one is named, with those loaded', () => {
    const { knowledgeBase } = knowledgeBaseFor([sample], { builtin: true });
    const chosen = checkDraft(`---\npillars: { frameworks: [un-norms] }\n---\n${DRAFT}`, { knowledgeBase });
    assert.deepEqual(Object.keys(chosen.coverage), ['restraint', 'cooperation', 'confidence']);
    const unknown = checkDraft(`---\npillars: { frameworks: [itu-guide] }\n---\n${DRAFT}`, { knowledgeBase });
    assert.equal(Object.keys(unknown.coverage).length, 7, 'nothing usable chosen: every framework loaded');
    const problem = unknown.messages.find((message) => message.ruleId === 'front-matter');
    assert.match(problem!.message, /`itu-guide`, which is not a loaded framework: use one of belarus, un-norms/);
  });

  it('skip, pillars-covers and the missing-pillar section take the framework’s pillar ids', () => {
    const { knowledgeBase } = knowledgeBaseFor([sample]);
    const skipped = checkDraft(`---\npillars: { skip: [cooperation], reason: Not our remit }\n---\n${DRAFT}`, {
      knowledgeBase,
    });
    assert.equal(skipped.coverage.cooperation.status, 'skipped');
    assert.equal(skipped.messages.filter((message) => message.ruleId === 'front-matter').length, 0);
    const marked = checkDraft(`${DRAFT}\n<!-- pillars-covers cooperation -->\nWe answer requests for help.\n`, {
      knowledgeBase,
    });
    assert.equal(marked.coverage.cooperation.evidence[0].kind, 'marked');
    const fix = checkDraft(DRAFT, { knowledgeBase }).messages.find((message) => message.pillar === 'cooperation')!
      .fixes[0];
    assert.equal(fix.title, 'Insert section for cooperation against misuse of ICTs');
    assert.match(
      fix.edits[0].newText,
      /^\n## Cooperation against misuse of ICTs\n\nDescribe how this draft addresses cooperation against misuse of ICTs: states should cooperate .* \[@un-norms:cooperate-against-misuse\]\n$/,
    );
    // The skeleton's prompt is no evidence for the pillar it is for.
    const inserted = checkDraft(DRAFT + fix.edits[0].newText, { knowledgeBase });
    assert.equal(inserted.coverage.cooperation.status, 'missing');
    assert.ok(inserted.coverage.cooperation.placeholder);
  });

  it('a pillar with vocabulary derived from its section alone covers a paragraph about it, not one about another', () => {
    const { framework, problems } = loadFramework(PLAIN);
    assert.deepEqual(
      problems.filter((problem) => problem.severity === 'error'),
      [],
    );
    const { knowledgeBase } = knowledgeBaseFor([framework]);
    const result = checkDraft(
      '# Plan\n\nEvery harbour gate checks access badges, and access control now covers the cargo terminals.\n',
      { knowledgeBase },
    );
    assert.equal(result.coverage['harbour-access-control'].covered, true);
    assert.equal(result.coverage['crew-awareness-drills'].status, 'missing');
  });

  it('a pillar id another framework has is known by its namespace, in coverage and in its claims', () => {
    const policy = loadFramework(
      '---\nnamespace: mine\n---\n# Mine\n\n## Policy\n\nOur policy is written down. The policy is reviewed each year.\n',
    ).framework;
    const { knowledgeBase, problems } = knowledgeBaseFor([policy], { builtin: true });
    assert.match(problems[0], /Pillar `policy` of “Mine” is known as `mine:policy`/);
    assert.ok(knowledgeBase.pillars.has('mine:policy'));
    assert.equal(knowledgeBase.claim('mine:our-policy-is-written')?.pillar, 'mine:policy');
    const result = checkDraft('# Draft\n\nSee [@mine:our-policy-is-written].\n', { knowledgeBase });
    assert.equal(result.coverage['mine:policy'].evidence[0].kind, 'citation');
    assert.equal(result.coverage.policy.status, 'missing');
  });

  it('the README’s small framework loads without a problem, and a draft about it covers its pillars', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const example = /## Frameworks[\s\S]*?```markdown\n([\s\S]*?)```/.exec(readme)![1];
    const { framework, problems } = loadFramework(example);
    assert.deepEqual(problems, []);
    const { knowledgeBase } = knowledgeBaseFor([framework]);
    const result = checkDraft(
      '# Plan\n\nEvery gate checks access badges, and access control covers the cargo terminals.\n\nCrews drill each quarter; each crew drill ends with a debrief [@ports:each-crew-drill-ends].\n',
      { knowledgeBase },
    );
    assert.deepEqual(
      Object.values(result.coverage).map((entry) => `${entry.pillar}:${entry.covered}`),
      ['access:true', 'drills:true'],
    );
  });

  it('like: a pillar borrows the judgement of a built-in one (a meeting’s topics are no policy)', () => {
    const text = (like: string) =>
      `---\nnamespace: gov\npillars:\n  governance:\n    section: Governance\n    like: ${like}\n    signals: ['2 legislation|regulation ~law', '2 national strategy ~strategy', '1 implementation ~implement']\n---\n# Gov\n\n## Governance\n\nLaws are passed.\n`;
    const draft =
      '# Readout\n\nThe delegations discussed legislation, the national strategy and its implementation, and regulation.\n';
    const plain = knowledgeBaseFor([loadFramework(text('dialogue')).framework]).knowledgeBase;
    const policyLike = knowledgeBaseFor([loadFramework(text('policy')).framework]).knowledgeBase;
    assert.equal(checkDraft(draft, { knowledgeBase: plain }).coverage.governance.covered, true);
    assert.equal(checkDraft(draft, { knowledgeBase: policyLike }).coverage.governance.covered, false);
    const bad = loadFramework(text('law'));
    assert.match(
      bad.problems.map((problem) => problem.message).join('\n'),
      /`like` names `law`, which is not a built-in pillar: use one of partnerships, policy, dialogue, education/,
    );
  });
});

describe('frameworks: the CLI', () => {
  let dir: string;
  const cli = (argv: string[]) => runCliCaptured(argv, { cwd: dir });
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const coverage = (stdout: string) =>
    JSON.parse(stdout).files[0].coverage as Record<string, { framework: string; status: string }>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-frameworks-'));
    write('frameworks/un.md', SAMPLE);
    write('drafts/position.md', DRAFT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--framework FILE: coverage JSON keyed by its pillars, a coverage line of its own, its citations resolved', async () => {
    const json = await cli(['check', 'drafts', '--framework', 'frameworks/un.md', '--format', 'json']);
    assert.equal(json.stderr, '');
    assert.deepEqual(
      Object.entries(coverage(json.stdout)).map(([id, entry]) => `${entry.framework}/${id}:${entry.status}`),
      ['un-norms/restraint:thin', 'un-norms/cooperation:missing', 'un-norms/confidence:thin'],
    );
    const human = await cli(['check', 'drafts', '--framework', 'frameworks/un.md', '--no-color']);
    assert.match(human.stdout, /^ {2}coverage 2\/3: ~ restraint \(thin\) {2}✗ cooperation {2}~ confidence \(thin\)$/m);
    assert.doesNotMatch(human.stdout, /unknown-citation/);
    assert.equal(human.code, 1, 'the missing pillar is a warning');
  });

  it('several frameworks: a coverage line per framework; SARIF results name pillar and framework', async () => {
    const human = await cli([
      'check',
      'drafts',
      '--framework',
      'builtin',
      '--framework',
      'frameworks/un.md',
      '--no-color',
    ]);
    assert.match(human.stdout, /^ {2}coverage belarus \d\/4: .*✗ education$/m);
    assert.match(human.stdout, /^ {2}coverage un-norms 2\/3: /m);
    const sarif = JSON.parse(
      (await cli(['check', 'drafts', '--framework', 'frameworks/un.md', '--format', 'sarif'])).stdout,
    );
    const missing = sarif.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'missing-pillar');
    assert.deepEqual(missing.properties, { pillar: 'cooperation', framework: 'un-norms' });
  });

  it('reads `frameworks` from the configuration file, relative to its folder, and does not check a framework as a draft', async () => {
    write('.pillarsrc.yaml', 'frameworks: [frameworks/un.md]\n');
    const result = await cli(['check', '.', '--format', 'json']);
    const files = JSON.parse(result.stdout).files as { path: string }[];
    assert.deepEqual(
      files.map((file) => file.path),
      ['drafts/position.md'],
    );
    assert.deepEqual(Object.keys(coverage(result.stdout)), ['restraint', 'cooperation', 'confidence']);
  });

  it('a bad framework file is reported as file:line with the reason, exit 2; the drafts are still checked', async () => {
    write('frameworks/bad.md', '---\nnamespace: bad\npillars: [restraint]\n---\n# Bad\n\nNo sections at all.\n');
    const result = await cli([
      'check',
      'drafts',
      '--framework',
      'frameworks/bad.md',
      '--framework',
      'frameworks/none.md',
      '--framework',
      'frameworks/un.md',
      '--format',
      'json',
    ]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^pillars: frameworks\/bad\.md:3: error: The pillar "restraint" names no ## section/m);
    assert.match(result.stderr, /^pillars: frameworks\/none\.md: error: no such framework file$/m);
    assert.deepEqual(
      Object.keys(coverage(result.stdout)),
      ['restraint', 'cooperation', 'confidence'],
      'the valid framework still applies',
    );
  });

  it('the remark plugin’s frameworks option gives the CLI’s findings for the same draft and framework', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const lint = (frameworks: string[], value: string) => {
        const processor = unified().use(remarkParse).use(remarkPillars, { frameworks });
        const file = new VFile({ value, path: 'drafts/position.md' });
        processor.runSync(processor.parse(file), file);
        return file;
      };
      const file = lint(['frameworks/un.md'], DRAFT);
      const plugin = file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);
      const json = JSON.parse(
        (await cli(['check', 'drafts/position.md', '--framework', 'frameworks/un.md', '--format', 'json'])).stdout,
      );
      const cliFindings = (json.files[0].messages as { line: number; column: number; ruleId: string }[]).map(
        (message) => `${message.line}:${message.column} ${message.ruleId}`,
      );
      assert.deepEqual(plugin, cliFindings);
      assert.ok(plugin.includes('1:1 missing-pillar'));
      assert.throws(
        () => lint(['frameworks/none.md'], '# Draft\n'),
        /frameworks: .*none\.md: error: no such framework file/,
      );
    } finally {
      process.chdir(cwd);
    }
  });

  it('a framework file among the drafts is read as a framework, not checked as a draft', async () => {
    const result = await cli(['check', '.', '--framework', 'frameworks/un.md', '--format', 'json']);
    assert.deepEqual(
      (JSON.parse(result.stdout).files as { path: string }[]).map((file) => file.path),
      ['drafts/position.md'],
    );
    write('other/norms.md', SAMPLE);
    const found = await cli(['check', '.', '--format', 'json']);
    assert.deepEqual(
      (JSON.parse(found.stdout).files as { path: string }[]).map((file) => file.path),
      ['drafts/position.md'],
    );
    assert.match(
      found.stderr,
      /^pillars: (frameworks\/un|other\/norms)\.md: a framework file \(its front matter names a namespace\), not checked as a draft$/m,
    );
  });

  it('pillars report: columns per framework, named by it when there are several; a draft that chose one framework is skipped for the other', async () => {
    write('drafts/chosen.md', `---\npillars: { frameworks: [un-norms] }\n---\n${DRAFT}`);
    const single = await cli(['report', 'drafts', '--framework', 'frameworks/un.md', '--format', 'markdown']);
    assert.match(
      single.stdout,
      /^\| Draft \| Restraint towards critical infrastructure \| Cooperation against misuse of ICTs \| Confidence and transparency \| Covered \|$/m,
    );
    const both = await cli([
      'report',
      'drafts',
      '--framework',
      'builtin',
      '--framework',
      'frameworks/un.md',
      '--format',
      'markdown',
    ]);
    assert.match(
      both.stdout,
      /^\| Draft \| Building partnerships \(belarus\) \| .* \| Restraint towards critical infrastructure \(un-norms\) \| .* \| Covered \|$/m,
    );
    const chosen = both.stdout.split('\n').find((line) => line.startsWith('| `drafts/chosen.md`'))!;
    assert.match(
      chosen,
      /^\| `drafts\/chosen\.md` \| – skipped \| – skipped \| – skipped \| – skipped \| ◐ thin \(1\) \| ✗ missing \| ◐ thin \(1\) \| 2\/3 \|$/,
    );
    const html = await cli(['report', 'drafts', '--framework', 'builtin', '--framework', 'frameworks/un.md']);
    assert.match(
      html.stdout,
      /<th scope="col" data-c="4">.*Restraint towards critical infrastructure.*<span class="framework">un-norms<\/span><\/th>/,
    );
  });

  it('pillars claims --framework lists the framework’s claims and keys', async () => {
    const human = await cli(['claims', '--framework', 'frameworks/un.md', '--no-color']);
    assert.match(human.stdout, /^Norms of responsible state behaviour \(sample\)$/m);
    assert.match(human.stdout, /^Restraint towards critical infrastructure \(pillar: restraint\)$/m);
    assert.match(human.stdout, /^ {2}@un-norms:consultations$/m);
    assert.doesNotMatch(human.stdout, /@belarus:/);
    const json = JSON.parse((await cli(['claims', '--framework', 'frameworks/un.md', '--format', 'json'])).stdout);
    assert.equal(
      json.claims.find((claim: { key: string }) => claim.key === 'un-norms:consultations').pillar,
      'confidence',
    );
  });

  it('pillars framework init DOC.md writes namespace, pillars and keys into the document and prints them', async () => {
    write(
      'guide.md',
      '# Port security guide\n\n## Harbour access\n\nGates log every badge.\n\n## Crew drills\n\nCrews drill each quarter.\n',
    );
    const result = await cli(['framework', 'init', 'guide.md']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Wrote guide\.md:/);
    const written = readFileSync(join(dir, 'guide.md'), 'utf8');
    assert.match(written, /^---\nnamespace: port-security-guide\n/);
    assert.match(written, /Gates log every badge\.: gates-log-every-badge/);
    const loaded = loadFramework(written);
    assert.deepEqual(
      loaded.framework.pillars.map((pillar) => pillar.id),
      ['harbour-access', 'crew-drills'],
    );
    assert.equal((await cli(['framework', 'init'])).code, 2);
  });
});
