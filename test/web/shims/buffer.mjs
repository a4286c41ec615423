// `Buffer.from(text)` and `Buffer.byteLength(text)` of the host suite, in the web worker extension host (no Node
// there): UTF-8 bytes and their count.
export const Buffer = {
  from: (text) => new TextEncoder().encode(String(text)),
  byteLength: (text) => new TextEncoder().encode(String(text)).length,
};
