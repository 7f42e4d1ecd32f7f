// The story parameter: bundled names and relative .json paths inside the site open; anything
// else (other origins, //host, javascript:, absolute paths, .. escaping the site) is refused with
// a readable message and nothing is fetched. Failures to load are explained in the page: a
// missing story, a story with errors (its diagnostics as a list), a missing frise.wasm.
//   node web_story_param.test.mjs SITE_DIR
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {finish, run, waitReady, watchedPage} from './harness.mjs';

const [site] = process.argv.slice(2);
const broken = JSON.stringify({frise: 1, title: 'Cassée', panels: [{id: 'a', headline: 3}, {id: 'a'}]});

const first = await run(site, {subfolder: true, extra: {'panels/broken.json': broken, '../outside.json': '{}'}}, async ({browser, served, check}) => {
  const refused = ['https://evil.example/x.json', '//evil.example/x.json', 'javascript:alert(1)', '/x.json',
    '../outside.json', 'panels/../../outside.json', 'panels/%2e%2e/%2e%2e/outside.json', `${served.origin}/sub/frise/panels/road45.json`,
    'data:application/json,{}', 'panels\\road45.json', 'panels/road45.txt'];
  for (const value of refused) {
    const page = await watchedPage(browser, served.origin);
    await page.goto(served.url + 'index.html?story=' + encodeURIComponent(value));
    await page.waitForSelector('#problem:not([hidden])', {timeout: 10000}).catch(() => {});
    const message = (await page.textContent('#problem-message')) || '';
    await page.waitForTimeout(300);
    const fetched = page.requests.filter((u) => /\.(json|wasm)$/.test(new URL(u).pathname) || !u.startsWith(served.url));
    check(message.includes('n’est pas acceptée') && message.includes(value) && fetched.length === 0 && page.foreign.length === 0 &&
      page.problems.length === 0 && (await page.isHidden('#loading')),
      `story=${value} is refused with a message, nothing fetched${fetched.length ? ': ' + fetched.join(' ') : ''}${page.problems.join(' | ')}`);
    await page.context().close();
  }

  for (const [value, id] of [['squad-interviews', null], ['panels/road45.json', 'cover'], ['./panels/../panels/road45.json', 'cover']]) {
    const page = await watchedPage(browser, served.origin);
    await page.goto(served.url + 'index.html?story=' + encodeURIComponent(value));
    const ready = await waitReady(page);
    check(ready.count > 1 && (!id || ready.id === id) && page.problems.length === 0, `story=${value} opens (${ready.id}, ${ready.story})`);
    await page.context().close();
  }

  // The other parameters reach the reader's command line, checked: unknown values are dropped.
  for (const [query, expected] of [
    ['?story=road45&panel=air-gap&lang=en&theme=contrast&autoplay=1&timeline=top&motion=reduce&font=dyslexia',
      'panels/road45.json --panel air-gap --lang en --theme contrast --autoplay --timeline top --motion reduce --font dyslexia'],
    ['?autoplay=true&timeline=hidden&theme=dark', 'panels/road45.json --theme dark --autoplay --timeline hidden'],
    ['?theme=%3Cb%3E&timeline=left&autoplay=yes&lang=..%2Fx&panel=a%20b&motion=fast&font=wingdings', 'panels/road45.json'],
  ]) {
    const page = await watchedPage(browser, served.origin);
    await page.goto(served.url + 'index.html' + query);
    const args = await page.evaluate(() => window.Module.arguments.join(' '));
    check(args === expected, `${query} gives the reader: ${args}`);
    await waitReady(page);
    await page.context().close();
  }

  // A missing story, a story with errors: the page says so, with the diagnostics as text.
  let page = await watchedPage(browser, served.origin);
  await page.goto(served.url + 'index.html?story=no-such-story');
  await page.waitForSelector('#problem:not([hidden])', {timeout: 60000});
  const missing = await page.textContent('#problem');
  check(missing.includes('no-such-story.json'), `a missing story is explained (${missing.trim().replace(/\s+/g, ' ').slice(0, 140)})`);
  await page.context().close();

  page = await watchedPage(browser, served.origin);
  await page.goto(served.url + 'index.html?story=panels/broken.json');
  await page.waitForSelector('#problem:not([hidden])', {timeout: 60000});
  const items = await page.$$eval('#problem-list li', (lis) => lis.map((li) => li.textContent));
  check(items.length >= 1 && items.every((t) => t.startsWith('panels/broken.json:')),
    `a story with errors lists its diagnostics (${items.join(' / ').slice(0, 200)})`);
  const error = await page.evaluate(() => new Promise((r) => window.frise.on('error', r)));
  check(Array.isArray(error.diagnostics) && error.diagnostics.length === items.length, 'frise.on(error) gets the same diagnostics, even late');
  check(page.problems.every((p) => !p.startsWith('exception')), 'no exception');
  await page.context().close();

  // No WebGL2: said in words, and the program is not even downloaded.
  page = await watchedPage(browser, served.origin);
  await page.addInitScript(() => {
    const real = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : real.call(this, type, ...rest);
    };
  });
  await page.goto(served.url);
  await page.waitForSelector('#problem:not([hidden])', {timeout: 10000}).catch(() => {});
  const webgl = (await page.textContent('#problem-message')) || '';
  check(webgl.includes('WebGL 2') && !page.requests.some((u) => u.endsWith('.wasm')) && page.problems.length === 0,
    `a browser without WebGL2 gets a message (${webgl})`);
  await page.context().close();
});

// A site without frise.wasm: the page says it cannot load it.
const partial = fs.mkdtempSync(path.join(os.tmpdir(), 'frise-nowasm-'));
fs.cpSync(site, partial, {recursive: true});
fs.rmSync(path.join(partial, 'frise.wasm'));
const second = await run(partial, {}, async ({browser, served, check}) => {
  const page = await watchedPage(browser, served.origin);
  await page.goto(served.url);
  await page.waitForSelector('#problem:not([hidden])', {timeout: 30000}).catch(() => {});
  const text = (await page.textContent('#problem-message')) || '';
  check(text.includes('frise.wasm') && text.includes('404'), `a missing frise.wasm is explained (${text})`);
  fs.rmSync(partial, {recursive: true, force: true});
});
finish(first, second);
