// A folder written by `frise publish` opens its story from a plain static server with no URL
// parameter, with no console error, CSP violation or request outside it, and its embed.html
// shows the same story in its iframe.
//   node web_publish.test.mjs WEB_BUILD FRISE_BINARY STORY.json
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {finish, run, waitReady, watchedPage} from './harness.mjs';

const [web, frise, story] = process.argv.slice(2);
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'frise-published-'));
execFileSync(frise, ['publish', story, '--out', out, '--force', '--web', web], {stdio: 'inherit'});
const name = path.basename(story, '.json');
const firstId = JSON.parse(fs.readFileSync(story, 'utf8')).panels[0].id;

const failures = await run(out, {}, async ({browser, served, check}) => {
  const page = await watchedPage(browser, served.origin);
  await page.goto(served.url);  // index.html, no story= parameter
  const ready = await waitReady(page);
  check(ready.story === `panels/${name}.json`, `the published site opens ${name} without a parameter (${ready.story})`);
  check(ready.id === firstId, `at its first panel (${ready.id})`);
  check(ready.stories.length === 1, `its picker lists this story only (${ready.stories.length})`);
  check(page.problems.length === 0, `no console error, CSP violation or failed request (${page.problems.join('; ')})`);
  check(page.foreign.length === 0, `no request leaves the folder's origin (${page.foreign.join(', ')})`);

  const embed = await watchedPage(browser, served.origin);
  await embed.goto(served.url + 'embed.html');
  const code = await embed.textContent('pre code');
  check(code.includes(`index.html?story=${name}`), `embed.html gives the iframe code for this story: ${code}`);
  const frame = embed.frames().find((f) => f !== embed.mainFrame());
  const inFrame = frame && await waitReady(frame);
  check(inFrame && inFrame.story === `panels/${name}.json`, 'its preview iframe shows the story');
  check(embed.problems.length === 0, `embed.html: no console error or CSP violation (${embed.problems.join('; ')})`);
});
fs.rmSync(out, {recursive: true, force: true});
finish(failures);
