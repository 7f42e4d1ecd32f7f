// The story parameter: bundled names and plain relative .json paths inside the site's folder
// open (dot-segments and empty segments normalised); anything else (other origins, schemes,
// //host, absolute paths, .. leaving the site in any spelling, another user's folder on the same
// host, encoded forms, backslashes, control characters) is refused with a readable message and
// an `error` event, and nothing is fetched (the requests are recorded); text.html follows the
// same rule. The story list is fetched only from panels/index.json, for a story in panels/ (a
// story kept elsewhere has no picker, and no index.json is asked for beside it). Failures to load are
// explained in the page: a story over 64 MiB (from its Content-Length), a missing story, a
// story with errors (its diagnostics as a list), a missing frise.wasm.
//   node web_story_param.test.mjs SITE_DIR
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {finish, run, waitReady, watchedPage} from './harness.mjs';

const [site] = process.argv.slice(2);
const broken = JSON.stringify({frise: 1, title: 'Cassée', panels: [{id: 'a', headline: 3}, {id: 'a'}]});

const mini = (title) => JSON.stringify({frise: 1, title, panels: [{id: 'a', headline: title + ' a'}, {id: 'b', headline: title + ' b'}]});
// Served under /sub/frise/ (a user's folder on a shared host); beside it, another user's site
// (/sub/~bob/frise/) and a file above the site, each a story a refused value would reach.
const extra = {
  'panels/broken.json': broken, '../outside.json': mini('Dehors'), '../~bob/frise/panels/road45.json': mini('Bob'),
  'panels/sub/x.json': mini('Sous-dossier'), 'stories/mine.json': mini('Ailleurs'), 'some/folder/x.json': mini('Dossier'), 'panels/mon histoire.json': mini('Espace'),
  'panels/été.json': mini('Accents'), 'evil.example/x.json': mini('Normalisé'),
};
// How the page shows a refused value: control characters made visible, at most 80 characters.
const shown = (value) => {
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
  return text.length > 80 ? text.slice(0, 80) + '…' : text;
};

