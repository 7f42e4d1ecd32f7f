// What the pages of Frise's web edition share (index.html, text.html): reading and checking the
// URL parameters, the story's texts by language, and the page's own words in French and English.
// Nothing here touches the network; a refused parameter is said, never fetched.
'use strict';
(function () {
  const DEFAULT_STORY = 'panels/road45.json';
  const BUNDLED_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
  const MAX_PARAM = 300;

  // The site is the folder holding the page: stories must live inside it, on the same origin.
  function siteBase() {
    return new URL('.', window.location.href);
  }

  // `story`: a bundled story's name (road45 → panels/road45.json) or a relative .json path inside
  // the site. Returns {path} (relative to the site, as the C++ reader fetches it) or {refused}.
  function resolveStory(value) {
    if (value === null || value === '') return {path: DEFAULT_STORY, name: 'road45'};
    if (value.length > MAX_PARAM) return {refused: value.slice(0, 60) + '…'};
    if (BUNDLED_NAME.test(value)) return {path: 'panels/' + value + '.json', name: value};
    const refused = {refused: value};
    // No scheme (https:, javascript:, data:…), no host (//x), no absolute path, no backslash trick,
    // no control characters, no query or fragment.
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/') || /[\\\u0000-\u001f\u007f?#]/.test(value)) {
      return refused;
    }
    if (!/\.json$/i.test(value)) return refused;
    const base = siteBase();
    let url;
    try {
      url = new URL(value, base);
    } catch (e) {
      return refused;
    }
    // `..` is resolved by the URL parser (also %2e%2e): what is left must stay inside the site.
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return refused;
    const path = url.pathname.slice(base.pathname.length);
    if (!path || !/\.json$/i.test(path)) return refused;
    return {path, name: value};
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
    return {
      storyParam: params.get('story'),
      story: resolveStory(params.get('story')),
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
      stepProgram: (done, total) => total ? `Programme : ${kb(done)} sur ${kb(total)}` : `Programme : ${kb(done)}`,
      stepCompile: 'Préparation du programme…',
      stepStory: 'Lecture de l’histoire…',
      stepImages: (n) => n ? `Images : ${n} reçue${n > 1 ? 's' : ''}…` : 'Images de la première case…',
      noWebgl: 'Votre navigateur ne permet pas WebGL 2, nécessaire pour dessiner cette bande dessinée.',
      noWebglHint: 'La version texte reste lisible partout.',
      refused: (s) => `Cette histoire n’est pas acceptée : « ${s} ». Seules les histoires de ce site peuvent s’ouvrir (par exemple story=road45, ou un chemin relatif en .json).`,
      missing: (what) => `Impossible de charger ${what}.`,
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
      stepProgram: (done, total) => total ? `Program: ${kb(done)} of ${kb(total)}` : `Program: ${kb(done)}`,
      stepCompile: 'Preparing the program…',
      stepStory: 'Reading the story…',
      stepImages: (n) => n ? `Images: ${n} received…` : 'Images of the first panel…',
      noWebgl: 'Your browser does not offer WebGL 2, which this comic needs to be drawn.',
      noWebglHint: 'The text version can be read anywhere.',
      refused: (s) => `This story is not accepted: “${s}”. Only this site’s stories can open (for example story=road45, or a relative .json path).`,
      missing: (what) => `Cannot load ${what}.`,
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
  function kb(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' Mo' : Math.round(bytes / 1024) + ' ko';
  }
  function words(lang) {
    return lang && lang.startsWith('en') ? WORDS.en : WORDS.fr;
  }

  window.FriseShared = Object.freeze({
    DEFAULT_STORY, resolveStory, isPanelId, panelFromHash, hashFor, parseOrigins, readOptions, textIn, words,
  });
})();
