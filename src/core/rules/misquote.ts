import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { replaceQuoteFix } from '../edits/fixes.js';
import { quotedSpan } from '../analysis/quote-span.js';
import { analysisOf, knowledgeBaseOf, report, ruleUrl, type RuleOptions } from './shared.js';
import { normalizeQuote } from '../analysis/text.js';
import { cacheMap } from '../caches.js';

/** Claims' texts as quotations are compared with them (a source's claims are few and quoted often). */
const normalizedClaims = cacheMap<string, string>('normalized claims');

/** Whether `quote` is the claim's text, or a part of it (with `…` or `[…]` for omissions), after normalising. */
export function quoteMatches(quote: string, claimText: string): boolean {
  let claim = normalizedClaims.get(claimText);
  if (claim === undefined) {
    claim = normalizeQuote(claimText).toLowerCase();
    if (normalizedClaims.size > 10_000) normalizedClaims.clear();
    normalizedClaims.set(claimText, claim);
  }
  const pieces = normalizeQuote(quote)
    .toLowerCase()
    .split(/\s*(?:\.\.\.|…|\[[^\]]*\])\s*/)
    .map((piece) => piece.replace(/^[\s"'.,;:]+|[\s"'.,;:]+$/g, ''))
    .filter(Boolean);
  if (pieces.length === 0) return true;
  let from = 0;
  for (const piece of pieces) {
    const at = claim.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** Quoted words that carry a citation but are not what the cited claim says. */
const misquote = lintRule<Root, RuleOptions>(
  { origin: 'pillars:misquote', url: ruleUrl('misquote') },
  (tree, file, options) => {
    const analysis = analysisOf(tree, file, options);
    const kb = knowledgeBaseOf(options);
    for (const quote of analysis.quotes) {
      const claims = quote.citation.items.map((item) => kb.claim(item.key)).filter((claim) => claim !== undefined);
      if (claims.length === 0 || claims.some((claim) => quoteMatches(quote.text, claim.text))) continue;
      const claim = claims[0];
      report(
        file,
        `Quotation does not match the cited claim @${claim.key}: quote its exact words (“${claim.text.length > 60 ? `${claim.text.slice(0, 59)}…` : claim.text}”).`,
        analysis.lines.range(quote.start, quote.end),
        // A quotation over several paragraphs gets no quick fix: one replacement would merge them. The fix is
        // unambiguous when the citation names this one claim (with several, the writer may have meant another).
        {
          claim: claim.key,
          fixes: quote.spansBlocks
            ? []
            : [
                replaceQuoteFix(
                  quote.start,
                  quote.end,
                  quotedSpan(quote.text, claim.text),
                  claim.key,
                  quote.citation.items.length === 1,
                ),
              ],
        },
      );
    }
  },
);

export default misquote;
