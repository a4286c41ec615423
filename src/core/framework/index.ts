/**
 * Frameworks as data (issue 12): a framework is a Markdown file whose `##` sections are themes, whose sentences are
 * claims, and whose front matter names the pillars, the namespace of the keys, pinned keys and curated vocabulary.
 * The format is docs/frameworks.md; how this folder plugs into the rest is in ./README.md.
 *
 * - `loadFramework(text)` → `{ framework, problems }`: plain data, never throws.
 * - `initFramework(text)` → the document with its choices written into the front matter (`pillars framework init`).
 * - `readSignalLine`, `deriveVocabulary`: a pillar's vocabulary, curated (the pillars.ts line format) or derived.
 */
export { loadFramework, namespaceFromTitle, MAX_FRAMEWORK_LENGTH, type LoadFrameworkOptions } from './loader.js';
export { initFramework, type FrameworkInit } from './init.js';
export {
  assignKeys,
  derivedId,
  entriesFor,
  HEAD_WORDS,
  TAIL_WORDS,
  WHOLE_ENTRY_WORDS,
  type AssignedKeys,
  type KeyEntry,
} from './keys.js';
export { FRAMEWORK_KEYS, PILLAR_KEYS, SOURCE_KEYS } from './front-matter.js';
export {
  deriveVocabulary,
  falseFriendSignal,
  readSignalLine,
  DERIVED_PHRASES,
  DERIVED_WORDS,
  type ReadSignal,
  type SectionText,
} from './vocabulary.js';
export type {
  Framework,
  FrameworkClaim,
  FrameworkPillar,
  FrameworkProblem,
  FrameworkSource,
  FrameworkTheme,
  LoadedFramework,
  Signal,
  VocabularySource,
} from './types.js';
export { BUILTIN_FRAMEWORK, knowledgeBaseFor, type FrameworkKnowledge } from './knowledge.js';
export { isFrameworkText } from './builtin.js';
