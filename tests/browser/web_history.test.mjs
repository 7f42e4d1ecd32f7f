// The current panel lives in the URL hash: a copied link (#air-gap) opens that panel, even over
// panel=; each move adds a history entry; Back and Forward move between panels without adding any.
//   node web_history.test.mjs SITE_DIR
import {finish, pressKey, run, storyPanels, waitPanel, waitReady, watchedPage} from './harness.mjs';

const [site] = process.argv.slice(2);
const panels = storyPanels(site);
const at = panels.findIndex((p) => p.id === 'air-gap');

finish(await run(site, {}, async ({browser, served, check}) => {
  const page = await watchedPage(browser, served.origin);
  await page.goto(served.url + `index.html?panel=${panels[2].id}#air-gap`);
  const ready = await waitReady(page);
  check(ready.id === 'air-gap' && ready.index === at, `#air-gap opened that panel over panel= (${ready.id})`);
  const startLength = await page.evaluate(() => history.length);
  check(new URL(page.url()).hash === '#air-gap', `the hash still names the panel (${page.url()})`);

  await page.click('#canvas', {position: {x: 512, y: 384}});
  await pressKey(page, 'ArrowRight');
  const next = await waitPanel(page, at + 1);
  check(next && new URL(page.url()).hash === '#' + panels[at + 1].id, `a move writes the new panel in the hash (${page.url()})`);
  await pressKey(page, 'ArrowRight');
  await waitPanel(page, at + 2);
  check((await page.evaluate(() => history.length)) === startLength + 2, 'each move added one history entry');

  await page.goBack();
  const back = await waitPanel(page, at + 1);
  check(back && back.id === panels[at + 1].id, `Back returned to the previous panel (${back && back.id})`);
  await page.goBack();
  const back2 = await waitPanel(page, at);
  check(back2 && back2.id === 'air-gap', `Back again returned to air-gap (${back2 && back2.id})`);
  await page.goForward();
  const forward = await waitPanel(page, at + 1);
  check(forward && forward.id === panels[at + 1].id, `Forward moved on again (${forward && forward.id})`);
  check((await page.evaluate(() => history.length)) === startLength + 2, 'Back and Forward added no entry');
  const mirror = await page.textContent('#mirror');
  check(mirror.includes(panels[at + 1].headline.fr), 'the text mirror followed the history moves');

  // A hash typed into the address bar moves too.
  await page.evaluate(() => { location.hash = '#road-end'; });
  const typed = await waitPanel(page, 'road-end');
  check(typed !== null, 'a typed hash moves to that panel');

  // A fresh load with only a hash, in a new tab.
  const other = await watchedPage(browser, served.origin);
  await other.goto(served.url + '#karpman');
  const opened = await waitReady(other);
  check(opened.id === 'karpman', `a copied link with a hash opens that panel (${opened.id})`);
  check(page.problems.length + other.problems.length === 0, `no console error${page.problems.concat(other.problems).join(' | ')}`);
}));
