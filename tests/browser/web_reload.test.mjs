// R reads the story again, past the browser's cache, and stays on the panel shown: an author
// saving a story sees the new words at once; a broken save shows its errors, a fixed one comes
// back to the same panel.
//   node web_reload.test.mjs SITE_DIR
import fs from 'node:fs';
import path from 'node:path';
import {finish, pressKey, run, waitPanel, waitReady, watchedPage} from './harness.mjs';

const [site] = process.argv.slice(2);
const draft = (headline) => JSON.stringify({frise: 1, title: 'Brouillon', panels: [
  {id: 'a', headline: 'Case a'}, {id: 'b', headline}, {id: 'c', headline: 'Case c'}]});

finish(await run(site, {extra: {'panels/draft.json': draft('Première version')}}, async ({browser, served, check}) => {
  const file = path.join(served.folder, 'panels', 'draft.json');
  const page = await watchedPage(browser, served.origin);
  await page.goto(served.url + 'index.html?story=panels/draft.json&panel=b');
  const ready = await waitReady(page);
  check(ready.id === 'b' && ready.text.headline === 'Première version', `the draft opens at panel b (${ready.id})`);
  await page.click('#canvas', {position: {x: 512, y: 384}});
  await pressKey(page, 'ArrowRight');
  await waitPanel(page, 'c');
  await pressKey(page, 'ArrowLeft');
  await waitPanel(page, 'b');

  fs.writeFileSync(file, draft('Deuxième version'));
  await pressKey(page, 'r');
  const reloaded = await page.waitForFunction(() => {
    const d = window.frise.current();
    return d && d.text && d.text.headline === 'Deuxième version' ? d : null;
  }, null, {timeout: 20000}).then((h) => h.jsonValue()).catch(() => null);
  check(reloaded && reloaded.id === 'b', `R shows the saved words on the same panel (${reloaded && reloaded.id})`);
  check(page.requests.some((u) => u.includes('panels/draft.json?frise-reload=')), 'the story was fetched again past the cache');
  const mirror = await page.textContent('#mirror');
  check(mirror.includes('Deuxième version'), 'the text mirror for screen readers has the new words');

  fs.writeFileSync(file, '{"frise": 1, "title": "Brouillon", "panels": [\n  {"id": "a"\n  {"id": "b"}\n]}\n');
  await pressKey(page, 'r');
  await page.waitForSelector('#problem:not([hidden])', {timeout: 20000}).catch(() => {});
  const items = await page.$$eval('#problem-list li', (lis) => lis.map((li) => li.textContent));
  check(items.some((t) => t.startsWith('panels/draft.json:2:13: error: malformed JSON')),
    `a broken save shows its error (${items.join(' / ').slice(0, 160)})`);

  fs.writeFileSync(file, draft('Troisième version'));
  await pressKey(page, 'r');
  const fixed = await page.waitForFunction(() => {
    const d = window.frise.current();
    return d && d.text && d.text.headline === 'Troisième version' ? d : null;
  }, null, {timeout: 20000}).then((h) => h.jsonValue()).catch(() => null);
  check(fixed && fixed.id === 'b' && (await page.isHidden('#problem')), 'the fixed story comes back at panel b, the problem gone');
  check(page.problems.length === 0, `no console error${page.problems.length ? ': ' + page.problems.join(' | ') : ''}`);
}));
