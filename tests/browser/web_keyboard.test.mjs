// Keys move the comic while its canvas has focus: ArrowRight, End, Home; Tab still leaves it
// (keyboard users are never trapped) and brings back the focus outline.
//   node web_keyboard.test.mjs SITE_DIR
import {finish, pressKey, run, storyPanels, waitPanel, waitReady, watchedPage} from './harness.mjs';

const [site] = process.argv.slice(2);
const panels = storyPanels(site);
const last = panels.length - 1;

finish(await run(site, {}, async ({browser, served, check}) => {
  const page = await watchedPage(browser, served.origin);
  await page.goto(served.url);
  await waitReady(page);
  check(await page.evaluate(() => document.activeElement.id === 'canvas'), 'the canvas has focus on its own page');
  await page.click('#canvas', {position: {x: 512, y: 384}});
  await pressKey(page, 'ArrowRight');
  const second = await waitPanel(page, 1);
  check(second && second.id === panels[1].id, `ArrowRight moved to the second panel (${second && second.id})`);
  await pressKey(page, 'End');
  const end = await waitPanel(page, last);
  check(end && end.id === panels[last].id, `End moved to the last panel (${end && end.id})`);
  await pressKey(page, 'Home');
  const home = await waitPanel(page, 0);
  check(home && home.id === panels[0].id, `Home moved back to the first panel (${home && home.id})`);
  await pressKey(page, 'ArrowLeft');
  await page.waitForTimeout(300);
  check((await page.evaluate(() => window.frise.current().index)) === 0, 'ArrowLeft on the first panel stays there');

  const outlineBefore = await page.evaluate(() => getComputedStyle(document.getElementById('canvas')).outlineStyle);
  await page.keyboard.press('Shift+Tab');
  const left = await page.evaluate(() => document.activeElement && document.activeElement.id);
  check(left === 'text-link', `Shift+Tab leaves the comic for the text-version link (${left})`);
  const link = await page.$eval('#text-link', (a) => {
    const r = a.getBoundingClientRect();
    return {visible: r.top >= 0 && r.bottom <= innerHeight && r.width > 0, href: a.getAttribute('href')};
  });
  check(link.visible && link.href.startsWith('text.html?story='), `the focused text-version link is on screen (${JSON.stringify(link)})`);
  await page.keyboard.press('Tab');
  const back = await page.evaluate(() => [document.activeElement.id, getComputedStyle(document.activeElement).outlineStyle]);
  check(back[0] === 'canvas' && back[1] === 'solid' && outlineBefore === 'none',
    `Tab comes back to the canvas, now outlined (${back}; before: ${outlineBefore})`);
  await pressKey(page, 'ArrowRight');
  const again = await waitPanel(page, 1);
  check(again !== null, 'keys work again after Tab');
  check(page.problems.length === 0, `no console error${page.problems.length ? ': ' + page.problems.join(' | ') : ''}`);
}));
