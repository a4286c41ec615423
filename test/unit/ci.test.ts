/**
 * The CI integrations, as far as they can be tried offline: the GitHub Action (action.yml) declares every input it
 * uses, passes them to its scripts through the environment only, runs pillars with options the CLI has, and its
 * check step (run with bash against the built CLI, as the runner would) writes SARIF and gives the CLI's exit
 * code; the pre-commit hook (.pre-commit-hooks.yaml) picks the files pillars checks and its entry, run as pre-commit
 * runs it (entry, args, file names), exits as pillars does. The README's examples use inputs and options that exist.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { OPTIONS } from '../../src/cli/options.js';
import { MARKDOWN } from '../../src/cli/file-set.js';
import { COVERS_ALL_PILLARS } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli.cjs');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const GAP = '# Gap\n\nWe will sign bilateral agreements and memoranda of understanding.\n';
const FLAGS = new Set(
  OPTIONS.flatMap((option) => [option.flag, option.short].filter((name): name is string => !!name)),
);

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  if?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  name: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}
interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude?: string;
  args?: string[];
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

/** Every string in a YAML value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The `${{ … }}` expressions of a string. */
const expressions = (text: string) => [...text.matchAll(/\$\{\{([^}]*)\}\}/g)].map((match) => match[1].trim());

/** The options a command line passes to pillars (words starting with -, up to a `--` that ends the options). */
function optionsIn(words: readonly string[]): string[] {
  const end = words.indexOf('--');
  return (end < 0 ? words : words.slice(0, end))
    .filter((word) => /^-{1,2}[a-z]/.test(word))
    .map((word) => word.replace(/=.*/, ''));
}

/** A pattern of pre-commit's (Python `re`, with a leading `(?i)`) as a JavaScript RegExp. */
function pythonRegExp(pattern: string): RegExp {
  return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'i') : new RegExp(pattern);
}

