// The web page loads cleanly from a subfolder (relative URLs only): a progress bar that counts
// the wasm's real bytes, no console error, no CSP violation, no request outside its origin,
// frise:ready once the first panel is drawn (checked on the screenshot by frise_check_screenshot),
// and a canvas that follows devicePixelRatio changes (browser zoom, another screen).
//   node web_page_load.test.mjs SITE_DIR CHECKER OUT_DIR
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {finish, pressKey, run, storyPanels, waitPanel, waitReady, watchedPage} from './harness.mjs';

const [site, checker, outDir] = process.argv.slice(2);
fs.mkdirSync(outDir, {recursive: true});
const panels = storyPanels(site);

finish(await run(site, {subfolder: true}, async ({browser, served, check}) => {
  check(served.url.endsWith('/sub/frise/'), `the site is served from a subfolder (${served.url})`);
  const page = await watchedPage(browser, served.origin);
  // Every value the progress bar takes, with its label, from the first parse on.
  await page.addInitScript(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const bar = document.getElementById('progress');
      const step = document.getElementById('loading-step');
      if (!bar || !step) return;
      const last = window.progressSeen[window.progressSeen.length - 1];
      const now = `${bar.value}|${step.textContent}`;
      if (last !== now) window.progressSeen.push(now);
    }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  });
  // A slow line, so the download takes a while and the bar has something to count.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: 10, downloadThroughput: 1500000, uploadThroughput: 1000000});
  await page.goto(served.url);
  const ready = await waitReady(page);
  await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1});
  check(ready.id === panels[0].id && ready.index === 0, `frise:ready fired for the first panel (${ready.id}, ${ready.index})`);
  check(await page.isHidden('#loading'), 'the loading screen is gone once the panel is drawn');
  check(await page.isHidden('#problem'), 'no problem is shown');

  const seen = await page.evaluate(() => window.progressSeen);
  const bytes = seen.filter((s) => /^\d+\|Programme : .+ sur /.test(s)).map((s) => Number(s.split('|')[0]));
  const partial = bytes.filter((v) => v > 0 && v < 800);
  check(partial.length >= 3, `the bar counted downloaded bytes against the total (${partial.length} partial values, e.g. ${seen.slice(2, 5).join(' ; ')})`);
  check(bytes.every((v, i) => i === 0 || v >= bytes[i - 1]), 'the bar only moves forward');
  check(seen.some((s) => s.startsWith('800|')) && seen.some((s) => s.startsWith('1000|')),
    `the bar reached the program's end, then the end (${seen.slice(-4).join(' ; ')})`);
  const wasmRequests = page.requests.filter((u) => new URL(u).pathname.endsWith('/frise.wasm'));
  check(wasmRequests.length === 1, `frise.wasm was downloaded once (${wasmRequests.length})`);
  check(page.requests.every((u) => new URL(u).pathname.startsWith('/sub/frise/')), 'every request stayed inside the subfolder');

  const shot = path.join(outDir, 'load-first.png'), event = path.join(outDir, 'load-first.json');
  await page.screenshot({path: shot});
  fs.writeFileSync(event, JSON.stringify(ready));
  const [w, h] = ready.window.map((v) => Math.round(v * ready.scale));
  try {
    console.log(execFileSync(checker, [shot, event, '--size', `${w}x${h}`]).toString().trim());
    check(true, 'the screenshot shows the first panel with its caption');
  } catch (e) {
    console.log(String(e.stdout || e));
    check(false, 'the screenshot shows the first panel with its caption');
  }

  // Browser zoom changes devicePixelRatio: the canvas follows (CSS size x devicePixelRatio).
  await cdp.send('Emulation.setDeviceMetricsOverride', {width: 1024, height: 768, deviceScaleFactor: 1.5, mobile: false});
  const sized = await page.waitForFunction(() => {
    const c = document.getElementById('canvas');
    return Math.abs(c.width - Math.round(c.clientWidth * devicePixelRatio)) <= 1 && devicePixelRatio === 1.5 ? [c.width, c.height] : null;
  }, null, {timeout: 30000}).then((h) => h.jsonValue()).catch(() => null);  // a loaded CI machine resizes slowly
  check(sized && sized[0] === 1536, `the canvas follows devicePixelRatio 1.5 (${sized})`);
  await page.click('#canvas', {position: {x: 512, y: 384}});
  await pressKey(page, 'ArrowRight');
  const zoomed = await waitPanel(page, 1, 40000);
  check(zoomed && zoomed.scale === 1.5, `the next panel is drawn at scale 1.5 (${zoomed && zoomed.scale})`);
  if (zoomed) await page.screenshot({path: path.join(outDir, 'load-zoomed.png')});

  check(page.foreign.length === 0, `no request left the origin${page.foreign.length ? ': ' + page.foreign.join(' ') : ''}`);
  check(page.problems.length === 0, `no console error, exception or CSP violation${page.problems.length ? ': ' + page.problems.join(' | ') : ''}`);

  // A dark theme is on <html> before the first paint (no flash of the light page on reload).
  const dark = await watchedPage(browser, served.origin);
  await dark.goto(served.url + 'index.html?theme=dark');
  const early = await dark.evaluate(() => [document.documentElement.className, getComputedStyle(document.body).backgroundColor]);
  check(early[0].includes('theme-dark') && early[1] === 'rgb(30, 28, 34)', `theme=dark styles the page at once (${early})`);
  const darkReady = await waitReady(dark);
  await dark.reload();
  await waitReady(dark);
  check(darkReady.id === panels[0].id && dark.problems.length === 0, `a reload is clean too${dark.problems.length ? ': ' + dark.problems.join(' | ') : ''}`);
}));
