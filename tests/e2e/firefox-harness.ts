/**
 * Firefox end-to-end harness: firefox-esr headless, driven over WebDriver BiDi (the `ws` package;
 * there is no geckodriver package on Debian), with the built extension (dist/firefox) installed
 * temporarily through `webExtension.install`.
 *
 * Host access: Firefox treats MV3 host_permissions as opt-in, and a temporary install gets none
 * (seen on 153 ESR: the detector content script does not run). `grantHostAccess: true` sets
 * `extensions.originControls.grantByDefault`, which grants at install what the manifest asks for,
 * as a user accepting the install prompt would. `setHostAccess` grants or revokes later through
 * the browser's own ExtensionPermissions module (BiDi's chrome scope, allowed by
 * `--remote-allow-system-access`), as the user does in about:addons → Permissions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { ROOT } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = path.join(ROOT, 'dist/firefox');
export const hasFirefox = existsSync(FIREFOX);

/** Origins the manifest's host_permissions ask for; what the install prompt would grant. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

interface BidiReply {
  id?: number;
  type: 'success' | 'error' | 'event';
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: string;
  message?: string;
}

/** A minimal WebDriver BiDi client: numbered commands, one pending promise per command. */
export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const reply = JSON.parse(String(data)) as BidiReply;
      if (reply.id === undefined) return; // events: nothing here subscribes
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.type === 'error') waiter.reject(new Error(`BiDi ${reply.error}: ${reply.message}`));
      else waiter.resolve(reply.result);
    });
    ws.on('close', () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error('BiDi connection closed'));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<BidiClient> {
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new BidiClient(ws);
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.ws.close();
  }
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export interface FirefoxOptions {
  extensionDir?: string;
  /** Grant the manifest's host permissions at install (the user accepted the prompt). */
  grantHostAccess: boolean;
  viewport?: { width: number; height: number };
}

