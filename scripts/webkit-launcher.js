/**
 * A Web Test Runner launcher for WebKit: Debian's WebKitGTK MiniBrowser, driven by
 * WebKitWebDriver (package webkit2gtk-driver) through @web/test-runner-webdriver.
 *
 * WebKitWebDriver is a local WebDriver server; this launcher starts it on a free
 * port and stops it with the run. MiniBrowser is a GTK 3 program with no headless
 * mode, so the launcher also starts a private Xvfb (package xvfb) on a free
 * display and gives MiniBrowser that display (an existing DISPLAY is used only
 * when Xvfb is not installed).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const webkitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function hasXvfb() {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/Xvfb`));
}

/** Starts Xvfb on the first free display; resolves with its name (":99"). */
function startXvfb(children) {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display itself and writes its number on fd 3 once it accepts clients.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(xvfb);
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (chunk) => (err += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      const match = /^(\d+)\n/.exec(out);
      if (match) resolve(`:${match[1]}`);
    });
    xvfb.on('error', (error) => reject(new Error(`Cannot start Xvfb (apt-get install xvfb), needed because there is no DISPLAY: ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${err.trim()}`)));
  });
}

/** GTK's locale warning, two lines, printed by every MiniBrowser and WebKit process under DEFAULT_ENV. */
const LOCALE_WARNING = /^\s*$|Locale not supported by C library|Using the fallback 'C' locale/;

/** The driver's and browser's stderr, but for the locale warning. */
function forwardStderr(child) {
  let pending = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (!LOCALE_WARNING.test(line)) process.stderr.write(`${line}\n`);
  });
  child.stderr.on('end', () => {
    if (pending && !LOCALE_WARNING.test(pending)) process.stderr.write(`${pending}\n`);
  });
}

async function waitForDriver(port, driver, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  let exited = null;
  driver.once('exit', (code) => (exited = code));
  for (;;) {
    if (exited !== null) throw new Error(`WebKitWebDriver exited (${exited}) before it answered`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port} within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * MiniBrowser takes its locale from the environment, and under LANG=C (Debian's and most CI images' default)
 * JavaScriptCore formats with en-US-u-va-posix: no grouping ("2000"), and navigator.language is "C".
 * Chromium and Firefox default to en-US whatever LANG says; this gives WebKit the same, as any real
 * user's Safari has. WebKit reads the variables itself, so the glibc locale need not be installed; GTK's
 * warning that it is not ("Locale not supported by C library") is dropped from the driver's output.
 */
const DEFAULT_ENV = { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };

class WebKitGtkLauncher extends WebdriverLauncher {
  constructor({ args = [], env = DEFAULT_ENV } = {}) {
    super({
      logLevel: 'error',
      capabilities: {
        // webdriverio 9 asks for a WebDriver BiDi session by default; @web/test-runner-webdriver needs only classic WebDriver.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { args: ['--automation', ...args] },
      },
    });
    this.extraEnv = env;
    this.children = [];
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const env = { ...process.env, ...this.extraEnv };
    // A private Xvfb even on a desktop, so the run is as headless as the other engines; a DISPLAY only without Xvfb.
    if (hasXvfb() || (!env.DISPLAY && !env.WAYLAND_DISPLAY)) {
      env.DISPLAY = await startXvfb(this.children);
      delete env.WAYLAND_DISPLAY;
    }
    const port = await freePort();
    const driver = spawn(webkitDriverPath, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    this.children.push(driver);
    forwardStderr(driver);
    await new Promise((resolve, reject) => {
      driver.once('spawn', resolve);
      driver.once('error', (error) => reject(new Error(`Cannot start ${webkitDriverPath} (apt-get install webkit2gtk-driver): ${error.message}`)));
    });
    await waitForDriver(port, driver, 15_000);
    Object.assign(this.options, { hostname: '127.0.0.1', port, path: '/' });
    const kill = () => this.killChildren();
    process.once('exit', kill);
  }

  killChildren() {
    for (const child of this.children.splice(0).reverse()) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
  }

  async stop() {
    await super.stop();
    this.killChildren();
  }
}

/** @param {{ args?: string[], env?: Record<string, string> }} [options] MiniBrowser arguments and environment. */
export function webkitLauncher(options) {
  return new WebKitGtkLauncher(options);
}
