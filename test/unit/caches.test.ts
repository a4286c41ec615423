/**
 * The checker's caches have one owner (src/core/caches.ts) and one `clearCaches()`: clearing them between checks
 * never changes a finding, a check after clearing reads the draft anew, and no module of src/core keeps a cache of
 * its own beside them (so that `clearCaches` really empties everything).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateDraft } from '../../bench/generate.js';
import { cacheNames, clearCaches } from '../../src/core/caches.js';
import { checkDraft } from '../../src/core/check.js';
import { draftParser } from '../../src/core/parse/parse.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORE = join(ROOT, 'src', 'core');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const fixtures = readdirSync(join(ROOT, 'test', 'fixtures'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(ROOT, 'test', 'fixtures', name), 'utf8') }));

describe('caches', () => {
  it('clearing them between checks changes no finding, coverage or evidence', () => {
    const drafts = [...fixtures, { name: 'generated 60 KB', text: generateDraft({ size: 60_000, seed: 7 }) }];
    const warm = drafts.map((draft) => checkDraft(draft.text, { path: draft.name }));
    // Checked again while warm, then each after clearing: the same results every time.
    for (const [i, draft] of drafts.entries()) {
      const again = checkDraft(draft.text, { path: draft.name });
      clearCaches();
      const cold = checkDraft(draft.text, { path: draft.name });
      assert.deepStrictEqual(again.messages, warm[i].messages, draft.name);
      assert.deepStrictEqual(cold.messages, warm[i].messages, draft.name);
      assert.deepStrictEqual(cold.coverage, warm[i].coverage, draft.name);
    }
  });

  it('a check after clearing parses the draft anew; without clearing it reuses every piece', () => {
    const text = generateDraft({ size: 80_000, seed: 3 });
    checkDraft(text);
    checkDraft(text);
    assert.equal(draftParser.stats.parsed, 0, 'a warm re-check of the same text parses nothing');
    clearCaches();
    checkDraft(text);
    assert.ok(draftParser.stats.parsed >= draftParser.stats.chunks, 'after clearCaches every piece is parsed again');
  });

  it('empties the parser, the analysis memos and the files read, each made through caches.ts', () => {
    checkDraft(fixtures[0].text);
    const names = cacheNames();
    for (const name of ['draft pieces', 'block signals', 'front matter', 'placed pieces', 'spoken signals'])
      assert.ok(names.includes(name), `${name} is among ${names.join(', ')}`);
  });

  it('no module of src/core keeps a module-level Map or WeakMap of its own', () => {
    // Maps that are not caches, or are emptied through a registered clear, by file and name, with why.
    const allowed = new Map([
      [
        'analysis/facts.ts lastSignals',
        "blocks' signals, swapped between checks, emptied by forgetSignals (registered)",
      ],
      [
        'analysis/facts.ts seenSignals',
        "blocks' signals, swapped between checks, emptied by forgetSignals (registered)",
      ],
      ['judgement/signals.ts OWN_STEMS', 'a table of stems: data, not a cache'],
      ['rules/shared.ts cache', 'the analysis attached to a tree for its rules: not a cache, the rules need it'],
    ]);
    const found: string[] = [];
    for (const file of filesUnder(CORE)) {
      const name = relative(CORE, file).replaceAll('\\', '/');
      if (name === 'caches.ts' || name.startsWith('generated/')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const made = /^(?:export )?(?:const|let) (\w+)(?::[^=]+)? = new (?:Weak)?Map\b/.exec(line);
          if (made && !allowed.has(`${name} ${made[1]}`)) found.push(`${name}:${i + 1} ${made[1]}`);
        });
    }
    assert.deepStrictEqual(found, [], 'module-level maps outside caches.ts: make them with cacheMap or weakMemo');
  });
});
