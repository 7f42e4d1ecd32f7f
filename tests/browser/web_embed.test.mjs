// The example article (embed.html) holds the comic in an iframe: its buttons drive it by
// postMessage and it lists the panel events the iframe posts back. The host page's arrow keys
// never move the comic; once the iframe is clicked, they do. Malformed messages and messages
// from origins not listed in parent= are ignored; a hash in the iframe's URL opens that panel.
// Framed by a page parent= does not name, the comic does not resume where the reader stopped
// (it opens at its first panel, or the hash's) and leaves the saved state alone; framed by an
// allowed one, it resumes; an allowed parent is told of a refused story by a frise:error message.
//   node web_embed.test.mjs SITE_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import {finish, pressKey, run, storyPanels, waitPanel, watchedPage} from './harness.mjs';

const [site, outDir] = process.argv.slice(2);
fs.mkdirSync(outDir, {recursive: true});
const panels = storyPanels(site);
// A host page of the test's own, opened at http://localhost:… : its iframe shows the comic from
// http://127.0.0.1:… (another origin), with the query it is given.
const hostPage = `<!doctype html><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,"><body><script>
const f = document.createElement('iframe');
f.width = 720; f.height = 480; f.title = 'comic';
f.src = location.href.replace('//localhost', '//127.0.0.1').replace(/host-test[.]html.*$/, 'index.html?story=road45') +
  new URLSearchParams(location.search).get('q');
document.body.append(f);
</script>`;

const comicFrame = async (page) => {
  const handle = await page.waitForSelector('#frise');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.friseStatus && window.friseStatus.ready, null, {timeout: 60000});
  return frame;
};

