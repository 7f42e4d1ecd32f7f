// The web half of scripts/bench.sh: Frise and TimelineJS 3 side by side in Debian's headless
// Chromium (the browser tests' launch: WebGL2 through SwiftShader), on the same generated
// TimelineJS files. Each run is a fresh browser context with the cache disabled, so every run
// downloads everything, as a first visit does. Writes every run's raw numbers as JSON; the
// medians and ratios are bench/report.py's job.
//   node bench/web_bench.mjs SITE_DIR TIMELINEJS_DIST OUT.json [--runs 3] [--steps 20] [--sizes 20,200,2000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {launch} from '../tests/browser/harness.mjs';
import {serve} from '../scripts/serve.mjs';
import {timeline} from './timeline_stories.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const runs = Number(option('--runs', 3));
const steps = Number(option('--steps', 20));
const sizes = option('--sizes', '20,200,2000').split(',').map(Number);
const [site, tlDist, outFile] = args;
if (!outFile) {
  console.error('usage: node bench/web_bench.mjs SITE_DIR TIMELINEJS_DIST OUT.json [--runs N] [--steps N] [--sizes A,B]');
  process.exit(2);
}
const viewport = {width: 1024, height: 768};
const log = (text) => process.stderr.write(text + '\n');

// Two folders served separately: a copy of the built site with the files under bench/ (Frise
// reads ?story= only inside its own folder), and TimelineJS's dist with a page of ours.
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'frise-bench-'));
const friseRoot = path.join(temp, 'frise'), tlRoot = path.join(temp, 'timelinejs');
fs.cpSync(site, friseRoot, {recursive: true});
fs.mkdirSync(path.join(friseRoot, 'bench'));
for (const part of ['js', 'css']) fs.cpSync(path.join(tlDist, part), path.join(tlRoot, part), {recursive: true});
for (const n of sizes) {
  const text = JSON.stringify(timeline(n));
  fs.writeFileSync(path.join(friseRoot, 'bench', `timeline-${n}.json`), text);
  fs.writeFileSync(path.join(tlRoot, `timeline-${n}.json`), text);
}
// As TimelineJS's own embed page does it, minus analytics: the data by URL (fetched and parsed
// by TimelineJS, as Frise fetches its story), the default font and theme, English.
fs.writeFileSync(path.join(tlRoot, 'index.html'), `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS benchmark</title>
<script id="timeline-script-tag" src="js/timeline.js"></script>
<link rel="stylesheet" href="css/timeline.css">
<style>html, body { width: 100%; height: 100%; margin: 0; } #timeline-embed { height: 100%; }</style>
</head><body><div id="timeline-embed"></div>
<script>
  const data = new URLSearchParams(location.search).get('data');
  window.tl = new TL.Timeline('timeline-embed', data, {script_path: new URL('js/', location.href).href});
  // 'loaded' fires once the slider and the time axis are built; the next frame paints them.
  window.tl.on('loaded', () => requestAnimationFrame(() => {
    if (document.querySelector('.tl-slide')) window.__benchReady = performance.now();
  }));
</script></body></html>
`);

// In every page before its scripts: a resource timing buffer large enough for every request,
// the time of Frise's ready event, and the wasm memory (outside the JS heap, so counted apart).
function instrument() {
  performance.setResourceTimingBufferSize(100000);
  window.addEventListener('frise:ready', () => { window.__benchReady = performance.now(); });
  const keep = (imports, result) => {
    const instance = result.instance || result;
    const found = [...Object.values(instance.exports || {}), ...Object.values((imports && imports.env) || {})];
    window.__benchMemory = found.find((v) => v instanceof WebAssembly.Memory) || window.__benchMemory;
    return result;
  };
  const instantiate = WebAssembly.instantiate, streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiate = function (source, imports) { return instantiate.call(this, source, imports).then((r) => keep(imports, r)); };
  if (streaming) WebAssembly.instantiateStreaming = function (source, imports) { return streaming.call(this, source, imports).then((r) => keep(imports, r)); };
}

// Bytes on the wire (headers included) of the page and of every response that ended before
// ready, from the page's resource timing (the cache is off: nothing comes from it).
function bytesBeforeReady() {
  const ready = window.__benchReady;
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .filter((e) => e.responseEnd <= ready);
  return {bytes: entries.reduce((sum, e) => sum + e.transferSize, 0), requests: entries.length};
}

