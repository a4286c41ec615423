/**
 * Which restricted settings a workspace sets, read from its settings files. In Restricted Mode VS Code leaves a
 * restricted setting's workspace values out of `inspect()` altogether, so the settings API cannot tell that a
 * workspace sets `pillars.maxFileSize`; the files can. Only our restricted settings' names are looked for, and
 * nothing of the files is used as a value.
 */
import type * as vscode from 'vscode';
import { SETTINGS_SCHEMA } from './config.js';

/** The settings Restricted Mode keeps to user settings (package.json `restrictedConfigurations`). */
export const RESTRICTED_SETTINGS: readonly string[] = Object.entries(SETTINGS_SCHEMA)
  .filter(([, schema]) => schema.restricted)
  .map(([id]) => id);

/** JSON with comments and trailing commas (VS Code's settings files) as JSON. */
export function stripJsonComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else {
      out += ch;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

/**
 * The restricted settings a settings file sets (`"pillars.maxFileSize": 4096`, or nested under `"pillars"`);
 * for a `.code-workspace` file, those under its `settings`. A file that cannot be read sets none.
 */
export function restrictedSettingsIn(text: string, workspaceFile = false): string[] {
  let data: unknown;
  try {
    data = JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')));
  } catch {
    return [];
  }
  if (workspaceFile) data = (data as { settings?: unknown } | null)?.settings;
  if (!data || typeof data !== 'object') return [];
  const keys = new Set<string>();
  const visit = (object: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(object)) {
      const id = prefix ? `${prefix}.${key}` : key;
      keys.add(id);
      if (
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        RESTRICTED_SETTINGS.some((setting) => setting.startsWith(`${id}.`))
      ) {
        visit(value as Record<string, unknown>, id);
      }
    }
  };
  visit(data as Record<string, unknown>, '');
  return RESTRICTED_SETTINGS.filter((setting) => keys.has(setting));
}

/** What the reader needs of `vscode` (so that this module loads in unit tests). */
export interface WorkspaceFiles {
  workspace: Pick<typeof vscode.workspace, 'fs' | 'workspaceFolders' | 'workspaceFile'>;
  joinPath: (base: vscode.Uri, ...parts: string[]) => vscode.Uri;
}

/**
 * The restricted settings the workspace's settings files set (each folder's `.vscode/settings.json`, the
 * `.code-workspace` file).
 */
export async function restrictedSettingsOfWorkspace({ workspace, joinPath }: WorkspaceFiles): Promise<string[]> {
  const found = new Set<string>();
  const read = async (uri: vscode.Uri, workspaceFile: boolean) => {
    try {
      for (const setting of restrictedSettingsIn(
        new TextDecoder().decode(await workspace.fs.readFile(uri)),
        workspaceFile,
      ))
        found.add(setting);
    } catch {
      // No such file: it sets nothing.
    }
  };
  for (const folder of workspace.workspaceFolders ?? [])
    await read(joinPath(folder.uri, '.vscode', 'settings.json'), false);
  const file = workspace.workspaceFile;
  if (file && file.scheme !== 'untitled') await read(file, true);
  return RESTRICTED_SETTINGS.filter((setting) => found.has(setting));
}
