/** Failures go to the one log channel and are shown to the user; nothing is swallowed. */
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The extension's log ("Cooperation Pillars" in the Output panel), created once. */
export function logChannel(name: string): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel(name, { log: true });
  return channel;
}

function describe(error: unknown): { message: string; detail: string } {
  if (error instanceof Error) return { message: error.message, detail: error.stack ?? error.message };
  return { message: String(error), detail: String(error) };
}

/** The same failure (say, on every edit of a draft) is shown again only after this long; it is always logged. */
const REPEAT_MS = 60_000;
const lastShown = new Map<string, number>();

let failures = 0;

/** How many failures were logged since activation (read by the host tests: none should happen while typing). */
export function failureCount(): number {
  return failures;
}

/** Counts a failure reported in its own way (a fault of the checker on one draft, shown as that draft's notice). */
export function countFailure(): void {
  failures++;
}

/** Logs a failure with its stack and shows it, with a button that opens the log. */
export function showError(log: vscode.LogOutputChannel, what: string, error: unknown): void {
  failures++;
  const { message, detail } = describe(error);
  log.error(`${what}: ${detail}`);
  const key = `${what}\n${message}`;
  const now = Date.now();
  if (now - (lastShown.get(key) ?? -Infinity) < REPEAT_MS) return;
  lastShown.set(key, now);
  void vscode.window.showErrorMessage(`Cooperation Pillars: ${what}: ${message}`, 'Show Log').then(
    (choice) => {
      if (choice) log.show(true);
    },
    (failure: unknown) => log.error(`could not show an error message: ${describe(failure).detail}`),
  );
}

/** Runs `body`, turning a thrown error or a rejected promise into a logged, shown failure. */
export function guarded<A extends unknown[]>(
  log: vscode.LogOutputChannel,
  what: string,
  body: (...args: A) => unknown,
): (...args: A) => Promise<unknown> {
  return async (...args: A) => {
    try {
      // A command's result reaches its caller (`executeCommand`), e.g. the locations Find All References lists.
      return await body(...args);
    } catch (error) {
      showError(log, what, error);
      return undefined;
    }
  };
}
