/**
 * Generated files are committed as the scripts write them (the README, the built-in source module, the
 * snippets, package.json's settings), and the snippets do what they say once expanded.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinKnowledgeBase, checkDraft, PILLARS } from '../../src/core/index.js';
import { SNIPPETS_PATH } from '../../scripts/generate-extension.js';
import { allGenerated, ROOT } from '../../scripts/generate.js';

interface Snippet {
  prefix: string[];
  body: string | string[];
  description: string;
}

const kb = builtinKnowledgeBase();

function readSnippets(): Record<string, Snippet> {
  // A .code-snippets file is JSON with comments: the generator writes one comment line on top.
  const text = readFileSync(join(ROOT, SNIPPETS_PATH), 'utf8').replace(/^\/\/.*\n/, '');
  return JSON.parse(text);
}

/** What VS Code inserts when a snippet is accepted as is: placeholders keep their text, choices their first option. */
function expand(snippet: Snippet): string {
  const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') {
      out += body[++i];
    } else if (ch === '$' && body[i + 1] === '{') {
      const close = body.indexOf('}', i);
      const inner = body.slice(i + 2, close);
      const choice = /^\d+\|([^]*)\|$/.exec(inner);
      if (choice) {
        out += choice[1].split(',')[0];
        i = close;
      } else {
        // `${n:` then the default text, whose own `}` ends it (nested placeholders are not generated).
        i = body.indexOf(':', i);
      }
    } else if (ch === '$' && /\d/.test(body[i + 1])) {
      i++;
    } else if (ch === '}') {
      // The end of a `${n:…}` placeholder.
    } else {
      out += ch;
    }
  }
  return out;
}

describe('generated files', () => {
  it('are committed as the scripts write them (run `npm run generate`)', async () => {
    const files = await allGenerated();
    const paths = files.map((file) => file.path);
    for (const path of ['README.md', 'src/core/generated/builtin-source.ts', SNIPPETS_PATH, 'package.json'])
      assert.ok(paths.includes(path), path);
    for (const file of files) {
      const committed = readFileSync(join(ROOT, file.path), 'utf8');
      // README.md is generated in two steps (core tables, then the extension's): each must leave it as committed.
      assert.ok(
        (await file.content()) === committed,
        `${file.path} differs from what the generator writes: run npm run generate`,
      );
    }
  });

  describe('snippets', () => {
    const snippets = readSnippets();

    it('has a citation and a quotation snippet for every claim, and a section for every pillar', () => {
      for (const claim of kb.claims) {
        assert.ok(snippets[`Cite @${claim.key}`], claim.key);
        assert.ok(snippets[`Quote @${claim.key}`], claim.key);
      }
      for (const pillar of PILLARS) assert.ok(snippets[`Section: ${pillar.title}`], pillar.id);
      assert.equal(Object.keys(snippets).length, kb.claims.length * 2 + PILLARS.length);
      const prefixes = Object.values(snippets).flatMap((snippet) => snippet.prefix);
      assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
    });

    it('cite a claim with its key, and quote its exact words (never a misquote)', () => {
      for (const claim of kb.claims) {
        assert.equal(expand(snippets[`Cite @${claim.key}`]), `[@${claim.key}]`);
        const quote = expand(snippets[`Quote @${claim.key}`]);
        assert.equal(quote, `“${claim.text}” [@${claim.key}]`);
        const result = checkDraft(`# Note\n\nAs the source says, ${quote}.\n`);
        assert.deepEqual(
          result.messages.filter((message) => message.ruleId === 'misquote' || message.ruleId === 'unknown-citation'),
          [],
          claim.key,
        );
      }
    });

    it('insert a section whose prompt is no evidence until it is written, offering the pillar’s claims to cite', () => {
      for (const pillar of PILLARS) {
        const snippet = snippets[`Section: ${pillar.title}`];
        const section = expand(snippet);
        const before = checkDraft('# Draft\n\nSome text.\n');
        assert.equal(before.coverage[pillar.id].status, 'missing');
        const after = checkDraft(`# Draft\n\nSome text.\n\n${section}`);
        assert.equal(after.coverage[pillar.id].status, 'missing', `${pillar.id}: the snippet's prompt is not evidence`);
        assert.ok(
          after.messages.some((m) => m.pillar === pillar.id && m.message.includes('still to be written')),
          `${pillar.id}: the message points at the prompt`,
        );
        assert.deepEqual(
          after.messages.filter((message) => message.ruleId === 'unknown-citation'),
          [],
        );
        const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
        const choices = /\$\{2\|([^|]*)\|\}/.exec(body)![1].split(',');
        assert.equal(choices[0], pillar.leadClaim);
        assert.deepEqual(
          choices.sort(),
          kb
            .claimsOfPillar(pillar.id)
            .map((claim) => claim.key)
            .sort(),
        );
      }
    });
  });
});
