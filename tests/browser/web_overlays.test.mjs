// An overlay has the keyboard, as a dialog does: with Settings open the arrows, Space and Tab
// work its controls (Tab and Up/Down between them, Left/Right change one) and never move the
// comic behind it (Tab keeps the focus in the comic); the overview closes with Esc, and it and
// the search pick with the arrows and open with Enter; after L the page's own words (the skip
// link, the canvas's name) are in the new language.
//   node web_overlays.test.mjs SITE_DIR
import {finish, pressKey, run, storyPanels, waitPanel, waitReady, watchedPage} from './harness.mjs';

const [site] = process.argv.slice(2);
const panels = storyPanels(site);

const overlay = (page) => page.evaluate(() => (window.friseStatus.overlay || {}).overlay || 'none');
const index = (page) => page.evaluate(() => window.frise.current().index);
const waitOverlay = (page, name) =>
  page.waitForFunction((n) => ((window.friseStatus.overlay || {}).overlay || 'none') === n, name, {timeout: 10000})
    .then(() => true).catch(() => false);
// A key press answered by a frame: its effect shows a moment later.
const press = async (page, key) => {
  await pressKey(page, key);
  await page.waitForTimeout(120);
};

finish(await run(site, {}, async ({browser, served, check}) => {
  const page = await watchedPage(browser, served.origin);
  await page.goto(served.url);
  await waitReady(page);
  await page.click('#canvas', {position: {x: 512, y: 384}});  // the centre: focus, no page turn
  check((await index(page)) === 0, 'the comic opens at its first panel');

  // Settings.
  await press(page, 's');
  check(await waitOverlay(page, 'settings'), 'S opens the settings, and the page hears it');
  await press(page, 'ArrowRight');  // the language control: English
  await press(page, ' ');
  await press(page, 'Tab');
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  check(focused === 'canvas', `Tab in the settings keeps the focus in the comic (${focused})`);
  await page.keyboard.down('Shift');
  await press(page, 'Tab');
  await page.keyboard.up('Shift');
  check(await page.evaluate(() => document.activeElement.id === 'canvas'), 'so does Shift+Tab');
  // Tab moved from the language to the theme, Shift+Tab back: Tab again and ArrowRight darken it;
  // ArrowDown to the text size and ArrowRight make the text larger (each change is announced
  // with the reader's settings).
  const settings = () => page.evaluate(() => window.frise.current().settings);
  await press(page, 'Tab');
  await press(page, 'ArrowRight');
  await page.waitForFunction(() => window.frise.current().settings.theme === 'dark', null, {timeout: 10000}).catch(() => null);
  check((await settings()).theme === 'dark', `Tab moved to the theme and ArrowRight changed it (${JSON.stringify(await settings())})`);
  await press(page, 'ArrowDown');
  await press(page, 'ArrowRight');
  await page.waitForFunction(() => window.frise.current().settings.text_size > 1.05, null, {timeout: 10000}).catch(() => null);
  const larger = await settings();
  check(larger.text_size > 1.05 && larger.theme === 'dark', `ArrowDown moved to the text size and ArrowRight enlarged it (${JSON.stringify(larger)})`);
  await press(page, 'ArrowLeft');
  await page.waitForTimeout(300);
  check((await index(page)) === 0, 'ArrowRight, Space, Tab and the arrows in the settings did not move the comic behind');
  await press(page, 'Escape');
  check(await waitOverlay(page, 'none'), 'Esc closes the settings');
  await press(page, 'ArrowRight');
  check((await waitPanel(page, 1)) !== null, 'after Esc, ArrowRight moves the comic again');

  // The language: L, and the page's own words follow.
  const before = await page.$eval('#text-link', (a) => a.textContent);
  await press(page, 'l');
  const renamed = await page.waitForFunction((b) => document.getElementById('text-link').textContent !== b, before,
    {timeout: 10000}).then(() => true).catch(() => false);
  const after = await page.evaluate(() => [document.getElementById('text-link').textContent, document.documentElement.lang,
    window.frise.current().language]);
  check(renamed && after[0] === 'Text version' && after[1] === 'en' && after[2] === 'en',
    `after L the skip link and the page's language follow the comic (${before} -> ${after})`);

  // The overview: Esc closes it where it was; the arrows move the highlighted thumbnail, Enter opens it.
  await press(page, 'o');
  check(await waitOverlay(page, 'overview'), 'O opens the overview');
  await press(page, 'ArrowRight');
  await press(page, 'Escape');
  check(await waitOverlay(page, 'none'), 'Esc closes the overview');
  await page.waitForTimeout(300);
  check((await index(page)) === 1, 'Esc in the overview opened nothing');
  await press(page, 'o');
  check(await waitOverlay(page, 'overview'), 'O opens the overview again');
  await press(page, 'ArrowRight');
  await press(page, 'ArrowRight');
  await press(page, 'ArrowDown');
  await press(page, 'ArrowLeft');
  check((await index(page)) === 1, 'the arrows in the overview did not move the comic behind');
  await press(page, 'Enter');
  check(await waitOverlay(page, 'none'), 'Enter closes the overview');
  await page.waitForTimeout(400);
  const now = await index(page);
  check(now > 2 && now < panels.length, `Enter opened the highlighted thumbnail, a row below the second (${now})`);

  // The search: type, the arrows pick a result, Enter opens it.
  await press(page, '/');
  check(await waitOverlay(page, 'search'), '/ opens the search');
  await page.keyboard.type('cloud', {delay: 60});
  await page.waitForTimeout(300);
  await press(page, 'ArrowDown');
  check((await index(page)) === now, 'typing and the arrows in the search did not move the comic');
  await press(page, 'Enter');
  check(await waitOverlay(page, 'none'), 'Enter closes the search');
  await page.waitForTimeout(400);
  const found = await page.evaluate(() => window.frise.current());
  const words = JSON.stringify(found.text).toLowerCase();
  check(found.index !== now && words.includes('cloud'), `Enter opened the second result, a panel that says "cloud" (${found.id})`);

  check(page.problems.length === 0, `no console error${page.problems.length ? ': ' + page.problems.join(' | ') : ''}`);
}));
