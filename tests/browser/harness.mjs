// Shared by the web page's browser tests: a static server over the built site (optionally moved
// into a subfolder, to prove the site uses relative URLs only), Debian's Chromium through
// playwright-core, and a page watched for console errors, CSP violations and requests that
// leave the site's origin.
import {chromium} from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {serve} from '../../scripts/serve.mjs';
import {launchOptions} from './chromium.mjs';

export function checker() {
  let failures = 0;
  const check = (ok, what) => {
    console.log(`${ok ? 'ok:  ' : 'FAIL:'} ${what}`);
    if (!ok) failures++;
    return ok;
  };
  return {check, failures: () => failures};
}

// The first story's panels, read from the built site so the tests follow the story's edits.
export function storyPanels(site, name = 'road45') {
  return JSON.parse(fs.readFileSync(path.join(site, 'panels', `${name}.json`), 'utf8')).panels;
}

// Serves the site at / or, with subfolder, a copy of it under /sub/frise/ (plus `extra` files
// written into that copy: {relative path: content}).
export async function startSite(site, {subfolder = false, extra = {}} = {}) {
  let root = site, prefix = '/', temp = null;
  if (subfolder || Object.keys(extra).length) {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'frise-site-'));
    const folder = subfolder ? path.join(temp, 'sub', 'frise') : temp;
    fs.cpSync(site, folder, {recursive: true});
    for (const [name, content] of Object.entries(extra)) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true});
      fs.writeFileSync(path.join(folder, name), content);
    }
    root = temp;
    prefix = subfolder ? '/sub/frise/' : '/';
  }
  const server = await serve(root, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + prefix,
    folder: temp ? path.join(temp, prefix) : site,  // where the served files are (a copy when changed)
    close() {
      server.close();
      if (temp) fs.rmSync(temp, {recursive: true, force: true});
    },
  };
}

export async function launch() {
  return chromium.launch(launchOptions());
}

// A new page (its own context: fresh storage) whose problems are collected in page.problems:
// console errors, uncaught exceptions, CSP violations (in every frame), failed requests, and
// requests to any other origin than `origin` (page.foreign).
export async function watchedPage(browser, origin, viewport = {width: 1024, height: 768}, extra = {}) {
  const context = await browser.newContext({viewport, ...extra});
  const page = await context.newPage();
  page.problems = [];
  page.foreign = [];
  page.requests = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => page.problems.push(`exception: ${e}`));
  page.on('requestfailed', (r) => page.problems.push(`request failed: ${r.url()}`));
  page.on('request', (r) => {
    page.requests.push(r.url());
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origin) page.foreign.push(r.url());
  });
  return page;
}

export async function waitReady(page, timeout = 60000) {
  return page.waitForFunction(() => window.friseStatus && window.friseStatus.ready, null, {timeout})
    .then((h) => h.jsonValue());
}

// Waits until the panel on screen (window.frise.current()) is the one wanted, by index or id.
// `target` is a page or a frame; null when it does not happen in time.
export async function waitPanel(target, want, timeout = 20000) {
  return target.waitForFunction((w) => {
    const d = window.frise && window.frise.current();
    return d && (typeof w === 'number' ? d.index === w : d.id === w) ? d : null;
  }, want, {timeout}).then((h) => h.jsonValue()).catch(() => null);
}

// A key held long enough to span a frame (a press and release in the same frame can go unseen,
// as with a real key tapped very fast on a slow software renderer).
export async function pressKey(page, key) {
  await page.keyboard.down(key);
  await page.waitForTimeout(60);
  // And at least two animation frames (the engine's loop runs on them): under load one frame can
  // take longer than the 60 ms.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.keyboard.up(key);
}

// Runs `body` with a browser and a site, reporting any exception as a failed check; resolves
// to the number of failed checks. finish(...) prints the verdict and exits.
export async function run(site, options, body) {
  const {check, failures} = checker();
  const served = await startSite(site, options);
  const browser = await launch();
  try {
    await body({browser, served, check});
  } catch (error) {
    check(false, `the test ran: ${error.stack || error.message}`);
  } finally {
    await browser.close();
    served.close();
  }
  return failures();
}

export function finish(...failures) {
  const total = failures.reduce((a, b) => a + b, 0);
  console.log(total === 0 ? 'passed' : `${total} check(s) failed`);
  process.exit(total ? 1 : 0);
}
