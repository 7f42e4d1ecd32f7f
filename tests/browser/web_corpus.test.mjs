// The corpus of bad inputs (tests/corpus/bad/) through the web edition, as a reader meets them:
// each case opened with ?story=corpus/NAME.json must end in a shown error (when `frise validate`
// finds one: the same first error, at the same line and column) or in a ready comic, never in a
// trapped engine, an exception or a page left waiting. The desktop app's pass over the same cases
// is check_corpus.py --app.
//   node web_corpus.test.mjs SITE_DIR CORPUS_DIR
import fs from 'node:fs';
import path from 'node:path';
import {finish, run, watchedPage} from './harness.mjs';

const [site, corpus] = process.argv.slice(2);
const CRASH = /memory access out of bounds|RuntimeError|unreachable|Aborted|abort\(|exception:/i;
// Two pages at once: the machine's two cores, one engine each.
const PARALLEL = 2;

// Every file of the corpus (stories, their pictures) served under corpus/.
const extra = {};
const addFolder = (folder, prefix) => {
  for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) addFolder(full, `${prefix}${entry.name}/`);
    else if (entry.isFile()) extra[`${prefix}${entry.name}`] = fs.readFileSync(full);
  }
};
addFolder(corpus, 'corpus/');

const cases = fs.readdirSync(corpus).filter((n) => n.endsWith('.json')).sort().map((name) => {
  const expected = path.join(corpus, name.replace(/\.json$/, '.expected'));
  const lines = fs.existsSync(expected) ? fs.readFileSync(expected, 'utf8').split('\n').filter(Boolean) : [];
  // validate names the file (and the story's folder) as tests/corpus/bad/...; the page names
  // them from its story= value, corpus/...
  const firstError = lines.find((l) => /: error: /.test(l));
  return {name, error: firstError ? firstError.replaceAll('tests/corpus/bad', 'corpus') : null};
});

finish(await run(site, {extra}, async ({browser, served, check}) => {
  check(cases.length >= 60, `the corpus has ${cases.length} cases (60 at least)`);
  const queue = [...cases];
  const worker = async () => {
    const page = await watchedPage(browser, served.origin, {width: 720, height: 480});
    for (let c = queue.shift(); c; c = queue.shift()) {
      page.problems.length = 0;
      await page.goto(`${served.url}index.html?story=corpus/${encodeURIComponent(c.name)}`);
      const outcome = await page.waitForFunction(() => {
        const s = window.friseStatus;
        return s && (s.ready || s.error) ? {ready: !!s.ready, error: s.error ? s.error.message || '' : null} : null;
      }, null, {timeout: 30000}).then((h) => h.jsonValue()).catch(() => null);
      const crashes = page.problems.filter((p) => CRASH.test(p));
      if (!outcome) {
        check(false, `${c.name}: neither ready nor an error within 30 s`);
        continue;
      }
      if (c.error) {
        const shown = await page.$$eval('#problem-list li', (lis) => lis.map((li) => li.textContent)).catch(() => []);
        const visible = await page.isVisible('#problem').catch(() => false);
        check(outcome.error !== null && visible && shown.some((t) => t.startsWith(c.error.slice(0, 200))),
          `${c.name}: the page shows "${c.error.slice(0, 90)}"${visible ? '' : ' (no problem list shown)'}`);
      } else {
        check(outcome.ready, `${c.name}: no error in the file, so the comic opens${outcome.error ? ` (it said: ${outcome.error.slice(0, 90)})` : ''}`);
      }
      check(crashes.length === 0, `${c.name}: the engine did not trap or throw${crashes.length ? ': ' + crashes.join(' | ').slice(0, 200) : ''}`);
    }
    await page.context().close();
  };
  await Promise.all(Array.from({length: PARALLEL}, worker));
}));
