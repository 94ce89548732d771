/**
 * How every tool here launches Chromium: Debian's build (npm tools cannot
 * download browsers on these machines), headless, with the background
 * services off because the network is closed.
 */
export const chromiumExecutablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
