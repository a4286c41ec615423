/**
 * Headless Debian chromium driven by playwright-core, for tests and benchmarks of pages (the coverage report).
 * Launched with the flags scripts/host/lib.mjs uses on this closed network. `CHROMIUM_PATH` names another build.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Without these chromium stalls on look-ups and background fetches (as in scripts/host/lib.mjs). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const hasChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * In a mocha `before`: skips the suite when chromium is missing, with a message that says what to install; under
 * CI (`CI=true`) fails instead, as CI must run it.
 */
export function requireChromium(context: Mocha.Context, what: string): void {
  if (hasChromium) return;
  if (process.env.CI === 'true')
    throw new Error(
      `chromium is not installed at ${CHROMIUM}, and CI must run ${what}: .ci/run installs it (apt-get install chromium)`,
    );
  console.warn(
    `    (skipped: chromium is not installed at ${CHROMIUM}; apt-get install chromium, or set CHROMIUM_PATH, to run ${what})`,
  );
  context.skip();
}
