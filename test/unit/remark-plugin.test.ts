import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import remarkPillarsSource from '../../src/core/plugin.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DRAFT =
  '---\ntitle: x\n---\n\n# Draft\n\nWe cite [@belarus:nope] and sign memoranda of understanding and bilateral agreements.\n';

describe('remark plugin', () => {
  it('works from the published bundle, the way remark-cli loads it', async () => {
    const { default: remarkPillars } = (await import(pathToFileURL(join(ROOT, 'dist', 'remark.mjs')).href)) as {
      default: typeof remarkPillarsSource;
    };
    const file = new VFile({ value: DRAFT, path: 'draft.md' });
    await unified()
      .use(remarkParse)
      .use(remarkPillars)
      .run(unified().use(remarkParse).use(remarkPillars).parse(file), file);
    const ids = file.messages.map((m) => `${m.source}:${m.ruleId}`);
    assert.deepEqual(
      ids.filter((id) => id.endsWith('unknown-citation')),
      ['pillars:unknown-citation'],
    );
    assert.equal(ids.filter((id) => id.endsWith('missing-pillar')).length, 3);
    const report = reporter([file]);
    assert.match(report, /draft\.md/);
    assert.match(report, /unknown-citation/);
  });

  it('takes per-rule severities and turns rules off', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkPillarsSource, {
        rules: { 'missing-pillar': 'off', 'thin-pillar': 'off', 'unknown-citation': 'warning' },
      });
    const file = new VFile(DRAFT);
    await processor.run(processor.parse(file), file);
    assert.deepEqual(
      file.messages.map((m) => [m.ruleId, m.fatal]),
      [['unknown-citation', false]],
    );
  });

  it('honours pillars-disable and pillars-ignore comments in both spellings', async () => {
    const run = async (text: string) => {
      const processor = unified().use(remarkParse).use(remarkPillarsSource);
      const file = new VFile(text);
      await processor.run(processor.parse(file), file);
      return file.messages.map((m) => m.ruleId);
    };
    const base = '# Draft\n\nSee [@belarus:nope].\n';
    assert.ok((await run(base)).includes('unknown-citation'));
    assert.ok(!(await run(`<!-- pillars-disable missing-pillar -->\n\n${base}`)).includes('missing-pillar'));
    assert.ok(!(await run(`<!--pillars disable missing-pillar-->\n\n${base}`)).includes('missing-pillar'));
    const ignored = await run(
      '# Draft\n\n<!-- pillars-ignore unknown-citation -->\nSee [@belarus:nope].\n\nAnd [@belarus:nope2].\n',
    );
    assert.equal(ignored.filter((id) => id === 'unknown-citation').length, 1);
  });
});