/** The YAML code blocks of the README's "In CI" section. */
function ciExamples(): unknown[] {
  const section = README.slice(README.indexOf('### In CI'), README.indexOf('\n## ', README.indexOf('### In CI')));
  return [...section.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((block) => parse(block[1]));
}

describe('the GitHub Action (action.yml)', () => {
  const step = (id: string) => action.runs.steps.find((s) => s.id === id)!;

  it('is a composite action whose expressions name only inputs it declares, and it uses each', () => {
    assert.equal(action.runs.using, 'composite');
    const used = new Set(
      strings([action.runs, action.outputs])
        .flatMap(expressions)
        .flatMap((expression) => [...expression.matchAll(/\binputs\.([\w-]+)/g)].map((match) => match[1])),
    );
    assert.deepEqual([...used].sort(), Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs))
      assert.ok(input.description.length > 20, `input ${name} is described`);
  });

  it('passes inputs to its scripts through the environment, never into the script text', () => {
    for (const s of action.runs.steps.filter((s) => s.run)) {
      assert.deepEqual(expressions(s.run!), [], `step ${s.id ?? s.name} puts an expression into its script`);
      assert.equal(s.shell, 'bash');
    }
  });

  it('names steps and outputs that exist, and uploads with github/codeql-action/upload-sarif', () => {
    const ids = new Set(action.runs.steps.map((s) => s.id).filter(Boolean));
    for (const expression of strings([action.runs, action.outputs]).flatMap(expressions)) {
      for (const [, id] of expression.matchAll(/\bsteps\.([\w-]+)\.outputs\./g))
        assert.ok(ids.has(id), `no step ${id}: ${expression}`);
    }
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'a step uploads the SARIF report');
    assert.match(upload.with!.sarif_file, /steps\.check\.outputs\.sarif-file/);
    assert.match(upload.if!, /always\(\)/, 'the report is uploaded when findings fail the check too');
    const order = action.runs.steps.indexOf(upload);
    assert.ok(
      order < action.runs.steps.findIndex((s) => s.name === 'Fail on findings'),
      'the job fails after the upload',
    );
  });

  it('runs pillars check with options the CLI has', () => {
    const script = step('check').run!;
    const words = [...script.matchAll(/args(?:\+)?=\(([^)]*)\)/g)].flatMap((match) => match[1].split(/\s+/));
    assert.ok(words.includes('check'));
    const used = optionsIn(words);
    assert.deepEqual(
      used.filter((flag) => !FLAGS.has(flag)),
      [],
    );
    assert.ok(
      ['--format', '--output', '--config', '--fail-on', '--max-warnings'].every((flag) => used.includes(flag)),
      used.join(' '),
    );
  });

  describe('its check step, run by bash as the runner would (against dist/cli.cjs)', () => {
    let dir: string;
    let pillars: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'pillars-action-'));
      // What the install step leaves: a pillars command.
      pillars = join(dir, 'bin', 'pillars');
      mkdirSync(dirname(pillars));
      writeFileSync(pillars, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
      chmodSync(pillars, 0o755);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    /** Runs a step's script with its env, the expressions evaluated for these inputs; returns its outputs. */
    function runStep(s: Step, workspace: string, inputs: Record<string, string>, outputs: Record<string, string> = {}) {
      const value = (expression: string): string => {
        const input = /^inputs\.([\w-]+)$/.exec(expression);
        if (input) return inputs[input[1]] ?? action.inputs[input[1]].default ?? '';
        const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
        if (output) return (output[1] === 'install' && output[2] === 'pillars' ? pillars : outputs[output[2]]) ?? '';
        throw new Error(`the test does not evaluate ${expression}`);
      };
      const env: Record<string, string> = {};
      for (const [name, text] of Object.entries(s.env ?? {}))
        env[name] = text.replace(/\$\{\{([^}]*)\}\}/g, (_, expression: string) => value(expression.trim()));
      const githubOutput = join(dir, `output-${Math.random().toString(36).slice(2)}`);
      writeFileSync(githubOutput, '');
      const result = spawnSync('bash', ['-e', '-c', s.run!], {
        cwd: workspace,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          NO_COLOR: '1',
          GITHUB_OUTPUT: githubOutput,
          GITHUB_WORKSPACE: workspace,
          ...env,
        },
      });
      const written = Object.fromEntries(
        readFileSync(githubOutput, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
      return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs: written };
    }

    function workspace(files: Record<string, string>): string {
      const root = mkdtempSync(join(dir, 'ws-'));
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      return root;
    }

    it('writes the SARIF report and gives exit code 1 on a warning, without failing the step (the upload comes first)', () => {
      const root = workspace({ 'docs/gap.md': GAP, 'docs/good.md': COVERS_ALL_PILLARS });
      const ran = runStep(step('check'), root, { paths: 'docs/' });
      assert.equal(ran.status, 0, ran.stderr);
      assert.deepEqual(ran.outputs, { 'exit-code': '1', 'sarif-file': 'pillars.sarif' });
      const log = JSON.parse(readFileSync(join(root, 'pillars.sarif'), 'utf8'));
      assert.deepEqual(
        [
          ...new Set(
            log.runs[0].results.map(
              (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
                r.locations[0].physicalLocation.artifactLocation.uri,
            ),
          ),
        ],
        ['docs/gap.md'],
      );
      // The last step then fails the job with that code.
      const failed = runStep(
        action.runs.steps.find((s) => s.name === 'Fail on findings')!,
        root,
        {},
        ran.outputs,
      );
      assert.equal(failed.status, 1);
      assert.match(failed.stdout, /^::error title=pillars::/);
    });

    it('passes paths with ! globs unexpanded, fail-on, max-warnings, config and sarif-file', () => {
      const root = workspace({
        'docs/gap.md': GAP,
        'docs/archive/old.md': '# Old\n\nAs argued [@belarus:un-ggee].\n',
        'ci/pillars.json': JSON.stringify({ rules: { 'missing-pillar': 'info' } }),
      });
      const errorOnly = runStep(step('check'), root, {
        paths: 'docs/\n!docs/archive/**',
        'fail-on': 'error',
        'sarif-file': 'out/report.sarif',
      });
      assert.deepEqual(errorOnly.outputs, { 'exit-code': '0', 'sarif-file': 'out/report.sarif' }, errorOnly.stderr);
      assert.ok(
        !readFileSync(join(root, 'out/report.sarif'), 'utf8').includes('old.md'),
        'the ! glob left the archive out',
      );
      const maxWarnings = runStep(step('check'), root, {
        paths: 'docs/gap.md',
        'fail-on': 'never',
        'max-warnings': '2',
      });
      assert.equal(maxWarnings.outputs['exit-code'], '1', 'three warnings, more than 2');
      const configured = runStep(step('check'), root, { paths: 'docs/gap.md', config: 'ci/pillars.json' });
      assert.equal(configured.outputs['exit-code'], '0', 'the configuration makes missing pillars informational');
      const wrong = runStep(step('check'), root, { 'fail-on': 'warnings' });
      assert.equal(wrong.outputs['exit-code'], '2');
      assert.match(wrong.stderr, /--fail-on takes error, warning, info, never, not "warnings"/);
      assert.ok(!('sarif-file' in wrong.outputs), 'no report to upload');
    });
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hook = hooks.find((h) => h.id === 'pillars')!;
  const files = pythonRegExp(hook.files);
  const exclude = pythonRegExp(hook.exclude ?? '(?!)');
  /** The staged files pre-commit would pass to the hook. */
  const picked = (names: string[]) => names.filter((name) => files.test(name) && !exclude.test(name));

  it('is the Node hook `pillars` whose entry is the package’s bin, with options the CLI has', () => {
    assert.equal(hooks.length, 1);
    assert.equal(hook.language, 'node');
    const [command, ...words] = hook.entry.split(/\s+/);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.ok(command in manifest.bin, `${command} is not a bin of the package`);
    assert.equal(words[0], 'check');
    assert.deepEqual(
      optionsIn([...words, ...(hook.args ?? [])]).filter((flag) => !FLAGS.has(flag)),
      [],
    );
  });

  it('picks the files pillars takes for Markdown, without the default excludes', () => {
    const names = [
      'policy.md',
      'docs/Strategy.MD',
      'notes.markdown',
      'paper.qmd',
      'notes.txt',
      'README.md',
      'docs/CHANGELOG.md',
      'node_modules/x/doc.md',
      '.github/ISSUE_TEMPLATE/bug.md',
      'docs/readme-notes.md',
    ];
    assert.deepEqual(picked(names), [
      'policy.md',
      'docs/Strategy.MD',
      'notes.markdown',
      'paper.qmd',
      'docs/readme-notes.md',
    ]);
    for (const name of names.filter((n) => !n.endsWith('.txt')))
      assert.equal(files.test(name), MARKDOWN.test(name), name);
  });

  describe('run as pre-commit runs it: entry, args, then the file names', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'pillars-pre-commit-'));
      mkdirSync(join(dir, 'docs'));
      writeFileSync(join(dir, 'good.md'), COVERS_ALL_PILLARS);
      writeFileSync(join(dir, 'docs', 'Gap.MD'), GAP);
      writeFileSync(join(dir, 'README.md'), '# Project\n\nNothing about pillars here.\n');
      writeFileSync(join(dir, 'notes.txt'), 'not Markdown');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    const run = (staged: string[], args: string[] = hook.args ?? []) => {
      const [, ...words] = hook.entry.split(/\s+/);
      // `pillars` is the installed bin, dist/cli.cjs.
      return spawnSync(process.execPath, [BIN, ...words, ...args, ...picked(staged)], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
    };

    it('passes on drafts that cover every pillar (the README left out)', () => {
      const result = run(['good.md', 'README.md', 'notes.txt']);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /^good\.md$/m);
      assert.doesNotMatch(result.stdout, /README/);
    });

    it('fails the commit on a draft with a missing pillar, and passes it with the README’s args: [--fail-on, error]', () => {
      const failed = run(['good.md', 'docs/Gap.MD']);
      assert.equal(failed.status, 1, failed.stderr);
      assert.match(failed.stdout, /^docs\/Gap\.MD$/m);
      const example = ciExamples().find((block) => (block as { repos?: unknown }).repos) as {
        repos: { hooks: { id: string; args?: string[] }[] }[];
      };
      assert.ok(example, 'the README shows a .pre-commit-config.yaml');
      const args = example.repos[0].hooks.find((h) => h.id === 'pillars')!.args!;
      assert.deepEqual(
        optionsIn(args).filter((flag) => !FLAGS.has(flag)),
        [],
      );
      assert.equal(run(['good.md', 'docs/Gap.MD'], args).status, 0);
    });

    it('with args: [--fix], fixes the staged drafts (exit 0 once nothing fails)', () => {
      writeFileSync(join(dir, 'typo.md'), `${COVERS_ALL_PILLARS}\nAs argued [@belarus:un-ggee].\n`);
      const result = run(['typo.md'], ['--fix']);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(readFileSync(join(dir, 'typo.md'), 'utf8').includes('[@belarus:un-gge]'));
    });
  });
});

describe('the README’s CI examples', () => {
  it('use the action with inputs it declares', () => {
    const workflow = ciExamples().find((block) => (block as { steps?: unknown }).steps) as { steps: Step[] };
    assert.ok(workflow, 'the README shows a workflow');
    const uses = workflow.steps.find((s) => s.uses?.startsWith('cooperation-pillars/cooperation-pillars@'));
    assert.ok(uses, 'the README uses the action');
    assert.deepEqual(
      Object.keys(uses.with ?? {}).filter((name) => !(name in action.inputs)),
      [],
    );
    const section = README.slice(README.indexOf('### In CI'));
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      assert.ok(section.includes(`\`${name}\``), `the README names the input or output ${name}`);
  });

  it('the action and the hook stay out of the npm package (they are read from the repository)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    assert.ok(existsSync(join(ROOT, 'action.yml')) && existsSync(join(ROOT, '.pre-commit-hooks.yaml')));
    assert.ok(!manifest.files.some((pattern) => /action|pre-commit/.test(pattern)), manifest.files.join(', '));
  });
});