export interface FirefoxSession {
  bidi: BidiClient;
  /** The one tab's browsing context id. */
  context: string;
  extensionId: string;
  /** Navigates the tab and waits for the load event. */
  navigate(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn(...args)` in the page (main world) and returns its JSON-serializable result. */
  evaluate<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Polls `fn` in the page until it returns true. */
  waitFor<A extends unknown[]>(fn: (...args: A) => boolean, args: A, timeoutMs?: number, what?: string): Promise<void>;
  /** Grants or revokes the extension's host access to `origins`, as about:addons does. */
  setHostAccess(granted: boolean, origins?: string[]): Promise<void>;
  /** The origins the extension currently holds. */
  grantedOrigins(): Promise<string[]>;
  /** Runs privileged code in the browser window (chrome scope); `body` may await and return JSON-able data. */
  inChrome(body: string): Promise<unknown>;
  /** Pins the extension's toolbar button and clicks it, as the user does: opens the popup. */
  clickToolbarButton(): Promise<void>;
  /** Closes any open popup panel (the extension's popup). */
  closePopups(): Promise<void>;
  /** Fires the extension's keyboard shortcut `key` (e.g. "R") through the browser's own key element. */
  pressShortcut(key: string): Promise<void>;
  close(): Promise<void>;
}

function userPrefs(grantHostAccess: boolean): string {
  const prefs: Record<string, string | boolean | number> = {
    'extensions.originControls.grantByDefault': grantHostAccess,
    'browser.shell.checkDefaultBrowser': false,
    'browser.aboutwelcome.enabled': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
  };
  return (
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n') + '\n'
  );
}

/** Starts Firefox and resolves with the BiDi address it prints once listening. */
function startFirefox(profile: string): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--remote-debugging-port', '0', '--remote-allow-system-access', '--profile', profile, 'about:blank'],
    // Own process group, so close() can end Firefox and its content processes together by id.
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, MOZ_HEADLESS: '1' } },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    // Generous: on a loaded two-core machine a cold start was seen to take over 30 s.
    const timer = setTimeout(() => reject(new Error(`Firefox did not open WebDriver BiDi within 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer): void => {
      output += String(chunk);
      const match = /WebDriver BiDi listening on (ws:\/\/[\d.:]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `${match[1]}/session`, log: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi was ready:\n${output}`));
    });
  });
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    kill('SIGKILL');
    await exited;
  }
}

function unwrap(reply: EvaluateResult): unknown {
  if (reply.type === 'exception') throw new Error(`page script threw: ${reply.exceptionDetails?.text ?? 'unknown'}`);
  const value = reply.result?.value;
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : undefined;
}

export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const source = options.extensionDir ?? FIREFOX_DIST;
  if (!existsSync(path.join(source, 'manifest.json'))) {
    throw new Error(`${source} has no manifest.json: run npm run build first`);
  }
  // Firefox reads a temporary add-on's files from disk while it runs; a private copy keeps a
  // rebuild of dist/ (by anyone, mid-test) from changing the extension under the test.
  const extensionDir = mkdtempSync(path.join(os.tmpdir(), 'qr-ff-ext-'));
  cpSync(source, extensionDir, { recursive: true });
  const profile = mkdtempSync(path.join(os.tmpdir(), 'qr-ff-profile-'));
  writeFileSync(path.join(profile, 'user.js'), userPrefs(options.grantHostAccess));

  const cleanupDirs = (): void => {
    rmSync(profile, { recursive: true, force: true });
    rmSync(extensionDir, { recursive: true, force: true });
  };
  let started: Awaited<ReturnType<typeof startFirefox>>;
  try {
    started = await startFirefox(profile);
  } catch (error) {
    cleanupDirs();
    throw error;
  }
  const { child } = started;
  let bidi: BidiClient | undefined;
  const close = async (): Promise<void> => {
    try {
      await Promise.race([bidi?.send('browser.close'), new Promise((resolve) => setTimeout(resolve, 3_000))]);
    } catch {
      // The connection drops as the browser closes.
    }
    bidi?.close();
    await stopProcessGroup(child);
    cleanupDirs();
  };

  try {
    bidi = await BidiClient.connect(started.url);
    await bidi.send('session.new', { capabilities: {} });
    const installed = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: extensionDir },
    });
    const extensionId = installed.extension;
    const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
    const context = tree.contexts[0]?.context;
    if (!context) throw new Error('Firefox has no tab');
    const client = bidi;
    if (options.viewport) await client.send('browsingContext.setViewport', { context, viewport: options.viewport });

    const evaluate = async <A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> => {
      // The result travels as a JSON string: BiDi's own remote values are verbose to decode.
      const reply = await client.send<EvaluateResult>('script.callFunction', {
        functionDeclaration: `async (json) => JSON.stringify(await (${fn.toString()})(...JSON.parse(json)) ?? null)`,
        arguments: [{ type: 'string', value: JSON.stringify(args) }],
        target: { context },
        awaitPromise: true,
      });
      return unwrap(reply) as T;
    };

    const chromeContext = async (): Promise<string> => {
      const chrome = await client.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' });
      const id = chrome.contexts[0]?.context;
      if (!id) throw new Error('no chrome window (is --remote-allow-system-access honoured?)');
      return id;
    };

    /** Runs privileged code in the browser window (chrome scope); `body` may await and return JSON-able data. */
    const inChrome = async (body: string): Promise<unknown> => {
      const reply = await client.send<EvaluateResult>('script.evaluate', {
        expression: `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`,
        target: { context: await chromeContext() },
        awaitPromise: true,
      });
      return unwrap(reply);
    };
    const permissionsPrelude = `
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const id = ${JSON.stringify(extensionId)};
      const policy = WebExtensionPolicy.getByID(id);
      if (!policy?.extension) throw new Error('extension ' + id + ' is not running');
      const extension = policy.extension;`;

    // Firefox names an extension's browser widgets after its id (makeWidgetId).
    const widgetPrelude = `const widgetId = ${JSON.stringify(extensionId)}.toLowerCase().replace(/[^a-z0-9_-]/g, '_');`;

    return {
      bidi: client,
      context,
      extensionId,
      navigate: async (url) => {
        await client.send('browsingContext.navigate', { context, url, wait: 'complete' });
      },
      reload: async () => {
        await client.send('browsingContext.reload', { context, wait: 'complete' });
      },
      evaluate,
      waitFor: async (fn, args, timeoutMs = 15_000, what = fn.toString()) => {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          if (await evaluate(fn, ...args)) return;
          if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
      setHostAccess: async (granted, origins = ALL_SITES) => {
        await inChrome(`${permissionsPrelude}
          const perms = { permissions: [], origins: ${JSON.stringify(origins)} };
          await ExtensionPermissions.${granted ? 'add' : 'remove'}(id, perms, extension);`);
      },
      grantedOrigins: async () =>
        (await inChrome(`${permissionsPrelude}
          return policy.allowedOrigins.patterns.map((p) => p.pattern).filter((p) => /^https?:/.test(p));`)) as string[],
      inChrome,
      clickToolbarButton: async () => {
        await inChrome(`${widgetPrelude}
          const buttonId = widgetId + '-browser-action';
          CustomizableUI.addWidgetToArea(buttonId, CustomizableUI.AREA_NAVBAR);
          const node = CustomizableUI.getWidget(buttonId)?.forWindow(window).node;
          if (!node) throw new Error('no toolbar button ' + buttonId);
          (node.querySelector('toolbarbutton') ?? node).click();`);
      },
      closePopups: async () => {
        await inChrome(`for (const panel of document.querySelectorAll('panel')) if (panel.state === 'open') panel.hidePopup();`);
      },
      pressShortcut: async (key) => {
        // The extension's <key> elements sit in a keyset of their own in every browser window;
        // a key press that matches one fires its command event, which is what doCommand() fires.
        await inChrome(`${widgetPrelude}
          const keyset = document.getElementById('ext-keyset-id-' + widgetId);
          const element = [...(keyset?.children ?? [])].find((k) => k.getAttribute('key')?.toUpperCase() === ${JSON.stringify(key.toUpperCase())});
          if (!element) throw new Error('no shortcut ' + ${JSON.stringify(key)} + ' in keyset of ' + widgetId);
          element.doCommand();`);
      },
      close,
    };
  } catch (error) {
    const log = started.log();
    await close();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- Firefox output ---\n${log.slice(-4000)}`);
  }
}

/** The extension's gecko id, as dist/firefox declares it. */
export function geckoIdOf(extensionDir = FIREFOX_DIST): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('dist/firefox/manifest.json has no gecko id');
  return id;
}
