/**
 * Debian's Chromium, as the tests, the story tests and the benchmark launch it. Nothing here
 * downloads a browser: `.ci/run` installs this one with apt-get when it is missing.
 * `CHROME_PATH` points elsewhere if needed.
 */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** No sandbox (CI runs as root); no GPU; no calls to closed network hosts. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
