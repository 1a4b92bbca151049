import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import os from 'node:os'; import path from 'node:path';
const dir = path.resolve('dist/chrome');
for (const variant of [{ args: ['--lang=de'] }, { args: [], env: { LANGUAGE: 'de' } }, { args: ['--lang=ar'], env: {} }]) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'qr-probe-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, env: { ...process.env, ...(variant.env ?? {}) },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', ...variant.args] });
  const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
  const r = await sw.evaluate(() => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('@@ui_locale'), chrome.i18n.getMessage('popup_show_original'), chrome.i18n.getMessage('@@bidi_dir'), navigator.language]);
  console.log(JSON.stringify(variant), r, ctx.pages().map(p => p.url()));
  await ctx.close();
}
