import { it } from 'vitest';
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { launchWithExtension, openPopupPage, askBackground, tabIdOf } from './harness';
it('times', { timeout: 300_000 }, async () => {
  const dir = '/work/shared/corpus/readability-test-pages/';
  const names = readdirSync(dir).filter((_, i) => i % 10 === 0);
  const server = createServer((req, res) => { const f = decodeURIComponent(req.url!.slice(1).replace(/\/$/, '')); let body; try { body = readFileSync(dir + f + '/source.html'); } catch { res.writeHead(404).end(); return; } res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const origin = `http://127.0.0.1:${(server.address() as any).port}`;
  const b = await launchWithExtension('/tmp/cbench-ext');
  await b.ctx.route('**/*', (route) => (route.request().url().startsWith(origin) && route.request().resourceType() === 'document') || route.request().url().startsWith('chrome-extension') ? route.continue() : route.abort());
  for (const f of names) {
    const page = await b.ctx.newPage();
    page.on('console', (m) => { if (m.text().startsWith('QRT')) console.log(f.slice(0, 24).padEnd(24), m.text()); });
    await page.goto(`${origin}/${encodeURIComponent(f)}/`, { waitUntil: 'load' }).catch(() => {});
    const tabId = await tabIdOf(b, page);
    const ext = await openPopupPage(b, tabId);
    await page.waitForTimeout(800);
    await askBackground(ext, { type: 'restore', tabId }).catch(() => {});
    await askBackground(ext, { type: 'clean', tabId }).catch(() => {});
    await page.waitForTimeout(300);
    await ext.close(); await page.close();
  }
  await b.close(); server.close();
});