async function openPage(browser, url) {
  const context = await browser.newContext({viewport});
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  // Nothing may leave the machine (there is no network): another origin is refused and counted.
  const origin = new URL(url).origin;
  const foreign = [];
  await page.route((u) => u.origin !== origin && u.protocol !== 'data:' && u.protocol !== 'blob:', (route) => {
    foreign.push(route.request().url());
    return route.abort();
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  return {context, page, cdp, problems, foreign};
}

async function measureLoad(opened, url, timeout = 180000) {
  const {page, cdp} = opened;
  await page.goto(url);
  await page.waitForFunction(() => window.__benchReady !== undefined, null, {timeout, polling: 50});
  const ready_ms = await page.evaluate(() => window.__benchReady);
  const {bytes, requests} = await page.evaluate(bytesBeforeReady);
  // Heap used once the garbage of loading is gone: what the reader keeps while reading.
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => (window.__benchMemory ? window.__benchMemory.buffer.byteLength : 0));
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  return {ready_ms, bytes, requests, heap_bytes: heap.usedSize, wasm_bytes: wasm, dom_nodes: dom};
}

// Both readers take ArrowRight: Frise on its focused canvas, TimelineJS on the document. A step
// ends when the reader is at rest on the next slide: Frise says "panel" once its camera has
// arrived; TimelineJS's current slide changes at once, so its step waits for the slider's
// 1-second slide to reach the new slide's place too.
async function frisePosition(page) {
  return page.evaluate(() => (window.friseStatus.panel || window.friseStatus.ready).index);
}
async function friseSteps(page, count) {
  await page.evaluate(() => document.getElementById('canvas').focus());
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const before = await frisePosition(page);
    await page.keyboard.down('ArrowRight');
    // Held over two frames so the engine's frame sees it, released before any key repeat.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.keyboard.up('ArrowRight');
    await page.waitForFunction((b) => window.friseStatus.panel && window.friseStatus.panel.index !== b, before,
      {timeout: 20000, polling: 'raf'});
  }
  return performance.now() - start;
}
async function timelineSteps(page, count) {
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const before = await page.evaluate(() => window.tl.current_id);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => {
      const slider = window.tl._storyslider, id = window.tl.current_id;
      if (id === b) return false;
      const n = slider._slides.findIndex((s) => s.data.unique_id === id);
      return slider._el.slider_container.style.left === `${-(slider.slide_spacing * n)}px`;
    }, before, {timeout: 20000, polling: 'raf'});
  }
  return performance.now() - start;
}

const friseServer = await serve(friseRoot, 0), tlServer = await serve(tlRoot, 0);
const friseUrl = `http://127.0.0.1:${friseServer.address().port}/`;
const tlUrl = `http://127.0.0.1:${tlServer.address().port}/`;
const browser = await launch();
const results = {runs, steps, viewport, chromium: browser.version(), frise: {}, timelinejs: {}, road45: []};
let failed = false;
const record = (list, value, label) => {
  list.push(value);
  log(`  ${label}: ${JSON.stringify(value)}`);
};
try {
  // One unmeasured load of each first: the browser's own start-up (its first renderer, GPU
  // process) would otherwise fall on whichever measure comes first.
  for (const url of [friseUrl, `${tlUrl}?data=timeline-${sizes[0]}.json`]) {
    const opened = await openPage(browser, url);
    await measureLoad(opened, url).finally(() => opened.context.close());
  }
  for (let run = 0; run < runs; run++) {
    log(`run ${run + 1} of ${runs}`);
    for (const n of sizes) {
      for (const engine of ['frise', 'timelinejs']) {
        const url = engine === 'frise' ? `${friseUrl}?story=bench/timeline-${n}.json` : `${tlUrl}?data=timeline-${n}.json`;
        const opened = await openPage(browser, url);
        try {
          const load = await measureLoad(opened, url);
          const count = engine === 'frise'
            ? await opened.page.evaluate(() => window.friseStatus.ready.count)
            : await opened.page.evaluate(() => window.tl._storyslider._slides.length);
          const wanted = Math.min(steps, count - 1);
          load.slides = count;
          load.steps = wanted;
          load.steps_ms = engine === 'frise' ? await friseSteps(opened.page, wanted) : await timelineSteps(opened.page, wanted);
          load.foreign = [...new Set(opened.foreign)];
          load.errors = opened.problems.length;
          (results[engine][n] ||= []).push(load);
          log(`  ${engine} ${n}: ${JSON.stringify(load)}`);
        } finally {
          await opened.context.close();
        }
      }
    }
    const opened = await openPage(browser, friseUrl);
    try {
      record(results.road45, await measureLoad(opened, friseUrl), 'road45 (default story)');
    } finally {
      await opened.context.close();
    }
  }
} catch (error) {
  log(`web bench: ${error.stack || error.message}`);
  failed = true;
} finally {
  await browser.close();
  friseServer.close();
  tlServer.close();
  fs.rmSync(temp, {recursive: true, force: true});
}
fs.mkdirSync(path.dirname(path.resolve(outFile)), {recursive: true});
fs.writeFileSync(outFile, JSON.stringify(results, null, 1) + '\n');
process.exit(failed ? 1 : 0);
