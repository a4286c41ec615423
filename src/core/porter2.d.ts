declare module 'porter2' {
  /** Porter2 (the English Snowball stemmer) of a lower-case word. */
  export function stem(word: string): string;
}
