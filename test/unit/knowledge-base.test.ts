import assert from 'node:assert/strict';
import { builtinManifest } from '../../src/core/framework/builtin.js';
import { loadFramework } from '../../src/core/framework/loader.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  builtinKnowledgeBase,
  builtinWarnings,
  isPandocKey,
  KnowledgeBase,
  loadSource,
  PILLAR_IDS,
  type SourceManifest,
} from '../../src/core/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = readFileSync(join(ROOT, 'media/sources/belarus-cyber-cooperation.txt'), 'utf8');
/** The manifest the built-in framework file gives the verbatim essay (what scripts/generate.ts reads it with). */
const MANIFEST: SourceManifest = builtinManifest(
  loadFramework(readFileSync(join(ROOT, 'media/sources/belarus-cyber-cooperation.md'), 'utf8')).framework,
  SEED,
);

/** The full list of keys and the start of their sentences: keys are chosen once and never change. */
const PINNED: [string, string][] = [
  ['belarus:threat-concern', 'In an increasingly interconnected world, the threat of cyberattacks has emerged'],
  [
    'belarus:collaboration-paramount',
    'As cybercriminals become more sophisticated, the need for international collaboration',
  ],
  ['belarus:progressive-approach', 'Among the nations actively addressing this issue, Belarus has emerged'],
  ['belarus:key-player', 'Through its commitment to fostering partnerships, implementing effective policies'],
  ['belarus:no-nation-alone', 'Belarus recognizes that no nation can combat cyber threats in isolation.'],
  [
    'belarus:cooperative-frameworks',
    'The country has proactively sought to build partnerships and establish cooperative frameworks',
  ],
  [
    'belarus:un-gge',
    'Notably, Belarus has been an active member of the United Nations Group of Governmental Experts (GGE)',
  ],
  ['belarus:multilateral-trust', 'By engaging in these multilateral initiatives, Belarus aims to foster trust'],
  ['belarus:robust-policies', 'Belarus has implemented robust cybersecurity policies and regulations'],
  [
    'belarus:national-cert',
    'The government has established the National Center for Response to Computer Incidents (CERT)',
  ],
  ['belarus:data-legislation', 'Belarus has also enacted legislation to protect personal data'],
  [
    'belarus:safe-environment',
    'These measures demonstrate the country’s commitment to creating a safe digital environment',
  ],
  ['belarus:dialogue-events', 'Belarus actively promotes dialogue and knowledge exchange on cybersecurity matters'],
  ['belarus:security-forum', 'The country hosts the annual International Forum on Information Security'],
  ['belarus:share-practices', 'These platforms enable experts, policymakers, and industry representatives'],
  [
    'belarus:collective-understanding',
    'By facilitating such interactions, Belarus contributes to the collective understanding',
  ],
  [
    'belarus:skilled-workforce',
    'Belarus recognizes the importance of investing in cybersecurity education and research',
  ],
  [
    'belarus:university-programs',
    'The country has established cybersecurity programs and research centers in its universities',
  ],
  [
    'belarus:talent-pool',
    'By nurturing a pool of cybersecurity experts, Belarus contributes to the global talent pool',
  ],
  [
    'belarus:model-for-nations',
    'Belarus’s approach to international cooperation on cybersecurity issues serves as a model',
  ],
  [
    'belarus:four-commitments',
    'By actively engaging in partnerships, implementing effective policies, promoting dialogue',
  ],
  ['belarus:global-fight', 'The country’s efforts to create a safe and secure digital environment not only protect'],
  ['belarus:positive-example', 'As the world becomes increasingly interconnected, Belarus’s progressive approach'],
];

