// Touch, as on a phone: a swipe to the left brings the next panel, a tap on the right third
// moves on, a tap on the left third goes back, and a two-finger pinch zooms into the panel
// without turning it.
//   node web_touch.test.mjs SITE_DIR
import {finish, run, storyPanels, waitPanel, waitReady, watchedPage} from './harness.mjs';

const [site] = process.argv.slice(2);
const panels = storyPanels(site);

finish(await run(site, {}, async ({browser, served, check}) => {
  const page = await watchedPage(browser, served.origin, {width: 400, height: 700}, {hasTouch: true, isMobile: true});
  await page.goto(served.url);
  await waitReady(page);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, points) =>
    cdp.send('Input.dispatchTouchEvent', {type, touchPoints: points.map(([x, y], id) => ({x, y, id}))});
  // A gesture spread over frames, as fingers are.
  const drag = async (from, to, steps = 8) => {
    await touch('touchStart', from);
    for (let i = 1; i <= steps; i++) {
      await touch('touchMove', from.map(([x, y], k) => [x + ((to[k][0] - x) * i) / steps, y + ((to[k][1] - y) * i) / steps]));
      await page.waitForTimeout(30);
    }
    await touch('touchEnd', []);
  };

  await drag([[300, 300]], [[80, 310]]);
  const swiped = await waitPanel(page, 1);
  check(swiped && swiped.id === panels[1].id, `a swipe to the left brings the next panel (${swiped && swiped.id})`);

  await drag([[360, 300]], [[360, 300]], 1);  // a tap in the right third
  const tapped = await waitPanel(page, 2);
  check(tapped && tapped.id === panels[2].id, `a tap on the right third moves on (${tapped && tapped.id})`);
  await drag([[40, 300]], [[40, 300]], 1);  // a tap in the left third
  const back = await waitPanel(page, 1);
  check(back && back.id === panels[1].id, `a tap on the left third goes back (${back && back.id})`);

  await drag([[180, 300], [220, 300]], [[60, 300], [340, 300]], 10);
  const zoomed = await page.waitForFunction(() => window.friseStatus.zoom && window.friseStatus.zoom.zoom > 1.3 ? window.friseStatus.zoom : null,
    null, {timeout: 10000}).then((h) => h.jsonValue()).catch(() => null);
  check(zoomed !== null, `a pinch zooms into the panel (zoom ${zoomed && zoomed.zoom})`);
  await page.waitForTimeout(300);
  check((await page.evaluate(() => window.frise.current().index)) === 1, 'the pinch did not turn the panel');
  check(page.problems.length === 0, `no console errors (${page.problems.join(' | ')})`);
}));
