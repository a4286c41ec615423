/**
 * What VS Code loads at activation: dist/extension.cjs holds no part of the checker, which comes from
 * dist/engine.cjs on the first check (loaded by dist/worker.cjs too, for large drafts, which holds none of it). Read
 * from esbuild's metafile of the bundles as esbuild.mjs builds them, so an import that would bring the checker back
 * into activation fails here.
 */
import assert from 'node:assert/strict';
import { RULE_INFO, isRuleId } from '../../src/core/rule-info.js';
import { RULES, isRuleId as isRuleIdOfChecker } from '../../src/core/rules/index.js';
import { bundleInputs, productionSize } from '../support/bundles.js';

/** The checker's parts: Markdown parsing (unified, remark, micromark), yaml, and the core modules that run them. */
const ENGINE_PARTS: Record<string, RegExp> = {
  unified: /^node_modules\/unified\//,
  'remark-*': /^node_modules\/remark-[^/]+\//,
  'micromark*': /^node_modules\/micromark[^/]*\//,
  'mdast-util-from-markdown': /^node_modules\/mdast-util-from-markdown\//,
  yaml: /^node_modules\/yaml\//,
  'src/core checker modules': /^src\/core\/(?:check|parse|analyze|plugin|fixes)\.ts$|^src\/core\/rules\//,
};

function partsIn(inputs: readonly string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [part, pattern] of Object.entries(ENGINE_PARTS)) {
    const files = inputs.filter((file) => pattern.test(file));
    if (files.length > 0) found[part] = files.slice(0, 3);
  }
  return found;
}

describe('bundles', function () {
  this.timeout(60_000);

  it('dist/extension.cjs, loaded at activation, holds no part of the checker', async () => {
    const inputs = await bundleInputs('extension.cjs');
    assert.ok(inputs.includes('src/vscode/extension.ts'), 'the metafile names the inputs as expected');
    assert.deepEqual(
      partsIn(inputs),
      {},
      'checker modules in the activation bundle: the host reaches the checker only through dist/engine.cjs (runner.ts) or the worker',
    );
  });

  it('dist/engine.cjs, loaded on the first check, holds all of it', async () => {
    const found = partsIn(await bundleInputs('engine.cjs'));
    assert.deepEqual(Object.keys(found), Object.keys(ENGINE_PARTS), 'engine.cjs holds every part of the checker');
  });

  it('dist/worker.cjs holds none of it (it loads engine.cjs at run time): the package has one copy of the checker', async () => {
    const inputs = await bundleInputs('worker.cjs');
    assert.ok(inputs.includes('src/vscode/worker.ts'), 'the metafile names the inputs as expected');
    assert.deepEqual(partsIn(inputs), {}, 'checker modules in the worker bundle');
    assert.deepEqual(
      // The core's worker protocol (src/core/worker/), which the CLI's workers speak too, and nothing else of it.
      inputs.filter(
        (file) =>
          file.startsWith('node_modules/') || (file.startsWith('src/core/') && !file.startsWith('src/core/worker/')),
      ),
      [],
    );
  });

  it('the package’s bundles stay small: activation’s within 200 KB minified, the worker’s a few KB', async () => {
    const [extension, worker] = await Promise.all([productionSize('extension.cjs'), productionSize('worker.cjs')]);
    assert.ok(extension <= 200 * 1024, `dist/extension.cjs is ${extension} bytes`);
    assert.ok(worker <= 8 * 1024, `dist/worker.cjs is ${worker} bytes`);
  });

  it('the rules the editor knows without the checker are the checker’s rules', () => {
    assert.deepEqual(
      RULE_INFO.map((rule) => ({ ...rule })),
      RULES.map(({ id, severity, summary }) => ({ id, severity, summary })),
    );
    for (const value of ['misquote', 'front-matter', 'no-such-rule', 'Misquote', '', 3, undefined]) {
      assert.equal(isRuleId(value), isRuleIdOfChecker(value), String(value));
    }
  });
});
