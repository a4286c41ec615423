// Shared by the generators; a module of its own so that importing it runs no generator.

/** Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` in a file. */
export function fillMarkers(text: string, name: string, body: string): string {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`markers for ${name} not found`);
  return `${text.slice(0, start + open.length)}\n${body}\n${text.slice(end)}`;
}
