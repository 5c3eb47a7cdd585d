// How Creator Scout launches Debian's Chromium with the built extension, for
// `npm start` and for the tests and benchmarks (tests/e2e/harness.ts).
// Without the background-networking flags Chromium keeps trying hosts this
// machine cannot reach; without --disable-extensions-except Playwright's
// default --disable-extensions keeps the extension out.

/** The Chromium binary: CHROMIUM_PATH, or Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Command-line flags that load the unpacked extension at `extensionDir`. */
export function launchArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}
