/**
 * `node:fs` for the core in the browser build (esbuild.mjs aliases `node:fs` to this file in dist/web.cjs and
 * dist/web-worker.js): the files the core reads synchronously (configuration files, a draft's bibliographies),
 * held in memory. The web host fills it from `vscode.workspace.fs` (web/files.ts) and, in a check, learns which
 * paths the core asked for and did not find, so it can read them and check again. Paths are URI paths (`/a/b.md`).
 */

/** A file's content and stamp, a folder, or `null`: looked for and not there. */
export type StoredFile = { text: string; size: number; mtime: number } | { folder: true } | null;

/** What a worker is given: every file the host has read, by path. */
export type FileSnapshot = Record<string, StoredFile>;

const files = new Map<string, StoredFile>();
let asked: Set<string> | undefined;

export function setFile(path: string, file: StoredFile): void {
  files.set(path, file);
}

export function deleteFile(path: string): void {
  files.delete(path);
}

export function storedFile(path: string): StoredFile | undefined {
  return files.get(path);
}

/** Every file held (and every path known to be absent), for a worker. */
export function snapshot(): FileSnapshot {
  return Object.fromEntries(files);
}

/** Takes a host's snapshot (in a worker): what it holds replaces what this one held. */
export function loadSnapshot(from: FileSnapshot): void {
  files.clear();
  for (const [path, file] of Object.entries(from)) files.set(path, file);
}

/**
 * Runs `body` and says which paths it asked for that are not held at all (neither read nor known to be
 * absent): the ones the host has to read before the answer can be the Node build's.
 */
export function recordingMisses<T>(body: () => T): { value: T; missing: string[] } {
  const outer = asked;
  asked = new Set();
  try {
    const value = body();
    return { value, missing: [...asked] };
  } finally {
    asked = outer;
  }
}

function lookUp(path: string): StoredFile {
  const file = files.get(path);
  if (file === undefined) {
    asked?.add(path);
    return null;
  }
  return file;
}

function fsError(code: 'ENOENT' | 'EISDIR', syscall: string, path: string): Error {
  const error = new Error(
    `${code}: ${code === 'ENOENT' ? 'no such file or directory' : 'illegal operation on a directory'}, ${syscall} '${path}'`,
  );
  return Object.assign(error, { code, syscall, path });
}

export function existsSync(path: string): boolean {
  return lookUp(path) !== null;
}

export function readFileSync(path: string, _encoding?: string): string {
  const file = lookUp(path);
  if (file === null) throw fsError('ENOENT', 'open', path);
  if ('folder' in file) throw fsError('EISDIR', 'read', path);
  return file.text;
}

export function statSync(path: string): { size: number; mtimeMs: number; isFile(): boolean; isDirectory(): boolean } {
  const file = lookUp(path);
  if (file === null) throw fsError('ENOENT', 'stat', path);
  const folder = 'folder' in file;
  return {
    size: folder ? 0 : file.size,
    mtimeMs: folder ? 0 : file.mtime,
    isFile: () => !folder,
    isDirectory: () => folder,
  };
}
