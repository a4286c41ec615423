/**
 * The completion items for a knowledge base's claims, made once and handed out again on every request. Never
 * imports `vscode`: the adapter says how an item is made, so the bench and the unit tests drive this very code.
 */
import type { KnowledgeBase } from '../core/framework/knowledge-base.js';
import type { Claim } from '../core/framework/model.js';
import { completionList, type CompletionListItem } from './present.js';

/** Runs `release` once the current turn of the event loop is over. */
export type AfterThisTurn = (release: () => void) => void;

const afterTimeout: AfterThisTurn = (release) => {
  setTimeout(release, 0);
};

/**
 * A request costs one assignment per claim (the request's range), not a new list of items: with thousands of
 * claims, making the items anew is what a request would otherwise spend its time on.
 *
 * The extension host reads a list right after the provider returns it, before its event loop's next turn; the
 * range each item shows VS Code is the one it had then. Requests that reach the host together are answered in
 * one turn, so a second request before the timer must not move the ranges of a list not read yet: it gets
 * items of its own.
 */
export class CompletionItems<Item extends { range?: unknown; insertText?: unknown }> {
  private readonly made = new WeakMap<readonly Claim[], Item[]>();
  private unread = false;

  /**
   * @param make the item for one claim, without a range (the adapter's `vscode.CompletionItem`).
   * @param afterThisTurn when a list handed out can be taken as read; a timer by default.
   */
  constructor(
    private readonly make: (data: CompletionListItem) => Item,
    private readonly afterThisTurn: AfterThisTurn = afterTimeout,
  ) {}

  /**
   * An item for every claim of `kb`, in its order, each replacing `range` with its key and `suffix` (the
   * closing `]` when the citation is not closed yet).
   */
  itemsFor(kb: KnowledgeBase, range: Item['range'], suffix = ''): Item[] {
    const list = completionList(kb);
    if (this.unread) return list.map((data) => this.withRange(this.make(data), range, data.insertText + suffix));
    let items = this.made.get(kb.claims);
    if (!items) {
      items = list.map((data) => this.make(data));
      this.made.set(kb.claims, items);
    }
    items.forEach((item, i) => {
      item.range = range;
      item.insertText = list[i].insertText + suffix;
    });
    this.unread = true;
    this.afterThisTurn(() => {
      this.unread = false;
    });
    return items;
  }

  private withRange(item: Item, range: Item['range'], insertText: string): Item {
    item.range = range;
    item.insertText = insertText;
    return item;
  }
}
