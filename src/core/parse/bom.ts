/**
 * The byte order mark a draft may start with (U+FEFF). micromark does not count it: offsets in a tree of a text
 * that starts with one are one less than offsets into the text. Every place that moves between the two asks here.
 */
export const BOM = '\uFEFF';
/** {@link BOM}'s character code. */
export const BOM_CODE = 0xfeff;

/** 1 when `text` starts with a byte order mark, else 0: what micromark's offsets lack. */
export function bomLength(text: string): 0 | 1 {
  return text.charCodeAt(0) === BOM_CODE ? 1 : 0;
}

/** `text` without a leading byte order mark. */
export function withoutBom(text: string): string {
  return bomLength(text) ? text.slice(1) : text;
}
