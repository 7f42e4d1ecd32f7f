// The story's words reach people who cannot see the canvas: a visually hidden, aria-live DOM
// mirror of the current panel (date, headline, caption, "Speaker : text", the art's alt text),
// updated on every move; a text version (text.html) listing every panel, built from text nodes
// only (story markup stays text); prefers-reduced-motion passed on to the reader.
//   node web_accessibility.test.mjs SITE_DIR
import {finish, pressKey, run, storyPanels, waitPanel, waitReady, watchedPage} from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';

const [site] = process.argv.slice(2);
const story = JSON.parse(fs.readFileSync(path.join(site, 'panels', 'road45.json'), 'utf8'));
const panels = storyPanels(site);
const fr = (t) => (typeof t === 'string' ? t : t && t.fr) || '';
const speakerName = (id) => fr((story.characters.find((c) => c.id === id) || {}).name);
const talking = panels.findIndex((p) => p.caption && (p.balloons || []).some((b) => b.speaker));

const markup = '<img src=x onerror="window.pwned=1"><b>gras</b><script>window.pwned=2</script>';
const evil = JSON.stringify({
  frise: 1, title: 'Titre ' + markup, subtitle: '<i>sous-titre</i>',
  characters: [{id: 'c', name: '<u>Camille</u>'}],
  panels: [
    {id: 'one', headline: 'Une <em>case</em>', caption: markup, display_date: '<time>hier</time>',
      balloons: [{speaker: 'c', text: '<a href="javascript:alert(1)">clic</a>'}],
      art: [{image: 'x.png', width: 10, height: 10, alt: '<iframe src="//evil.example"></iframe>'}]},
    {id: 'two', headline: 'Deux'},
  ],
});

