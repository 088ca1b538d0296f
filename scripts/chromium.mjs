// The Chromium every browser-driving script and test uses: Debian's package (or CHROME_PATH), kept off the network.
import { existsSync } from 'node:fs';

/** Where Chromium is looked for when CHROME_PATH is not set (Debian's package first). */
const defaultChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Headless, no sandbox (CI runs as root), and no background calls home: only the served build is reachable. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium binary to drive, or an error that says how to get one. Never a silent skip.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = defaultChromiumPaths.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked in ${defaultChromiumPaths.join(', ')}). Install Debian's package with ` +
        '`sudo apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}
