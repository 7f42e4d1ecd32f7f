// The web edition in Debian's Chromium (driven by playwright-core, which never downloads a
// browser): it loads without console errors, says when its first panel is drawn, shows it
// (checked by frise_check_screenshot), and ArrowRight moves to the next panel.
//   node web_smoke.test.mjs SITE_DIR CHECKER OUT_DIR
import {chromium} from 'playwright-core';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {serve} from '../../scripts/serve.mjs';
import {launchOptions} from './chromium.mjs';

const [site, checker, outDir] = process.argv.slice(2);
fs.mkdirSync(outDir, {recursive: true});
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok:  ' : 'FAIL:'} ${what}`);
  if (!ok) failures++;
};

// The expected panels come from the story itself, so the test follows the story's edits.
const story = JSON.parse(fs.readFileSync(path.join(site, 'panels', 'road45.json'), 'utf8'));
const [firstId, secondId] = story.panels.map((p) => p.id);
const server = await serve(site, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage({viewport: {width: 1024, height: 768}});
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));

  await page.goto(url);
  const ready = await page.waitForFunction(() => window.friseStatus && window.friseStatus.ready, null, {timeout: 60000})
    .then((h) => h.jsonValue());
  check(ready.id === firstId && ready.index === 0, `ready fired for the first panel (${ready.id}, ${ready.index})`);

  const checkShot = (name, detail) => {
    const shot = path.join(outDir, `${name}.png`), event = path.join(outDir, `${name}.json`);
    fs.writeFileSync(event, JSON.stringify(detail));
    const [w, h] = detail.window.map((v) => Math.round(v * detail.scale));
    try {
      console.log(execFileSync(checker, [shot, event, '--size', `${w}x${h}`]).toString().trim());
      check(true, `${name}.png shows a panel with its caption`);
    } catch (e) {
      console.log(String(e.stdout || e));
      check(false, `${name}.png shows a panel with its caption`);
    }
  };
  check(await page.isHidden('#status'), 'the loading message is gone once the panel is drawn');
  await page.screenshot({path: path.join(outDir, 'first.png')});
  checkShot('first', ready);

  await page.click('#canvas', {position: {x: 512, y: 384}});  // the centre: focus, no move
  await page.keyboard.press('ArrowRight');
  const moved = await page.waitForFunction(() => {
    const panel = window.friseStatus.panel;
    return panel && panel.index === 1 ? panel : null;
  }, null, {timeout: 20000})
    .then((h) => h.jsonValue()).catch(() => null);
  check(moved && moved.id === secondId, `ArrowRight moved to the second panel (${moved && moved.id})`);
  if (moved) {
    await page.screenshot({path: path.join(outDir, 'second.png')});
    checkShot('second', moved);
    const a = fs.readFileSync(path.join(outDir, 'first.png')), b = fs.readFileSync(path.join(outDir, 'second.png'));
    check(!a.equals(b), 'the picture changed after ArrowRight');
  }

  // A phone with a HiDPI screen: the canvas has CSS size x devicePixelRatio pixels, text stays crisp.
  const phone = await browser.newPage({viewport: {width: 360, height: 640}, deviceScaleFactor: 2});
  phone.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  phone.on('pageerror', (e) => problems.push(String(e)));
  await phone.goto(url + '?panel=air-gap&lang=en');
  const phoneReady = await phone.waitForFunction(() => window.friseStatus && window.friseStatus.ready, null, {timeout: 60000})
    .then((h) => h.jsonValue());
  check(phoneReady.id === 'air-gap' && phoneReady.language === 'en', `?panel=air-gap&lang=en opened ${phoneReady.id} in ${phoneReady.language}`);
  check(phoneReady.scale === 2, `the canvas renders at devicePixelRatio 2 (scale ${phoneReady.scale})`);
  check(phoneReady.art_files.every((f) => !f.includes('/2x/')), `a phone downloads the normal art (${phoneReady.art_files})`);
  await phone.screenshot({path: path.join(outDir, 'phone.png')});
  checkShot('phone', phoneReady);

  // A 4K screen: the same panel, everything scaled up, the caption's text inside the frame.
  const large = await browser.newPage({viewport: {width: 3840, height: 2160}, deviceScaleFactor: 1});
  large.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  large.on('pageerror', (e) => problems.push(String(e)));
  await large.goto(url + '?panel=air-gap');
  const largeReady = await large.waitForFunction(() => window.friseStatus && window.friseStatus.ready, null, {timeout: 90000})
    .then((h) => h.jsonValue());
  check(largeReady.window[0] === 3840 && largeReady.window[1] === 2160, `the canvas fills a 4K window (${largeReady.window})`);
  check(largeReady.art_files.every((f) => f.includes('/2x/')), `the 4K window draws the 2x art (${largeReady.art_files})`);
  await large.screenshot({path: path.join(outDir, '4k.png')});
  checkShot('4k', largeReady);

  check(problems.length === 0, `no console errors${problems.length ? ': ' + problems.join(' | ') : ''}`);
} catch (error) {
  check(false, `the page ran: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}
console.log(`${failures === 0 ? 'passed' : `${failures} check(s) failed`}`);
process.exit(failures ? 1 : 0);