finish(await run(site, {extra: {'panels/evil.json': evil}}, async ({browser, served, check}) => {
  const page = await watchedPage(browser, served.origin);
  const target = panels[talking];
  await page.goto(served.url + '#' + target.id);
  await waitReady(page);
  const live = await page.$eval('#mirror', (m) => [m.getAttribute('aria-live'), m.getBoundingClientRect().width, m.closest('[aria-hidden]')]);
  check(live[0] === 'polite' && live[1] <= 1 && live[2] === null, `the mirror is a polite live region, visually hidden (${live})`);
  const mirror = await page.textContent('#mirror');
  check(mirror.includes(fr(target.caption)), `the mirror holds the caption of ${target.id}`);
  const balloon = target.balloons.find((b) => b.speaker);
  const line = `${speakerName(balloon.speaker)} : ${fr(balloon.text)}`;
  check(mirror.includes(line), `the mirror holds a balloon with its speaker ("${line}")`);
  check(mirror.includes(fr(target.headline)) && mirror.includes(fr(target.art.layers[0].alt)), 'and the headline and the art\'s alt text');
  await page.click('#canvas', {position: {x: 512, y: 384}});
  await pressKey(page, 'ArrowRight');
  await waitPanel(page, talking + 1);
  await page.waitForTimeout(100);
  check((await page.textContent('#mirror')).includes(fr(panels[talking + 1].headline)), 'the mirror follows the move');

  // Reduced motion: asked for by the system, passed to the reader.
  const calm = await watchedPage(browser, served.origin, undefined, {reducedMotion: 'reduce'});
  await calm.goto(served.url);
  await waitReady(calm);
  const args = await calm.evaluate(() => window.Module.arguments.join(' '));
  check(args.includes('--motion reduce'), `prefers-reduced-motion passes --motion reduce (${args})`);
  const plain = await page.evaluate(() => window.Module.arguments.join(' '));
  check(!plain.includes('--motion'), `and not otherwise (${plain})`);

  // The text version: every panel's headline, in the chosen language.
  const text = await watchedPage(browser, served.origin);
  await text.goto(served.url + 'text.html?story=road45');
  await text.waitForSelector('.text-panel');
  const headings = await text.$$eval('.text-panel h2', (hs) => hs.map((h) => h.textContent));
  const missing = panels.filter((p) => p.headline && !headings.includes(fr(p.headline)));
  check(headings.length === panels.length && missing.length === 0, `text.html lists all ${panels.length} panels' headlines${missing.length ? ', missing ' + missing.map((p) => p.id) : ''}`);
  const body = await text.textContent('main');
  check(body.includes(`${speakerName(balloon.speaker)} : ${fr(balloon.text)}`) && body.includes(fr(target.caption)),
    'it holds captions and balloons with their speakers');
  check((await text.textContent('h1')) === fr(story.title), 'its title is the story\'s');
  // The glossary: a definition list at the end, each used term linked from its first use, and
  // the panels' links opening in a new tab that cannot reach back.
  const glossary = await text.evaluate(() => ({
    terms: [...document.querySelectorAll('.glossary dt')].map((dt) => dt.id),
    uses: [...document.querySelectorAll('a.term')].map((a) => a.getAttribute('href')),
    links: [...document.querySelectorAll('.text-panel .link a')].map((a) => [a.href, a.target, a.rel]),
  }));
  check(glossary.terms.length === (story.glossary || []).length && glossary.terms.length > 0,
    `the glossary lists its ${(story.glossary || []).length} terms (${glossary.terms.length} listed)`);
  check(glossary.uses.length === glossary.terms.length && glossary.uses.every((h) => glossary.terms.includes(h.slice(1))),
    `each term's first use links to its definition (${glossary.uses.length} links for ${glossary.terms.length} terms)`);
  const storyLinks = story.panels.flatMap((p) => p.links || []);
  check(glossary.links.length === storyLinks.length && glossary.links.every(([, target, rel]) => target === '_blank' && rel.includes('noopener')),
    `the panels' ${storyLinks.length} links open in a new tab with noopener (${JSON.stringify(glossary.links)})`);
  await text.goto(served.url + 'text.html?story=road45&lang=en');
  await text.waitForSelector('.text-panel');
  const english = await text.$$eval('.text-panel h2', (hs) => hs.map((h) => h.textContent));
  // A panel without a headline is titled by its place and who speaks in it.
  const englishName = (id) => {
    const c = (story.characters || []).find((x) => x.id === id);
    return c ? (typeof c.name === 'string' ? c.name : c.name.en) : '';
  };
  const englishHeading = (p, i) => {
    if (p.headline) return p.headline.en;
    const voices = [...new Set((p.balloons || []).map((b) => englishName(b.speaker)).filter(Boolean))];
    return `Panel ${i + 1} of ${panels.length}` + (voices.length ? ` · ${voices.join(', ')}` : '');
  };
  const untitled = panels.findIndex((p) => !p.headline && (p.balloons || []).length);
  check(english[0] === englishHeading(panels[0], 0) && english[1] === englishHeading(panels[1], 1) && (await text.getAttribute('html', 'lang')) === 'en',
    `lang=en gives the English text (${english.slice(0, 2).join(' | ')})`);
  check(untitled >= 0 && english[untitled] === englishHeading(panels[untitled], untitled),
    `a panel without a headline is titled by its place and its speakers (${english[untitled]})`);

  // font=dyslexia: the text version in OpenDyslexic too (the font file served with the site).
  await text.goto(served.url + 'text.html?story=road45&font=dyslexia');
  await text.waitForSelector('.text-panel');
  const dyslexia = await text.evaluate(async () => {
    await document.fonts.ready;
    return {family: getComputedStyle(document.body).fontFamily, loaded: document.fonts.check('17px OpenDyslexic'),
            comic: document.querySelector('nav a').getAttribute('href')};
  });
  check(dyslexia.family.replace(/"/g, '').startsWith('OpenDyslexic') && dyslexia.loaded && dyslexia.comic.includes('font=dyslexia'),
    `font=dyslexia sets the text in OpenDyslexic, and the link to the comic keeps it (${JSON.stringify(dyslexia)})`);

  // Markup in a story stays text.
  await text.goto(served.url + 'text.html?story=panels/evil.json');
  await text.waitForSelector('.text-panel');
  await text.waitForTimeout(300);
  const tags = await text.$$eval('main *', (els) => [...new Set(els.map((e) => e.localName))].sort());
  const allowed = ['a', 'b', 'dd', 'dl', 'dt', 'h1', 'h2', 'header', 'li', 'nav', 'ol', 'p', 'section', 'ul'];
  check(tags.every((t) => allowed.includes(t)), `no element comes from story markup (elements: ${tags.join(' ')})`);
  const shown = await text.textContent('main');
  check(shown.includes(markup) && shown.includes('<u>Camille</u>') && shown.includes('<iframe src="//evil.example"></iframe>'),
    'the markup is shown as text');
  check((await text.evaluate(() => window.pwned)) === undefined, 'nothing in the story ran');
  check(text.foreign.length === 0, `no request left the origin ${text.foreign.join(' ')}`);
  const problems = page.problems.concat(calm.problems, text.problems);
  check(problems.length === 0, `no console error or CSP violation${problems.length ? ': ' + problems.join(' | ') : ''}`);
}));
