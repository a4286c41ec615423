/**
 * Loads the check engine's bundle (dist/engine.cjs, src/vscode/engine.ts) at run time, on the extension host's
 * thread (runner.ts) and in the worker (worker.ts) alike, so neither bundle holds a copy of the checker and a
 * missing or broken engine is reported the same way on both. Never imports `vscode`, nor the engine (a type only).
 */
import { createRequire } from 'node:module';

/** What dist/engine.cjs exports (src/vscode/engine.ts). */
export type Engine = typeof import('./engine.js');

/**
 * Requires the engine's bundle. A missing or broken bundle throws an error that says so and where from, for the
 * caller to show as any failed check; nothing is remembered, so the next check tries again.
 */
export function loadEngine(file: string): Engine {
  let loaded: Partial<Engine> | undefined;
  try {
    loaded = createRequire(file)(file) as Partial<Engine> | undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`the checker could not be loaded from ${file} (${reason}): reinstall the extension`, {
      cause: error,
    });
  }
  if (typeof loaded?.checkReport !== 'function') {
    throw new Error(
      `the checker could not be loaded from ${file} (it does not export checkReport): reinstall the extension`,
    );
  }
  return loaded as Engine;
}
