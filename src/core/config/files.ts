/**
 * Where a configuration is written: `.pillarsrc.json`, `.pillarsrc.yaml`, `.pillarsrc.yml` or a `pillars` key in
 * package.json, found upward from a draft's folder (the nearest wins, over the defaults), or a file named with
 * `--config`. Reads files but parses no YAML itself: the caller passes a parser (the CLI and the remark plugin
 * pass `yaml`'s; the extension passes the check engine's, loaded when a YAML file is found: its activation bundle
 * has none).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { validateConfig, type PillarsConfigFile } from './schema.js';
import { withoutBom } from '../parse/bom.js';

/** The names looked for in each folder, first found first. */
export const CONFIG_FILE_NAMES = ['.pillarsrc.json', '.pillarsrc.yaml', '.pillarsrc.yml', 'package.json'] as const;

/** A configuration read from a file. */
export interface ConfigFile {
  /** Absolute path of the file. */
  path: string;
  /** Its folder: `include` and `ignore` globs are relative to it. */
  dir: string;
  config: PillarsConfigFile;
  /** Unknown keys, rule ids and values, each one sentence naming the file; each is ignored. */
  problems: string[];
}

/** A configuration file that cannot be read or parsed at all. */
export class ConfigFileError extends Error {}

export type ParseYaml = (text: string) => unknown;

/** Reads and checks one configuration file. A package.json without a `pillars` key gives an empty configuration. */
export function readConfigFile(path: string, parseYaml?: ParseYaml): ConfigFile {
  const absolute = resolve(path);
  const name = basename(absolute);
  let text: string;
  try {
    text = withoutBom(readFileSync(absolute, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigFileError(
      `${path}: ${code === 'ENOENT' ? 'no such configuration file' : `cannot read the configuration file (${code ?? (error as Error).message})`}`,
    );
  }
  let raw: unknown;
  const yaml = /\.ya?ml$/i.test(name);
  try {
    if (yaml) {
      if (!parseYaml)
        throw new ConfigFileError(`${path}: no YAML parser to read it with here: write it as .pillarsrc.json`);
      raw = text.trim() === '' ? {} : parseYaml(text);
    } else {
      raw = JSON.parse(text);
    }
  } catch (error) {
    if (error instanceof ConfigFileError) throw error;
    const detail = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new ConfigFileError(`${path}: not valid ${yaml ? 'YAML' : 'JSON'} (${detail})`);
  }
  if (name === 'package.json') {
    raw = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>).pillars : undefined;
  }
  const where = name === 'package.json' ? `${path} (key "pillars")` : path;
  const { config, problems } = validateConfig(raw, where);
  return { path: absolute, dir: dirname(absolute), config, problems };
}

function hasPillarsKey(path: string): boolean {
  try {
    const manifest = JSON.parse(withoutBom(readFileSync(path, 'utf8'))) as unknown;
    return !!manifest && typeof manifest === 'object' && 'pillars' in manifest;
  } catch {
    return false;
  }
}

/** The configuration file nearest to `dir` (itself, then each folder up to the root), if any. */
export function findConfigFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(current, name);
      if (!existsSync(candidate)) continue;
      if (name === 'package.json' && !hasPillarsKey(candidate)) continue;
      return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Finds and reads configuration files, each folder's answer and each file read once. */
export class ConfigFiles {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byPath = new Map<string, ConfigFile>();

  constructor(private readonly parseYaml?: ParseYaml) {}

  /** The configuration that applies in `dir`, or undefined for the defaults. Throws {@link ConfigFileError}. */
  forDir(dir: string): ConfigFile | undefined {
    const key = resolve(dir);
    if (!this.byDir.has(key)) this.byDir.set(key, findConfigFile(key));
    const path = this.byDir.get(key);
    return path ? this.read(path) : undefined;
  }

  /** A named file (`--config FILE`). Throws {@link ConfigFileError}. */
  read(path: string): ConfigFile {
    const key = resolve(path);
    let file = this.byPath.get(key);
    if (!file) this.byPath.set(key, (file = readConfigFile(path, this.parseYaml)));
    return file;
  }

  /** Every file read so far. */
  get files(): ConfigFile[] {
    return [...this.byPath.values()];
  }
}
