// window.frise, for scripts on the page: goTo(id), next(), prev(), current(), and
// on(ready|panel|error, handler) returning an unsubscribe function; a 'ready' handler added
// after the first panel is drawn is called at once; commands given before that wait for it.
//   node web_api.test.mjs SITE_DIR
import {finish, run, storyPanels, waitPanel, waitReady, watchedPage} from './harness.mjs';

const [site] = process.argv.slice(2);
const panels = storyPanels(site);

finish(await run(site, {}, async ({browser, served, check}) => {
  const page = await watchedPage(browser, served.origin);
  // A host script that subscribes and commands before anything is loaded.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.early = {ready: [], current: window.frise.current(), queued: window.frise.goTo('karpman')};
      window.frise.on('ready', (d) => window.early.ready.push(d.id));
    });
  });
  await page.goto(served.url);
  const ready = await waitReady(page);
  const early = await page.evaluate(() => window.early);
  check(early.current === null && early.queued === true, 'before loading, current() is null and goTo is accepted');
  check(early.ready.length === 1 && early.ready[0] === ready.id, `an early ready handler was called once (${early.ready})`);
  // The bundled story has no warnings: the count is there, and 0.
  check(ready.warnings === 0, `the ready detail counts the story's warnings, none here (${ready.warnings})`);
  check((await waitPanel(page, 'karpman')) !== null, 'the goTo given before ready took effect after it');

  const late = await page.evaluate(() => new Promise((resolve) => {
    let sync = true;
    window.frise.on('ready', (d) => resolve({id: d.id, sync}));
    sync = false;
  }));
  check(late.id === ready.id && late.sync === true, `a late ready handler is called at once (${JSON.stringify(late)})`);

  await page.evaluate(() => {
    window.seen = [];
    window.stop = window.frise.on('panel', (d) => window.seen.push(d.id));
  });
  check(await page.evaluate(() => window.frise.goTo('air-gap')), 'goTo(air-gap) is accepted');
  const at = await waitPanel(page, 'air-gap');
  check(at && (await page.evaluate(() => window.frise.current().id)) === 'air-gap', 'current() is air-gap after goTo');
  const index = at.index;
  await page.evaluate(() => window.frise.next());
  check((await waitPanel(page, index + 1)) !== null, 'next() moves on');
  await page.evaluate(() => window.frise.prev());
  check((await waitPanel(page, index)) !== null, 'prev() moves back');
  const seen = await page.evaluate(() => window.seen);
  check(seen.join(' ') === ['air-gap', panels[index + 1].id, 'air-gap'].join(' '), `the panel handler saw each move (${seen})`);
  await page.evaluate(() => window.stop());
  await page.evaluate(() => window.frise.next());
  await waitPanel(page, index + 1);
  check((await page.evaluate(() => window.seen.length)) === 3, 'after unsubscribing, the handler is not called');

  const refused = await page.evaluate(() => [window.frise.goTo(42), window.frise.goTo(''), window.frise.goTo('a b'), window.frise.goTo('x'.repeat(500))]);
  check(refused.every((r) => r === false), `goTo refuses ids that are not ids (${refused})`);
  const threw = await page.evaluate(() => { try { window.frise.on('nope', () => {}); return false; } catch (e) { return e instanceof TypeError; } });
  check(threw, 'on() with an unknown event throws a TypeError');
  const detail = await page.evaluate(() => window.frise.current());
  check(detail.text && typeof detail.text.headline === 'string' && Array.isArray(detail.frame), 'current() gives the whole panel detail');
  check(page.problems.length === 0, `no console error${page.problems.length ? ': ' + page.problems.join(' | ') : ''}`);
}));
