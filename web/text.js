// The text version of a story (text.html?story=road45&lang=en): title, then every panel with its
// date, headline, caption, balloons with their speakers, the pictures' descriptions and the
// panel's links; then the glossary as a definition list, each term linked from its first use.
// Story text only ever becomes DOM text nodes (textContent); no story string is parsed as HTML.
'use strict';
(function () {
  const S = window.FriseShared;
  const options = S.readOptions(window.location.search);
  const words = S.words(options.lang);
  const MAX_STORY_BYTES = 64 * 1024 * 1024;  // docs/story-format.md, Limits
  document.documentElement.classList.add('theme-' + (options.theme || 'light'));
  if (options.font === 'dyslexia') document.documentElement.classList.add('font-dyslexia');
  if (options.lang) document.documentElement.lang = options.lang;

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, {once: true});
  else start();

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function start() {
    const main = document.getElementById('story');
    const status = document.getElementById('text-status');
    const say = (message) => {
      status.textContent = message;
      status.className = 'text-error';
      main.setAttribute('aria-busy', 'false');
    };
    if (options.story.refused !== undefined) {
      say(words.refused(options.story.refused));
      return;
    }
    // Fetched as the reader fetches it (src/platform/web/files_web.cpp): each segment
    // percent-encoded, and never more than the story format's 64 MiB, whether the server says
    // its size (Content-Length, checked before reading) or not (counted while it arrives).
    const url = options.story.path.split('/').map(encodeURIComponent).join('/');
    fetch(url, {credentials: 'same-origin'})
      .then(async (response) => {
        if (!response.ok) throw new Error(words.missing(`${options.story.path} (HTTP ${response.status})`));
        const tooBig = () => new Error(words.tooBig(options.story.path, MAX_STORY_BYTES));
        if (Number(response.headers.get('Content-Length')) > MAX_STORY_BYTES) {
          response.body.cancel().catch(() => {});
          throw tooBig();
        }
        const reader = response.body.getReader();
        const chunks = [];
        let total = 0;
        for (;;) {
          const {done, value} = await reader.read();
          if (done) break;
          total += value.length;
          if (total > MAX_STORY_BYTES) {
            reader.cancel().catch(() => {});
            throw tooBig();
          }
          chunks.push(value);
        }
        const bytes = new Uint8Array(total);
        let at = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, at);
          at += chunk.length;
        }
        return JSON.parse(new TextDecoder().decode(bytes));
      })
      .then((story) => render(main, story))
      .catch((error) => say(error.message || String(error)));
  }

  // The glossary: its terms found in the texts as the reader finds them (whole words, a hyphen
  // joining words; any case, but acronyms such as AURA only in capitals; the longest form
  // first), the first use of each linked to its definition in the list at the end.
  function makeGlossary(raw, lang, fallback) {
    const t = (text) => S.textIn(text, lang, fallback);
    const entries = [];
    const byForm = new Map();
    for (const entry of Array.isArray(raw) ? raw : []) {
      if (!entry || typeof entry !== 'object' || !S.isPanelId(entry.id)) continue;
      const term = t(entry.term);
      if (!term) continue;
      const aliases = Array.isArray(entry.aliases) ? (lang === fallback ? entry.aliases : [])
        : entry.aliases && Array.isArray(entry.aliases[lang]) ? entry.aliases[lang] : [];
      const item = {id: entry.id, term, definition: t(entry.definition), used: false};
      entries.push(item);
      for (const form of [term, ...aliases]) {
        if (typeof form === 'string' && form && !byForm.has(form.toLowerCase())) byForm.set(form.toLowerCase(), {item, form});
      }
    }
    const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
    const escape = (form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = forms.length
      ? new RegExp('(?<![\\p{L}\\p{N}_-])(?:' + forms.map(escape).join('|') + ')(?![\\p{L}\\p{N}_-])', 'giu') : null;
    const isAcronym = (form) => /^[^a-z]*$/.test(form) && (form.match(/[A-Z]/g) || []).length >= 2 && /^[\x00-\x7f]*$/.test(form);
    return {
      entries,
      // Appends `text` to `node`, the first use of each term as a link to its definition.
      mark(node, text) {
        let at = 0;
        if (pattern && text) {
          for (const match of text.matchAll(pattern)) {
            const found = byForm.get(match[0].toLowerCase());
            if (!found || (isAcronym(found.form) && match[0] !== found.form)) continue;
            const item = found.item;
            if (item.used) continue;
            item.used = true;
            node.append(document.createTextNode(text.slice(at, match.index)));
            const a = element('a', match[0], 'term');
            a.href = '#glossary-' + item.id;
            a.id = 'first-use-' + item.id;
            a.title = item.definition;
            node.append(a);
            at = match.index + match[0].length;
          }
        }
        node.append(document.createTextNode(text ? text.slice(at) : ''));
        return node;
      },
      list(heading) {
        const section = element('section', null, 'glossary');
        section.setAttribute('aria-labelledby', 'glossary-heading');
        const h = element('h2', heading);
        h.id = 'glossary-heading';
        const dl = element('dl');
        const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, lang));
        for (const item of sorted) {
          const dt = element('dt', item.term);
          dt.id = 'glossary-' + item.id;
          const dd = element('dd', item.definition);
          if (item.used) {
            const back = element('a', lang === 'en' ? 'first use' : 'première occurrence', 'back');
            back.href = '#first-use-' + item.id;
            dd.append(document.createTextNode(' '), back);
          }
          dl.append(dt, dd);
        }
        section.append(h, dl);
        return section;
      },
    };
  }

  function render(main, story) {
    if (!story || typeof story !== 'object' || !Array.isArray(story.panels)) throw new Error(words.storyErrors);
    const fallback = typeof story.language === 'string' ? story.language : 'fr';
    const languages = Array.isArray(story.languages) ? story.languages.filter((l) => typeof l === 'string') : [fallback];
    const lang = options.lang && languages.includes(options.lang) ? options.lang : fallback;
    const t = (text) => S.textIn(text, lang, fallback);
    const local = S.words(lang);
    document.documentElement.lang = lang;

    const characters = new Map();
    for (const c of Array.isArray(story.characters) ? story.characters : []) {
      if (c && typeof c.id === 'string') characters.set(c.id, t(c.name));
    }
    const sprites = new Map();
    for (const s of Array.isArray(story.sprites) ? story.sprites : []) {
      if (s && typeof s.id === 'string') sprites.set(s.id, s);
    }

    const glossary = makeGlossary(story.glossary, lang, fallback);
    const title = t(story.title) || 'Frise';
    document.title = title + ' — ' + local.textVersion;
    // The reader's choices follow it from one version to the other.
    const storyQuery = 'story=' + encodeURIComponent(options.story.name) + (options.font ? '&font=' + options.font : '');
    const header = element('header');
    header.append(element('h1', title));
    if (story.subtitle) header.append(element('p', t(story.subtitle), 'subtitle'));
    // Who made it, as the comic's cover says.
    for (const credit of Array.isArray(story.credits) ? story.credits : []) {
      if (!credit || typeof credit.name !== 'string') continue;
      const role = t(credit.role);
      header.append(element('p', role ? role + local.says + credit.name : credit.name, 'credit'));
    }
    const nav = element('nav');
    nav.setAttribute('aria-label', lang === 'en' ? 'Other versions' : 'Autres versions');
    const comic = element('a', lang === 'en' ? 'Read as a comic' : 'Lire en bande dessinée');
    comic.href = 'index.html?' + storyQuery + '&lang=' + encodeURIComponent(lang);
    nav.append(comic);
    for (const other of languages) {
      if (other === lang) continue;
      const link = element('a', other === 'en' ? 'English' : other === 'fr' ? 'Français' : other);
      link.href = 'text.html?' + storyQuery + '&lang=' + encodeURIComponent(other);
      link.hreflang = other;
      nav.append(link);
    }
    header.append(nav);

    const list = element('ol', null, 'text-panels');
    list.setAttribute('role', 'list');
    story.panels.forEach((panel, index) => {
      if (!panel || typeof panel !== 'object') return;
      const article = element('li', null, 'text-panel');
      if (S.isPanelId(panel.id)) article.id = 'panel-' + panel.id;
      const date = panel.display_date ? t(panel.display_date) : typeof panel.date === 'string' ? panel.date : '';
      if (date) article.append(element('p', date, 'date'));
      const balloons = Array.isArray(panel.balloons) ? panel.balloons : [];
      // A panel without a headline is titled by its place and who speaks in it, so that a reader
      // going from heading to heading (a screen reader's list) still knows what each one holds.
      const voices = [...new Set(balloons.map((b) => (b && typeof b === 'object' && characters.get(b.speaker)) || '').filter(Boolean))];
      const place = local.panelOf(index + 1, story.panels.length);
      article.append(element('h2', t(panel.headline) || (voices.length ? `${place} · ${voices.join(', ')}` : place)));
      const caption = t(panel.caption);
      if (caption) article.append(glossary.mark(element('p', null, 'caption'), caption));
      if (balloons.length) {
        const ul = element('ul', null, 'balloons');
        for (const balloon of balloons) {
          if (!balloon || typeof balloon !== 'object') continue;
          const li = element('li');
          const speaker = characters.get(balloon.speaker) || '';
          if (speaker) {
            li.append(element('b', speaker), document.createTextNode(local.says));
          }
          glossary.mark(li, t(balloon.text));
          ul.append(li);
        }
        article.append(ul);
      }
      const art = panel.art && typeof panel.art === 'object' ? panel.art : null;
      const layers = Array.isArray(art) ? art : art && Array.isArray(art.layers) ? art.layers : [];
      for (const layer of layers) {
        if (!layer || typeof layer !== 'object') continue;
        const source = layer.alt !== undefined ? layer : sprites.get(layer.sprite) || {};
        const alt = t(source.alt);
        if (!alt) continue;
        const p = element('p', null, 'alt');
        p.append(element('b', local.image), document.createTextNode(local.says + alt));
        article.append(p);
      }
      for (const link of Array.isArray(panel.links) ? panel.links : []) {
        if (!link || typeof link.url !== 'string' || !/^https?:\/\/[^\s\\]+$/i.test(link.url)) continue;
        const a = element('a', t(link.title) || link.url);
        a.href = link.url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        const p = element('p', null, 'link');
        p.append(a);
        article.append(p);
      }
      if (S.isPanelId(panel.id)) {
        const open = element('a', lang === 'en' ? 'See this panel' : 'Voir cette case');
        open.href = 'index.html?' + storyQuery + '&lang=' + encodeURIComponent(lang) + S.hashFor(panel.id);
        const p = element('p', null, 'open');
        p.append(open);
        article.append(p);
      }
      list.append(article);
    });
    main.replaceChildren(header, list);
    if (glossary.entries.length) main.append(glossary.list(lang === 'en' ? 'Glossary' : 'Glossaire'));
    main.setAttribute('aria-busy', 'false');
  }
})();
