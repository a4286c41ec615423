/**
 * Completion of citation keys, request after request: the list for a knowledge base, its items' ranges, documentation
 * on resolve.
 */
import assert from 'node:assert/strict';
import { builtinManifest } from '../../src/core/framework/builtin.js';
import { loadFramework } from '../../src/core/framework/loader.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinKnowledgeBase, KnowledgeBase, loadSource, type SourceManifest } from '../../src/core/index.js';
import { CompletionItems } from '../../src/vscode/completion-items.js';
import {
  completionDocumentation,
  completionList,
  completionOf,
  type CompletionListItem,
} from '../../src/vscode/present.js';

const ROOT = join(import.meta.dirname, '..', '..');
const kb = builtinKnowledgeBase();
const SEED = readFileSync(join(ROOT, 'media/sources/belarus-cyber-cooperation.txt'), 'utf8');
/** The manifest the built-in framework file gives the verbatim essay (what scripts/generate.ts reads it with). */
const MANIFEST: SourceManifest = builtinManifest(
  loadFramework(readFileSync(join(ROOT, 'media/sources/belarus-cyber-cooperation.md'), 'utf8')).framework,
  SEED,
);
/** Another knowledge base: the essay under another title and namespace. */
const other = new KnowledgeBase([
  loadSource(SEED.replace(/^.*$/m, 'A copy of the essay'), { ...MANIFEST, id: 'copy', namespace: 'copy' }).source,
]);

const unescape = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

/** Stands in for `vscode.CompletionItem`. */
interface Item {
  label: string;
  range?: { line: number; start: number; end: number };
}
const itemOf = (data: CompletionListItem): Item => ({ label: data.label });

describe('completion of citation keys', () => {
  describe('the list', () => {
    it('offers every claim key once, in the source’s order, with its theme, pillar and sentence', () => {
      const list = completionList(kb);
      assert.deepEqual(
        list.map((item) => item.label),
        kb.claims.map((claim) => claim.key),
      );
      const workforce = list.find((item) => item.label === 'belarus:skilled-workforce')!;
      assert.equal(workforce.insertText, 'belarus:skilled-workforce');
      assert.equal(workforce.detail, 'Pillar: Cybersecurity education and research');
      assert.match(workforce.labelDescription, /^Belarus recognizes the importance of investing/);
      assert.ok(workforce.filterText.includes('investing in cybersecurity education'));
      const sorted = [...list].sort((a, b) => a.sortText.localeCompare(b.sortText));
      assert.deepEqual(sorted, list, 'sorted as in the source');
    });

    it('shows what a single claim’s item shows, documentation apart', () => {
      completionList(kb).forEach((item, index) => {
        const { documentation: _documentation, ...listed } = completionOf(kb.claims[index], kb, index);
        assert.deepEqual(item, listed);
      });
    });

    it('is the same list on every request, and another knowledge base gets its own', () => {
      assert.equal(completionList(kb), completionList(kb));
      const copied = completionList(other);
      assert.notEqual(copied, completionList(kb));
      assert.equal(copied.length, kb.claims.length);
      assert.ok(copied.every((item) => item.label.startsWith('copy:')));
      assert.equal(copied.find((item) => item.label === 'copy:four-commitments')!.detail, 'Theme: Conclusion');
    });

    it('quotes the claim, with its source and line, once an item is resolved', () => {
      const claim = kb.claim('belarus:national-cert')!;
      const documentation = unescape(completionDocumentation(claim, kb));
      assert.ok(documentation.includes(claim.text));
      assert.ok(documentation.includes(`*${kb.sourceOf(claim).title}*, line ${claim.range.start.line}`));
      assert.ok(
        unescape(completionDocumentation(other.claim('copy:national-cert')!, other)).includes('*A copy of the essay*'),
      );
    });
  });

  describe('items handed out request after request', () => {
    /** Items whose lists are read as soon as `read()` is called, as VS Code reads them before its next turn. */
    function itemsReadOnCall() {
      const pending: (() => void)[] = [];
      const items = new CompletionItems<Item>(itemOf, (release) => pending.push(release));
      return { items, read: () => pending.splice(0).forEach((release) => release()) };
    }

    it('replace the range of each request: where the key is typed, not where it was typed before', () => {
      const { items, read } = itemsReadOnCall();
      const first = items.itemsFor(kb, { line: 2, start: 12, end: 12 });
      assert.equal(first.length, kb.claims.length);
      assert.ok(first.every((item) => item.range?.line === 2 && item.range.start === 12));
      read();
      const second = items.itemsFor(kb, { line: 7, start: 3, end: 9 });
      assert.deepEqual(
        second.map((item) => item.label),
        kb.claims.map((claim) => claim.key),
      );
      assert.ok(second.every((item) => item.range?.line === 7 && item.range.start === 3 && item.range.end === 9));
    });

    it('are the same items on every request of a knowledge base, and another knowledge base gets its own', () => {
      const { items, read } = itemsReadOnCall();
      const first = items.itemsFor(kb, { line: 0, start: 1, end: 1 });
      read();
      const again = items.itemsFor(kb, { line: 0, start: 1, end: 1 });
      read();
      assert.equal(again, first);
      const copied = items.itemsFor(other, { line: 0, start: 1, end: 1 });
      assert.notEqual(copied, first);
      assert.ok(copied.every((item) => item.label.startsWith('copy:')));
    });

    it('keep a list not read yet as it is: a second request in the same turn gets items of its own', () => {
      const { items, read } = itemsReadOnCall();
      const first = items.itemsFor(kb, { line: 2, start: 12, end: 12 });
      const second = items.itemsFor(kb, { line: 7, start: 3, end: 9 });
      assert.notEqual(second, first);
      assert.ok(
        first.every((item) => item.range?.line === 2),
        'the first list keeps its range',
      );
      assert.ok(second.every((item) => item.range?.line === 7));
      assert.deepEqual(
        second.map((item) => item.label),
        first.map((item) => item.label),
      );
      read();
      assert.equal(
        items.itemsFor(kb, { line: 9, start: 0, end: 0 }),
        first,
        'the items are handed out again once read',
      );
    });

    it('take a list as read after a timer by default', async () => {
      const items = new CompletionItems<Item>(itemOf);
      const first = items.itemsFor(kb, { line: 1, start: 0, end: 0 });
      assert.notEqual(items.itemsFor(kb, { line: 2, start: 0, end: 0 }), first);
      await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal(items.itemsFor(kb, { line: 3, start: 0, end: 0 }), first);
      assert.ok(first.every((item) => item.range?.line === 3));
    });
  });
});