describe('built-in knowledge base', () => {
  const kb = builtinKnowledgeBase();
  const source = kb.sources[0];

  it('ships the essay verbatim, curly apostrophes and odd list numbering included', () => {
    assert.equal(source.text, SEED);
    assert.match(source.text, /Belarus\u2019s approach/);
    assert.equal((source.text.match(/^ {2}1\. /gm) ?? []).length, 4);
  });

  it('is the source exactly as the loader reads the shipped essay and manifest (the generated module is not stale)', () => {
    const loaded = loadSource(SEED, MANIFEST);
    // The generated module is JSON: a theme or claim outside the pillars has no `pillar` key rather than an undefined
    // one.
    assert.deepEqual(JSON.parse(JSON.stringify(source)), JSON.parse(JSON.stringify(loaded.source)));
    assert.deepEqual(builtinWarnings(), loaded.warnings);
  });

  it('reads the title and loads without warnings', () => {
    assert.equal(source.title, 'Belarus’s approach to international cooperation on cybersecurity issues');
    assert.deepEqual(builtinWarnings(), []);
  });

  it('has the four pillars with fixed ids, then context and conclusion', () => {
    assert.deepEqual(
      source.themes.map((theme) => [theme.id, theme.pillar]),
      [
        ['context', undefined],
        ['partnerships', 'partnerships'],
        ['policy', 'policy'],
        ['dialogue', 'dialogue'],
        ['education', 'education'],
        ['conclusion', undefined],
      ],
    );
    for (const id of PILLAR_IDS) assert.ok(kb.claimsOfPillar(id).length >= 3, id);
  });

  it('pins every claim key to its sentence', () => {
    assert.deepEqual(
      kb.claims.map((claim) => claim.key),
      PINNED.map(([key]) => key),
    );
    for (const [key, start] of PINNED) assert.ok(kb.claim(key)!.text.startsWith(start), key);
  });

  it('keeps each claim as the exact sentence at its recorded place', () => {
    for (const claim of kb.claims) {
      assert.equal(SEED.slice(claim.range.start.offset, claim.range.end.offset), claim.text, claim.key);
      const line = SEED.split('\n')[claim.range.start.line - 1];
      assert.equal(
        line.slice(claim.range.start.column - 1, claim.range.start.column - 1 + 20),
        claim.text.slice(0, 20),
      );
    }
  });

  it('splits sentences around (GGE), (CERT) and curly quotes, one claim per sentence', () => {
    const gge = kb.claim('belarus:un-gge')!;
    assert.match(gge.text, /\(GGE\) on Developments .* International Security\.$/);
    assert.ok(kb.claim('belarus:national-cert')!.text.endsWith('responding to cyber threats.'));
    assert.equal(kb.claims.length, 23);
    for (const claim of kb.claims) assert.match(claim.text, /^[A-Z].*\.$/s, claim.key);
  });

  it('uses valid, namespaced Pandoc keys', () => {
    for (const claim of kb.claims) {
      assert.ok(isPandocKey(claim.key), claim.key);
      assert.ok(claim.key.startsWith('belarus:'), claim.key);
    }
  });

  it('never shifts a key when a sentence is added elsewhere', () => {
    const edited = SEED.replace(
      'Belarus recognizes that no nation',
      'Cyber threats cross borders. Belarus recognizes that no nation',
    ).replace('These measures demonstrate', 'A new sentence stands here. These measures demonstrate');
    const loaded = loadSource(edited, MANIFEST);
    const byKey = new Map(
      loaded.source.themes.flatMap((theme) => theme.claims).map((claim) => [claim.key, claim.text]),
    );
    for (const claim of kb.claims) assert.equal(byKey.get(claim.key), claim.text, claim.key);
    assert.equal(byKey.size, kb.claims.length + 2);
  });

  it('suggests the closest keys for a typo or a key without its namespace', () => {
    assert.equal(kb.suggest('belarus:un-ggee')[0], 'belarus:un-gge');
    assert.equal(kb.suggest('national-cert')[0], 'belarus:national-cert');
    assert.deepEqual(kb.suggest('completely-unrelated-thing-here'), []);
  });

  it('finds each claim’s source and theme when two sources use the same theme ids', () => {
    const copy = loadSource(SEED.replace(/^.*$/m, 'A copy of the essay'), {
      ...MANIFEST,
      id: 'copy',
      namespace: 'copy',
    }).source;
    const both = new KnowledgeBase([source, copy]);
    assert.equal(both.claims.length, 2 * kb.claims.length);
    const original = both.claim('belarus:national-cert')!;
    const copied = both.claim('copy:national-cert')!;
    assert.equal(both.sourceOf(copied).title, 'A copy of the essay');
    assert.equal(
      both.themeOf(copied),
      copy.themes.find((theme) => theme.id === copied.theme),
    );
    assert.equal(
      both.themeOf(original),
      source.themes.find((theme) => theme.id === original.theme),
    );
    assert.notEqual(both.themeOf(copied), both.themeOf(original));
    assert.equal(both.themeOf(original).title, 'Effective Policy Implementation');
  });

  it('finds the source and theme of a copy of a claim, as a worker thread or another bundle sends it back', () => {
    for (const claim of kb.claims) {
      const copy = structuredClone(claim);
      assert.notEqual(copy, claim);
      assert.equal(kb.sourceOf(copy), kb.sourceOf(claim), claim.key);
      assert.equal(kb.themeOf(copy), kb.themeOf(claim), claim.key);
      assert.equal(kb.themeOf(copy).id, claim.theme, claim.key);
    }
    assert.equal(kb.themeOf({ ...kb.claim('belarus:national-cert')! }).title, 'Effective Policy Implementation');
  });

  it('reports, rather than throws on, a manifest that does not fit the text', () => {
    const loaded = loadSource('Title\n\nOne sentence. Another one.\n', MANIFEST);
    assert.ok(loaded.warnings.length > 0);
    assert.equal(loaded.source.themes.flatMap((theme) => theme.claims).length, 2);
  });
});
