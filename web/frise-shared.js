// What the pages of Frise's web edition share (index.html, text.html): reading and checking the
// URL parameters, the story's texts by language, and the page's own words in French and English.
// Nothing here touches the network; a refused parameter is said, never fetched.
'use strict';
(function () {
  const DEFAULT_STORY = 'panels/road45.json';
  // The story this site opens without a story= parameter: the page's
  // <meta name="frise-story" content="NAME or panels/PATH.json"> (`frise publish` writes it), as
  // checked as a story= value would be; else Road 45.
  function siteStory() {
    const builtIn = {path: DEFAULT_STORY, name: 'road45'};
    const meta = typeof document === 'undefined' ? null : document.querySelector('meta[name="frise-story"]');
    const value = meta ? meta.getAttribute('content') : null;
    if (!value) return builtIn;
    const chosen = resolveStory(value);
    return chosen.refused === undefined ? chosen : builtIn;
  }

  const BUNDLED_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
  const MAX_PARAM = 300;

  // `story`: a bundled story's name (road45 → panels/road45.json) or a plain relative .json path
  // inside the site's folder (the folder holding the page, which may itself be a subfolder such
  // as /~alice/frise/). Returns {path, name} (path relative to the site, normalised, as the C++
  // reader and text.js fetch it) or {refused, why}. The value is read once, as URLSearchParams
  // decoded it, and judged as text: no URL parser is asked to resolve it, so what is checked is
  // what is fetched.
  function resolveStory(value) {
    if (value === null || value === '') return siteStory();
    const refuse = (why) => ({refused: printable(value), why});
    if (typeof value !== 'string' || value.length > MAX_PARAM) return refuse('too long');
    if (BUNDLED_NAME.test(value) && value !== 'index') return {path: 'panels/' + value + '.json', name: value};
    // No control or invisible formatting characters, no backslash (read as / by browsers), no
    // percent sign (an encoded form: %2e, %2f, %5c, or a double encoding), no colon (a scheme:
    // https:, javascript:, data:, or a drive letter), no query or fragment.
    if (/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff0-\uffff]/.test(value)) {
      return refuse('control character');
    }
    if (/[\\%:?#]/.test(value)) return refuse('backslash, percent sign, colon, ? or #');
    // Relative only: not root-relative (/x), not protocol-relative (//host).
    if (value.startsWith('/')) return refuse('absolute path');
    // Dot-segments and empty segments are normalised as a server would; a `..` above the site's
    // folder is refused, not clamped.
    const segments = [];
    for (const segment of value.split('/')) {
      if (segment === '' || segment === '.') continue;
      if (segment === '..') {
        if (!segments.length) return refuse('leaves the site');
        segments.pop();
        continue;
      }
      // Browsers and some servers trim trailing dots and spaces (Windows): keep names plain.
      if (/^\s|[\s.]$/.test(segment)) return refuse('odd name');
      segments.push(segment);
    }
    if (!segments.length || !/^[^.].*\.json$/i.test(segments[segments.length - 1])) return refuse('not a .json file');
    // index.json is the picker's list of stories, never a story.
    if (segments[segments.length - 1].toLowerCase() === 'index.json') return refuse('the story list');
    const path = segments.join('/');
    // Belt and braces: the URL the browser will build from it stays in the site's folder.
    const base = new URL('.', window.location.href);
    let url;
    try {
      url = new URL(path, base);
    } catch (e) {
      return refuse('not a URL path');
    }
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname) || url.search || url.hash) {
      return refuse('leaves the site');
    }
    return {path, name: path};
  }

  // A refused value as it may be shown: control characters made visible, kept short.
  function printable(value) {
    const text = String(value).replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
    return text.length > 80 ? text.slice(0, 80) + '…' : text;
  }

  // Panel ids as the story format allows them (no spaces, #, / or ?), kept short.
  function isPanelId(value) {
    return typeof value === 'string' && value.length > 0 && value.length <= 200 &&
      /^[^\s#/?\u0000-\u001f\u007f]+$/u.test(value);
  }

  function panelFromHash(hash) {
    if (!hash || hash.length < 2) return null;
    let id;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch (e) {
      return null;
    }
    return isPanelId(id) ? id : null;
  }

  function hashFor(id) {
    return '#' + encodeURIComponent(id);
  }

  // parent=https://a.example,https://b.example: exact origins only (scheme, host, port).
  function parseOrigins(value) {
    const out = [];
    if (!value) return out;
    for (const part of value.split(',').slice(0, 16)) {
      const text = part.trim().replace(/\/$/, '');
      try {
        const url = new URL(text);
        if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text) out.push(text);
        else console.warn('Frise: parent origin ignored: ' + text);
      } catch (e) {
        if (text) console.warn('Frise: parent origin ignored: ' + text);
      }
    }
    return out;
  }

  function readOptions(search) {
    const params = new URLSearchParams(search);
    const pick = (name, allowed) => {
      const value = params.get(name);
      return value !== null && allowed.includes(value) ? value : null;
    };
    const lang = params.get('lang');
    const panel = params.get('panel');
    // One story, read once: two story= parameters are ambiguous (a server and a script may not
    // pick the same one), so they are refused.
    const stories = params.getAll('story');
    return {
      story: stories.length > 1 ? {refused: printable(stories.join(' & ')), why: 'twice'}
        : resolveStory(stories.length ? stories[0] : null),
      panel: isPanelId(panel) ? panel : null,
      lang: lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(lang) ? lang : null,
      theme: pick('theme', ['light', 'dark', 'contrast']),
      autoplay: ['1', 'true'].includes(params.get('autoplay')),
      timeline: pick('timeline', ['top', 'bottom', 'hidden']),
      reduceMotion: params.get('motion') === 'reduce',
      font: pick('font', ['dyslexia', 'comic']),
      parents: parseOrigins(params.get('parent')),
    };
  }

  // A story text: a plain string (the default language) or {fr: …, en: …}.
  function textIn(text, lang, fallback) {
    if (typeof text === 'string') return text;
    if (!text || typeof text !== 'object') return '';
    for (const key of [lang, fallback]) if (key && typeof text[key] === 'string') return text[key];
    const first = Object.values(text).find((v) => typeof v === 'string');
    return first || '';
  }

  // The page's own words. French first (the comic's original language), English for lang=en.
  const WORDS = {
    fr: {
      loading: 'Chargement de la bande dessinée',
      stepProgram: (done, total) => total ? `Programme : ${sizeFr(done)} sur ${sizeFr(total)}` : `Programme : ${sizeFr(done)}`,
      stepCompile: 'Préparation du programme…',
      stepStory: 'Lecture de l’histoire…',
      stepImages: (n) => n ? `Images : ${n} reçue${n > 1 ? 's' : ''}…` : 'Images de la première case…',
      noWebgl: 'Votre navigateur ne permet pas WebGL 2, nécessaire pour dessiner cette bande dessinée.',
      noWebglHint: 'La version texte reste lisible partout.',
      refused: (s) => `Cette histoire n’est pas acceptée : « ${s} ». Seules les histoires de ce site peuvent s’ouvrir (par exemple story=road45, ou un chemin relatif en .json).`,
      missing: (what) => `Impossible de charger ${what}.`,
      tooBig: (what, limit) => `Impossible de charger ${what} : le fichier dépasse ${sizeFr(limit)}.`,
      storyErrors: 'Cette histoire ne peut pas s’ouvrir :',
      stopped: (what) => `Frise s’est arrêtée : ${what}`,
      textVersion: 'Version texte',
      readText: 'Lire la version texte',
      panelOf: (i, n) => `Case ${i} sur ${n}`,
      image: 'Image',
      says: ' : ',
      comic: 'Frise : bande dessinée. Flèches gauche et droite pour changer de case.',
    },
    en: {
      loading: 'Loading the comic',
      stepProgram: (done, total) => total ? `Program: ${sizeEn(done)} of ${sizeEn(total)}` : `Program: ${sizeEn(done)}`,
      stepCompile: 'Preparing the program…',
      stepStory: 'Reading the story…',
      stepImages: (n) => n ? `Images: ${n} received…` : 'Images of the first panel…',
      noWebgl: 'Your browser does not offer WebGL 2, which this comic needs to be drawn.',
      noWebglHint: 'The text version can be read anywhere.',
      refused: (s) => `This story is not accepted: “${s}”. Only this site’s stories can open (for example story=road45, or a relative .json path).`,
      missing: (what) => `Cannot load ${what}.`,
      tooBig: (what, limit) => `Cannot load ${what}: the file is over ${sizeEn(limit)}.`,
      storyErrors: 'This story cannot open:',
      stopped: (what) => `Frise stopped: ${what}`,
      textVersion: 'Text version',
      readText: 'Read the text version',
      panelOf: (i, n) => `Panel ${i} of ${n}`,
      image: 'Picture',
      says: ': ',
      comic: 'Frise: comic. Left and right arrows change panels.',
    },
  };
  // Sizes as each language writes them: "ko" and "Mo" (with a comma) in French, "KB" and "MB" in English.
  function sizeFr(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1).replace('.', ',') + '\u00a0Mo' : Math.round(bytes / 1024) + '\u00a0ko';
  }
  function sizeEn(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.round(bytes / 1024) + ' KB';
  }
  function words(lang) {
    return lang && lang.startsWith('en') ? WORDS.en : WORDS.fr;
  }

  window.FriseShared = Object.freeze({
    DEFAULT_STORY, resolveStory, isPanelId, panelFromHash, hashFor, parseOrigins, readOptions, textIn, words,
  });
})();
