// The page asks for what the comic needs from its first script, in parallel with frise.wasm:
// the story and the fonts it draws with start downloading before the program runs, each once
// (C++ takes those responses instead of fetching again). OpenDyslexic is fetched only when a
// reader picks it: the comic keeps reading in Comic Neue while it arrives, then draws in it; a
// reload with the saved setting, or font=dyslexia, opens in OpenDyslexic, fetched by the page
// before the program runs, and never fetches Comic Neue's story faces for nothing. An OpenDyslexic that cannot be had
// leaves the comic in Comic Neue, with a warning the reader sees.
//   node web_early_fetch.test.mjs SITE_DIR
import {finish, pressKey, run, waitPanel, waitReady, watchedPage} from './harness.mjs';

const [site] = process.argv.slice(2);

// When the program started running (Emscripten's onRuntimeInitialized), in the page's clock.
function markRuntime() {
  let module;
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get: () => module,
    set(value) {
      module = value;
      const initialized = value.onRuntimeInitialized;
      value.onRuntimeInitialized = function () {
        window.runtimeStarted = performance.now();
        if (initialized) initialized();
      };
    },
  });
}

// Every request of the page for a file named `name`, with when it started (resource timing).
const started = (page, name) => page.evaluate((n) => performance.getEntriesByType('resource')
  .filter((e) => new URL(e.name).pathname.endsWith('/' + n)).map((e) => e.startTime), name);
const press = async (page, key) => {
  await pressKey(page, key);
  await page.waitForTimeout(120);
};
const fontOf = (page) => page.evaluate(() => window.frise.current().font);

finish(await run(site, {}, async ({browser, served, check}) => {
  const page = await watchedPage(browser, served.origin);
  await page.addInitScript(markRuntime);
  // OpenDyslexic takes its time, so the reader is seen reading on while it comes.
  // Held back until the test has seen the reader read on (a fixed delay raced a loaded machine).
  let dyslexiaAsked = 0;
  let releaseDyslexia;
  const dyslexiaHeld = new Promise((done) => { releaseDyslexia = done; });
  await page.route(/OpenDyslexic-(Regular|Bold)\.otf$/, async (route) => {
    dyslexiaAsked++;
    await dyslexiaHeld;
    await route.continue();
  });
  await page.goto(served.url);
  const ready = await waitReady(page);
  const runtime = await page.evaluate(() => window.runtimeStarted);
  for (const name of ['road45.json', 'ComicNeue-Regular.otf', 'ComicNeue-Bold.otf', 'Cantarell-Regular.otf', 'Cantarell-Bold.otf']) {
    const times = await started(page, name);
    check(times.length === 1 && times[0] < runtime,
      `${name} was fetched once, before the program ran (at ${times.map(Math.round)} ms; the program at ${Math.round(runtime)} ms)`);
  }
  check(ready.font === 'comic' && dyslexiaAsked === 0, `the comic opens in Comic Neue, OpenDyslexic not fetched (${ready.font}, ${dyslexiaAsked})`);

  // Settings: the dyslexia-friendly font (the sixth control), turned on with Space.
  await page.click('#canvas', {position: {x: 512, y: 384}});
  await press(page, 's');
  for (let i = 0; i < 5; i++) await press(page, 'ArrowDown');
  await press(page, ' ');
  await press(page, 'Escape');
  await press(page, 'ArrowRight');
  const meanwhile = await waitPanel(page, 1);
  check(meanwhile && meanwhile.font === 'comic', `while OpenDyslexic arrives the reader reads on, in Comic Neue (${meanwhile && meanwhile.font})`);
  releaseDyslexia();
  const switched = await page.waitForFunction(() => window.frise.current().font === 'dyslexia', null, {timeout: 20000})
    .then(() => true).catch(() => false);
  check(switched && (await page.evaluate(() => window.frise.current().index)) === 1,
    'then the panel is drawn again in OpenDyslexic, where the reader is');
  check((await started(page, 'OpenDyslexic-Regular.otf')).length === 1 && (await started(page, 'OpenDyslexic-Bold.otf')).length === 1,
    'each OpenDyslexic face was fetched once');

  // The setting is remembered: the next visit opens in OpenDyslexic.
  await page.unroute(/OpenDyslexic/);
  await page.reload();  // markRuntime, an init script, runs again in the new document
  const again = await waitReady(page);
  check(again.font === 'dyslexia', `a reload with the setting saved opens in OpenDyslexic (${again.font})`);
  const runtimeAgain = await page.evaluate(() => window.runtimeStarted);
  const savedRegular = await started(page, 'OpenDyslexic-Regular.otf');
  const savedComic = [...await started(page, 'ComicNeue-Regular.otf'), ...await started(page, 'ComicNeue-Bold.otf')];
  check(savedRegular.length === 1 && savedRegular[0] < runtimeAgain && savedComic.length === 0,
    `the saved setting has the page fetch OpenDyslexic before the program runs, not Comic Neue (${savedRegular.map(Math.round)}, ${savedComic.length})`);
  check(page.problems.length === 0, `no console error${page.problems.length ? ': ' + page.problems.join(' | ') : ''}`);
  await page.context().close();

  // font=dyslexia: OpenDyslexic is fetched at once with the program, Comic Neue's faces never.
  const linked = await watchedPage(browser, served.origin);
  await linked.addInitScript(markRuntime);
  await linked.goto(served.url + 'index.html?font=dyslexia');
  const opened = await waitReady(linked);
  const runtimeLinked = await linked.evaluate(() => window.runtimeStarted);
  const regular = await started(linked, 'OpenDyslexic-Regular.otf');
  const comic = [...await started(linked, 'ComicNeue-Regular.otf'), ...await started(linked, 'ComicNeue-Bold.otf')];
  check(opened.font === 'dyslexia' && regular.length === 1 && regular[0] < runtimeLinked && comic.length === 0,
    `font=dyslexia opens in OpenDyslexic, fetched before the program ran, Comic Neue not fetched (${opened.font}, ${regular.map(Math.round)}, ${comic.length})`);
  check(linked.problems.length === 0, `no console error${linked.problems.length ? ': ' + linked.problems.join(' | ') : ''}`);
  await linked.context().close();

  // OpenDyslexic cannot be had (a host that did not upload it): the comic opens in Comic Neue,
  // and the reader is told, as a warning in the app (its count in the events), not only in the
  // console.
  const lost = await watchedPage(browser, served.origin);
  await lost.route(/OpenDyslexic-(Regular|Bold)\.otf$/, (route) => route.fulfill({status: 404, body: 'gone'}));
  await lost.goto(served.url + 'index.html?font=dyslexia');
  const fallback = await waitReady(lost);
  const counted = await lost.waitForFunction(() => window.frise.current().warnings >= 1, null, {timeout: 10000})
    .then(() => true).catch(() => false);
  check(fallback && fallback.font === 'comic' && counted,
    `without OpenDyslexic the comic opens in Comic Neue and counts the lost font among its warnings (${fallback && fallback.font}, ${await lost.evaluate(() => window.frise.current().warnings)})`);
  await lost.context().close();
}));