finish(await run(site, {subfolder: true, extra: {'host-test.html': hostPage}}, async ({browser, served, check}) => {
  const page = await watchedPage(browser, served.origin, {width: 1100, height: 1400});
  await page.goto(served.url + 'embed.html');
  const iframe = await page.$eval('#frise', (f) => ({w: f.width, h: f.height, title: f.title, allow: f.getAttribute('allow')}));
  check(iframe.w === '720' && iframe.h === '480' && iframe.title.length > 10 && iframe.allow === 'fullscreen',
    `the iframe is 720x480 with a title and allow="fullscreen" (${JSON.stringify(iframe)})`);
  const frame = await comicFrame(page);
  await page.waitForFunction(() => document.querySelectorAll('#events li').length >= 1);
  check((await page.textContent('#events')).includes(`frise:ready ${panels[0].id} #0`), 'the article received frise:ready from the iframe');
  check((await frame.evaluate(() => document.activeElement.id)) !== 'canvas', 'the comic does not take focus inside a page');

  await page.click('#next');
  const second = await waitPanel(frame, 1);
  check(second && second.id === panels[1].id, `the article's "next" button moved the comic (${second && second.id})`);
  await page.waitForFunction((id) => document.getElementById('events').textContent.includes(`frise:panel ${id} #1`), panels[1].id, {timeout: 5000}).catch(() => {});
  check((await page.textContent('#events')).includes(`frise:panel ${panels[1].id} #1`), 'the article received the frise:panel event');
  await page.click('#goto-air-gap');
  check((await waitPanel(frame, 'air-gap')) !== null, 'frise:goto air-gap moved the comic');
  await page.waitForFunction(() => document.getElementById('current').textContent.startsWith('air-gap'), null, {timeout: 5000}).catch(() => {});
  check((await page.textContent('#current')).startsWith('air-gap'), 'the article shows the panel it was told about');
  await page.click('#prev');
  const before = await waitPanel(frame, panels.findIndex((p) => p.id === 'air-gap') - 1);
  check(before !== null, 'the "previous" button moved back');
  await page.screenshot({path: path.join(outDir, 'embed.png')});

  // Malformed messages change nothing and break nothing.
  const index = (await frame.evaluate(() => window.frise.current().index));
  await page.evaluate(() => {
    const w = document.getElementById('frise').contentWindow, o = location.origin;
    for (const m of [null, 'frise:next', ['frise:next'], {type: 42}, {type: 'frise:goto'}, {type: 'frise:goto', id: 42},
      {type: 'frise:goto', id: 'x'.repeat(5000)}, {type: 'frise:goto', id: 'no such/panel'}, {type: 'frise:jump', id: 'cover'},
      {type: 'FRISE:NEXT'}]) w.postMessage(m, o);
  });
  await page.waitForTimeout(800);
  check((await frame.evaluate(() => window.frise.current().index)) === index, 'malformed messages were ignored');

  // The host page's keys stay the host page's.
  await page.click('h1');
  await pressKey(page, 'ArrowRight');
  await pressKey(page, 'ArrowRight');
  await page.waitForTimeout(800);
  check((await frame.evaluate(() => window.frise.current().index)) === index, 'ArrowRight on the host page left the comic alone');
  const box = await (await page.$('#frise')).boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await pressKey(page, 'ArrowRight');
  const moved = await waitPanel(frame, index + 1);
  check(moved !== null, 'after a click in the iframe, ArrowRight moves the comic');
  const savedState = () => page.evaluate(() => localStorage.getItem('frise.state') || '');
  // The position is written a moment after the move (saves are coalesced), not at once.
  const savedSoon = async (text) => {
    for (let i = 0; i < 30; ++i) {
      if ((await savedState()).includes(text)) return true;
      await page.waitForTimeout(100);
    }
    return false;
  };
  check(moved && (await savedSoon(`"panel":"${moved.id}"`)), `the reading position is saved (${moved && moved.id})`);

  // parent= lists other origins: this page is not obeyed and gets nothing.
  const received = await page.evaluate(() => document.querySelectorAll('#events li').length);
  await page.evaluate(() => { document.getElementById('frise').src = 'index.html?story=road45&parent=https://a.example'; });
  const strict = await comicFrame(page);
  const stay = await strict.evaluate(() => window.frise.current().index);
  check(stay === 0, `framed by a page parent= does not name, the comic opens at its first panel, not where the reader stopped (${stay})`);
  await page.click('#next');
  await page.waitForTimeout(1000);
  check((await strict.evaluate(() => window.frise.current().index)) === stay, 'with parent=https://a.example, this origin is not obeyed');
  check((await page.evaluate(() => document.querySelectorAll('#events li').length)) === received, 'and nothing is posted to it');
  // The reader moves in it (its own window.frise): that move is not saved either.
  await strict.evaluate(() => window.frise.next());
  const strictMoved = (await waitPanel(strict, stay + 1)) !== null;
  await page.waitForTimeout(1500);  // longer than a save takes to come
  check(strictMoved && moved && (await savedState()).includes(`"panel":"${moved.id}"`) &&
    !(await savedState()).includes(`"panel":"${panels[stay + 1].id}"`), 'a move inside that frame is not saved');

  // A hash in the iframe's URL opens that panel. The frame reloads: until its new document is
  // ready, the old one (or none) answers, so ask until the new one does.
  await page.evaluate(() => { document.getElementById('frise').src = 'index.html?story=road45#karpman'; });
  let ready = null;
  for (let tries = 0; tries < 300 && !ready; ++tries) {
    try {
      const frame = await (await page.$('#frise')).contentFrame();
      if (frame && frame.url().includes('#karpman')) ready = await frame.evaluate(() => window.friseStatus && window.friseStatus.ready);
    } catch (e) {
      // the document went away while we asked: ask the next one
    }
    if (!ready) await page.waitForTimeout(200);
  }
  check(ready && ready.id === 'karpman', `a hash link opens its panel inside an iframe too (${ready && ready.id})`);
  check(moved && (await savedState()).includes(`"panel":"${moved.id}"`), 'the strict frame left the saved position alone');

  // Framed by its own origin (allowed by default), with no hash: the comic resumes where the
  // reader last moved to (a panel opened by a link is not a move: it is not saved).
  await page.evaluate(() => { document.getElementById('frise').src = 'index.html?story=road45&resume'; });
  let resumed = null;
  for (let tries = 0; tries < 300 && !resumed; ++tries) {
    try {
      const frame = await (await page.$('#frise')).contentFrame();
      if (frame && frame.url().includes('&resume')) resumed = await frame.evaluate(() => window.friseStatus && window.friseStatus.ready);
    } catch (e) {
      // as above
    }
    if (!resumed) await page.waitForTimeout(200);
  }
  check(resumed && moved && resumed.id === moved.id,
    `framed by an allowed parent, the comic resumes where the reader stopped (${resumed && resumed.id})`);

  // A page on another origin (localhost instead of 127.0.0.1, same server): obeyed and told
  // only when parent= names it, and then posted to at that origin exactly. (This Chromium denies
  // storage to a cross-site frame altogether, so resuming is proven above, with embed.html and a
  // parent= that does not name it; here the comic opens at its first or its hash's panel.)
  const hostOrigin = served.origin.replace('127.0.0.1', 'localhost');
  const host = await watchedPage(browser, served.origin);
  await host.addInitScript(() => {
    window.got = [];
    window.addEventListener('message', (e) => window.got.push({origin: e.origin, data: e.data}));
  });
  const visit = async (query) => {
    await host.goto(`${served.url.replace('127.0.0.1', 'localhost')}host-test.html?q=${encodeURIComponent(query)}`);
    return (await host.waitForSelector('iframe')).contentFrame();
  };
  const fromComic = async () => (await host.evaluate(() => window.got))
    .filter((m) => m.origin === served.origin && m.data && String(m.data.type).startsWith('frise:'));
  for (const [allowed, query] of [[true, `&parent=${hostOrigin},https://b.example`], [false, ''], [false, '#air-gap']]) {
    const other = await visit(query);
    const ready = await other.waitForFunction(() => window.friseStatus && window.friseStatus.ready, null, {timeout: 60000})
      .then((h) => h.jsonValue());
    const start = ready.index;
    await host.evaluate((o) => document.querySelector('iframe').contentWindow.postMessage({type: 'frise:next'}, o), served.origin);
    const moved = await waitPanel(other, start + 1, allowed ? 20000 : 1500);
    await host.waitForTimeout(300);
    const got = await fromComic();
    if (allowed) {
      check(moved !== null && got.some((m) => m.data.type === 'frise:ready') && got.some((m) => m.data.type === 'frise:panel'),
        `parent=${hostOrigin}: that page is obeyed and receives ready and panel (${got.map((m) => m.data.type)})`);
    } else {
      check(moved === null && got.length === 0, `without parent=, another origin is neither obeyed nor told (${got.length} messages)`);
      const wanted = query ? 'air-gap' : panels[0].id;
      check(ready.id === wanted, `framed by it, the comic opens at ${query ? "the hash's panel" : 'its first panel'} (${ready.id})`);
    }
  }
  // A refused story is told to an allowed parent (two story= parameters here: road45 and evil).
  const refusedFrame = await visit(`&story=${encodeURIComponent('https://evil.example/x.json')}&parent=${hostOrigin}`);
  await refusedFrame.waitForSelector('#problem:not([hidden])', {timeout: 10000}).catch(() => {});
  await host.waitForFunction((o) => window.got.some((m) => m.origin === o && m.data && m.data.type === 'frise:error'), served.origin,
    {timeout: 5000}).catch(() => {});
  const told = (await fromComic()).filter((m) => m.data.type === 'frise:error');
  check(told.length === 1 && told[0].data.reason === 'refused' && typeof told[0].data.message === 'string',
    `a refused story is posted to the allowed parent as frise:error (${JSON.stringify(told.map((m) => m.data)).slice(0, 160)})`);
  check(host.problems.length === 0, `no console error on the other origin's page${host.problems.join(' | ')}`);
  await host.context().close();

  check(page.foreign.length === 0, `no request left the origin ${page.foreign.join(' ')}`);
  check(page.problems.length === 0, `no console error or CSP violation${page.problems.length ? ': ' + page.problems.join(' | ') : ''}`);
}));
