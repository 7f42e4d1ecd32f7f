// Before the engine is ready, the loading card shows the words of the panel the comic opens on,
// read from the story as soon as it arrives (the poster): the first panel's headline and
// caption, or a linked panel's in the link's language; plain text, never markup; gone once the
// comic is drawn. Here frise.wasm is held back, so the poster is seen while only the page runs.
//   node web_poster.test.mjs SITE_DIR
import {finish, run, storyPanels, waitReady, watchedPage} from './harness.mjs';

const [site] = process.argv.slice(2);
const panels = storyPanels(site);
const textOf = (text, lang) => (typeof text === 'string' ? text : (text && (text[lang] || text.fr)) || '');

// Opens `query`, holding frise.wasm until the poster has been read; returns what it showed.
async function posterOf(browser, served, query) {
  const page = await watchedPage(browser, served.origin, {width: 360, height: 640});
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route(/frise\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(served.url + query);
  const seen = await page.waitForSelector('#poster:not([hidden])', {timeout: 20000}).then(() => true).catch(() => false);
  const shown = await page.evaluate(() => ({
    title: document.getElementById('poster-title').textContent,
    headline: document.getElementById('poster-headline').textContent,
    caption: document.getElementById('poster-caption').textContent,
    markup: document.getElementById('poster').querySelectorAll('*:not(p):not(h1)').length,
  }));
  release();
  const ready = await waitReady(page).then(() => true).catch(() => false);
  const gone = await page.evaluate(() => document.getElementById('loading').hidden);
  const problems = page.problems.slice();
  await page.context().close();
  return {seen, shown, ready, gone, problems};
}

finish(await run(site, {}, async ({browser, served, check}) => {
  const first = await posterOf(browser, served, '');
  check(first.seen, 'the poster shows before the program has arrived');
  check(first.shown.headline === textOf(panels[0].headline, 'fr') && first.shown.title.startsWith('Road 45'),
    `it holds the first panel's headline and the story's title (${JSON.stringify(first.shown)})`);
  check(first.shown.markup === 0, 'as plain text');
  check(first.ready && first.gone, 'and leaves with the loading card once the comic is ready');
  check(first.problems.length === 0, `no console error (${first.problems.join('; ')})`);

  // A link to a panel with a caption, in English.
  const linked = panels.find((p, i) => i > 2 && p.headline && p.caption && typeof p.caption === 'object' && p.caption.en);
  const other = await posterOf(browser, served, `?lang=en#${linked.id}`);
  check(other.seen && other.shown.headline === textOf(linked.headline, 'en') && other.shown.caption === textOf(linked.caption, 'en'),
    `a linked panel's poster is that panel's, in the link's language (${JSON.stringify(other.shown)}, wanted ${linked.id})`);
}));