const first = await run(site, {subfolder: true, extra}, async ({browser, served, check}) => {
  // Hostile values: other origins, schemes, absolute and protocol-relative paths, .. in every
  // spelling, another user's folder on the same host, encoded and double-encoded forms,
  // backslashes, control and invisible characters, query and fragment, the story list itself.
  const hostile = [
    'https://evil.example/x.json', 'HTTPS://evil.example/x.json', '//evil.example/x.json', '///evil.example/x.json',
    'javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd.json', 'C:/x.json',
    `${served.origin}/sub/frise/panels/road45.json`, '/x.json', '/sub/frise/panels/road45.json', '/sub/~bob/frise/panels/road45.json',
    '../~bob/frise/panels/road45.json', 'panels/../../~bob/frise/panels/road45.json', '../outside.json', 'panels/../../outside.json',
    './../outside.json', 'panels/./../.././outside.json', 'panels//../../outside.json',
    'panels/%2e%2e/%2e%2e/outside.json', '%2e%2e/outside.json', '.%2e/outside.json', '%2E%2E%2Foutside.json',
    '%252e%252e/outside.json', 'panels%2f..%2f..%2foutside.json', '..%5coutside.json', '%5c%5cevil.example%5cx.json',
    'panels\\road45.json', '..\\outside.json', '\\\\evil.example\\x.json', '\\/evil.example/x.json',
    'panels/road45.json?x=1', 'panels/road45.json#cover', 'panels/\u0000.json', 'panels/road45.json\n', '\tpanels/road45.json',
    'panels/\u202eroad45.json', 'panels/road45.txt', 'panels/road45.json.', 'panels/road45.json ', 'panels/.json',
    'index', 'panels/index.json', 'x'.repeat(301) + '.json',
  ];
  for (const value of hostile) {
    const page = await watchedPage(browser, served.origin);
    await page.addInitScript(() => {
      window.errorEvents = [];
      window.addEventListener('frise:error', (e) => window.errorEvents.push(e.detail));
    });
    await page.goto(served.url + 'index.html?story=' + encodeURIComponent(value));
    await page.waitForSelector('#problem:not([hidden])', {timeout: 30000}).catch(() => {});  // long: a loaded machine is slow to say it
    const message = (await page.textContent('#problem-message')) || '';
    await page.waitForTimeout(250);
    const late = await page.evaluate(() => new Promise((resolve) => {
      window.frise.on('error', resolve);
      setTimeout(() => resolve(null), 1000);
    }));
    const events = await page.evaluate(() => window.errorEvents);
    const status = await page.evaluate(() => window.friseStatus && window.friseStatus.error);
    // Only the page itself may be fetched: its HTML, CSS, scripts and icon, never frise.js, the
    // wasm, a story or anything outside the site's folder.
    const fetched = page.requests.filter((u) => /\.(json|wasm)$|\/frise\.js$/.test(new URL(u).pathname) || !u.startsWith(served.url));
    check(message.includes('n’est pas acceptée') && message.includes(shown(value)) && fetched.length === 0 &&
      page.foreign.length === 0 && page.problems.length === 0 && (await page.isHidden('#loading')) &&
      late && late.reason === 'refused' && events.length === 1 && events[0].reason === 'refused' && status && status.reason === 'refused',
      `story=${JSON.stringify(value).slice(0, 70)} is refused with a message and an error event, nothing fetched` +
      `${fetched.length ? ': ' + fetched.join(' ') : ''}${page.problems.join(' | ')}`);
    await page.context().close();
  }

  // Two story= parameters are ambiguous: refused too.
  let twice = await watchedPage(browser, served.origin);
  await twice.goto(served.url + 'index.html?story=road45&story=' + encodeURIComponent('https://evil.example/x.json'));
  await twice.waitForSelector('#problem:not([hidden])', {timeout: 30000}).catch(() => {});  // long: a loaded machine is slow to say it
  check(((await twice.textContent('#problem-message')) || '').includes('n’est pas acceptée') &&
    !twice.requests.some((u) => /\.(json|wasm)$/.test(new URL(u).pathname)), 'two story= parameters are refused, nothing fetched');
  await twice.context().close();

  // The same rule in the text version: the message, and nothing fetched.
  for (const value of ['//evil.example/x.json', 'panels/%2e%2e/%2e%2e/outside.json', '../~bob/frise/panels/road45.json', 'panels\\road45.json']) {
    const page = await watchedPage(browser, served.origin);
    await page.goto(served.url + 'text.html?story=' + encodeURIComponent(value));
    await page.waitForSelector('#text-status.text-error', {timeout: 30000}).catch(() => {});  // long: a loaded machine is slow to say it
    const text = (await page.textContent('#text-status')) || '';
    check(text.includes('n’est pas acceptée') && !page.requests.some((u) => new URL(u).pathname.endsWith('.json')) &&
      page.foreign.length === 0 && page.problems.length === 0, `text.html?story=${value} is refused, nothing fetched`);
    await page.context().close();
  }

  // How values resolve, as text (no URL parser decides): dot-segments and empty segments
  // normalised, the result a plain path inside the site.
  const probe = await watchedPage(browser, served.origin);
  await probe.goto(served.url + 'text.html?story=road45');
  for (const [value, path] of [
    ['road45', 'panels/road45.json'], ['./panels/road45.json', 'panels/road45.json'], ['panels//road45.json', 'panels/road45.json'],
    ['panels/./sub/../road45.json', 'panels/road45.json'], ['panels/..//evil.example/x.json', 'evil.example/x.json'],
    ['panels/mon histoire.json', 'panels/mon histoire.json'], ['panels/sub/x.JSON', 'panels/sub/x.JSON'],
  ]) {
    const got = await probe.evaluate((v) => window.FriseShared.resolveStory(v), value);
    check(got.path === path, `story=${value} resolves to ${path} (${JSON.stringify(got)})`);
  }
  await probe.context().close();

  // Valid values open, and the page asks for the story list only where the bundled one is
  // (panels/index.json): a story elsewhere costs no 404 in the console.
  for (const [value, id, withList] of [
    ['squad-interviews', null, true], ['panels/road45.json', 'cover', true], ['./panels/road45.json', 'cover', true],
    ['./panels/../panels/road45.json', 'cover', true], ['panels/sub/x.json', 'a', false], ['stories/mine.json', 'a', false],
    ['some/folder/x.json', 'a', false],
    ['panels/mon histoire.json', 'a', true], ['panels/été.json', 'a', true], ['panels/..//evil.example/x.json', 'a', false],
  ]) {
    const page = await watchedPage(browser, served.origin);
    await page.goto(served.url + 'index.html?story=' + encodeURIComponent(value));
    const ready = await waitReady(page);
    await page.waitForTimeout(300);
    const lists = page.requests.filter((u) => new URL(u).pathname.endsWith('/index.json')).map((u) => new URL(u).pathname);
    check(ready.count > 1 && (!id || ready.id === id) && page.problems.length === 0 && page.foreign.length === 0 &&
      (withList ? lists.length === 1 && lists[0] === '/sub/frise/panels/index.json' : lists.length === 0),
      `story=${value} opens (${ready.id}, ${ready.story}), story list fetched: ${lists.join(' ') || 'none'}` +
      `${page.problems.length ? ', ' + page.problems.join(' | ') : ''}`);
    await page.context().close();
  }

  // A story over the 64 MiB limit is refused from its Content-Length, before it is read, by the
  // reader and by the text version.
  fs.writeFileSync(path.join(served.folder, 'panels', 'huge.json'), '');
  fs.truncateSync(path.join(served.folder, 'panels', 'huge.json'), 65 << 20);  // sparse: cheap to make
  for (const [url, selector] of [['index.html?story=panels/huge.json', '#problem:not([hidden])'], ['text.html?story=panels/huge.json', '#text-status.text-error']]) {
    const page = await watchedPage(browser, served.origin);
    const started = Date.now();
    await page.goto(served.url + url);
    await page.waitForSelector(selector, {timeout: 60000}).catch(() => {});
    const text = (await page.textContent(selector.split(':')[0].split('.')[0])) || '';
    // The reader names the file's whole size, 65 MiB, which only its Content-Length gave: it was
    // refused before a byte of it was read (counted while arriving, it would stop at 64 MiB).
    check(/64 MiB|64,0\s?Mo|64\.0 MB/.test(text) && text.includes('huge.json') && (url.startsWith('text.html') || text.includes('65 MiB, over the 64 MiB limit')),
      `${url}: too big, said in ${Date.now() - started} ms (${text.trim().replace(/\s+/g, ' ').slice(0, 160)})`);
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

  // No WebGL2: said in words; a browser without it at all does not even download the program.
  // One that has WebGL2 but cannot make a context (a blocked GPU) is told the same.
  for (const withoutApi of [true, false]) {
    page = await watchedPage(browser, served.origin);
    await page.addInitScript((noApi) => {
      const real = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : real.call(this, type, ...rest);
      };
      if (noApi) delete window.WebGL2RenderingContext;
    }, withoutApi);
    await page.goto(served.url);
    await page.waitForSelector('#problem:not([hidden])', {timeout: 30000}).catch(() => {});  // long: a loaded machine is slow to say it
    const webgl = (await page.textContent('#problem-message')) || '';
    const fetched = page.requests.filter((u) => /\.(wasm|json|otf)$/.test(new URL(u).pathname));
    check(webgl.includes('WebGL 2') && (!withoutApi || fetched.length === 0) && page.problems.length === 0,
      `a browser ${withoutApi ? 'without WebGL2 gets a message and fetches nothing' : 'refusing a WebGL2 context gets a message'} ` +
      `(${webgl}; fetched: ${fetched.map((u) => new URL(u).pathname).join(' ') || 'nothing'})`);
    await page.context().close();
  }
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

// A site whose frise.wasm is cut short (an interrupted upload): the page says the program stopped.
const cut = fs.mkdtempSync(path.join(os.tmpdir(), 'frise-cutwasm-'));
fs.cpSync(site, cut, {recursive: true});
const wasmPath = path.join(cut, 'frise.wasm');
fs.writeFileSync(wasmPath, fs.readFileSync(wasmPath).subarray(0, 100000));
const third = await run(cut, {}, async ({browser, served, check}) => {
  const page = await watchedPage(browser, served.origin);
  await page.goto(served.url);
  await page.waitForSelector('#problem:not([hidden])', {timeout: 30000}).catch(() => {});
  const text = (await page.textContent('#problem-message')) || '';
  check(text.startsWith('Frise s’est arrêtée') || text.startsWith('Frise stopped'), `a truncated frise.wasm is explained (${text})`);
  fs.rmSync(cut, {recursive: true, force: true});
});
finish(first, second, third);
