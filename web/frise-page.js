// The page around Frise's WebAssembly reader (index.html):
//   [1] options from the URL, checked (a refused story is said and nothing is fetched)
//   [2] loading: frise.wasm, the story and the fonts fetched at once, in parallel; the wasm
//       counted on the bar and compiled while it arrives; the first images; the first panel's
//       words shown on the loading card (the poster) as soon as the story has arrived
//   [3] events from C++ (frise:ready / panel / error): loading screen, DOM text mirror, messages
//   [4] the panel in the URL hash, with history entries (Back / Forward move between panels)
//   [5] inside an iframe: postMessage to and from the parent, from allowed origins only
//   [6] window.frise: goTo, next, prev, current, on
//   [7] focus, keys and the canvas size (zoom, devicePixelRatio changes)
// Runs synchronously in <head> so the theme class is on <html> before the first paint.
'use strict';
(function () {
  const S = window.FriseShared;

  // [1] Options ---------------------------------------------------------------------------------
  const options = S.readOptions(window.location.search);
  const reduceMotion = options.reduceMotion ||
    (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  let words = S.words(options.lang);  // follows the reader's language once the comic reports it
  const root = document.documentElement;
  root.classList.add('theme-' + (options.theme || 'light'));
  if (options.lang) root.lang = options.lang;

  // [2] What the comic needs is asked for at once, from the page's first script and in parallel:
  // the program, the story and the fonts (before, C++ asked for the story only once the program
  // ran, and the fonts came inside the program). C++ takes each response from here instead of
  // fetching it again (Module.friseTakeEarly, read by src/platform/web/files_web.cpp). Nothing
  // is fetched for a refused story or a browser without WebGL2 (said in start()). Whether a
  // WebGL2 context can really be had is tried in start(), while these download: making one
  // costs tens of milliseconds (a software renderer's start-up).
  const webgl2 = typeof window.WebGL2RenderingContext === 'function';
  // The story's font: the link's, else the reader's saved choice (src/core/reading_state.cpp
  // writes it in localStorage's frise.state). In a frame the saved state may not be the page's
  // to read (that is decided later, from parent=): there the link's or Comic Neue.
  function storyFont() {
    if (options.font) return options.font;
    if (window.parent !== window) return 'comic';
    try {
      const saved = JSON.parse(window.localStorage.getItem('frise.state') || '{}');
      return saved && saved.preferences && saved.preferences.dyslexia_font === true ? 'dyslexia' : 'comic';
    } catch (e) {
      return 'comic';  // no storage, or not ours to read: C++ reads it again and says what is wrong
    }
  }
  const early = new Map();  // URL as files_web.cpp spells it (each segment percent-encoded) -> response
  const sitePath = (path) => path.split('/').map(encodeURIComponent).join('/');
  function fetchEarly(path) {
    const url = sitePath(path);
    const response = fetch(url, {credentials: 'same-origin'});
    response.catch(() => {});  // a failure is C++'s to report, as for its own requests
    early.set(url, response);
  }
  const wasmResponse = options.story.refused === undefined && webgl2
    ? fetch('frise.wasm', {credentials: 'same-origin'}) : null;
  const POSTER_MAX_BYTES = 4 * 1024 * 1024;  // a bigger story is not parsed twice for its poster
  let posterText = null;  // the story's text, for the poster: a copy of the response C++ takes
  if (wasmResponse) {
    wasmResponse.catch(() => {});  // reported by downloadWasm
    fetchEarly(options.story.path);
    // Copied before C++ can read it (this reaction is registered first). A story too big to
    // parse twice gets no poster: the engine shows it soon enough.
    posterText = early.get(sitePath(options.story.path))
      .then((r) => r.ok && Number(r.headers.get('content-length') || 0) <= POSTER_MAX_BYTES ? r.clone().text() : null)
      .catch(() => null);
    // The fonts src/view/fonts.cpp asks for: the interface's, and the story's in the font
    // the link names, else the one saved from an earlier visit (a font picked in the settings
    // is asked for by C++ itself).
    const story = storyFont() === 'dyslexia' ? ['OpenDyslexic-Regular.otf', 'OpenDyslexic-Bold.otf']
      : ['ComicNeue-Regular.otf', 'ComicNeue-Bold.otf'];
    for (const font of [...story, 'Cantarell-Regular.otf', 'Cantarell-Bold.otf']) fetchEarly('assets/fonts/' + font);
  }

  // [2] The poster: the panel the comic opens on (the link's, else the first), in the link's
  // language (else the story's), read from Frise's format or a TimelineJS file's title slide.
  // Plain text only: TimelineJS's HTML is reduced to its words.
  function posterWords(text, panelId) {
    let story;
    try {
      story = JSON.parse(text);
    } catch (e) {
      return null;  // the engine says what is wrong with it
    }
    if (!story || typeof story !== 'object') return null;
    const plain = (html) => typeof html === 'string'
      ? (new DOMParser().parseFromString(html, 'text/html').body.textContent || '').trim() : '';
    if (Array.isArray(story.panels)) {
      const fallback = typeof story.language === 'string' ? story.language : 'fr';
      const t = (value) => S.textIn(value, options.lang || fallback, fallback);
      const panel = story.panels.find((p) => p && p.id === panelId) || story.panels[0];
      if (!panel || typeof panel !== 'object') return null;
      const title = t(story.title), headline = t(panel.headline);
      // The cover says the story's subtitle under its title, as the comic draws it.
      const caption = t(panel.caption) || (panel === story.panels[0] ? t(story.subtitle) : '');
      return {title: title === headline ? '' : title, date: t(panel.display_date), headline, caption};
    }
    if (Array.isArray(story.events)) {
      const slide = story.title && typeof story.title === 'object' ? story.title : story.events[0];
      const words = slide && slide.text && typeof slide.text === 'object' ? slide.text : {};
      return {title: '', date: '', headline: plain(words.headline), caption: plain(words.text)};
    }
    return null;
  }

  const hashPanel = S.panelFromHash(window.location.hash);
  const startPanel = hashPanel || options.panel;  // a copied link's hash wins over panel=

  function engineArguments() {
    const args = [options.story.path];
    if (startPanel) args.push('--panel', startPanel);
    if (options.lang) args.push('--lang', options.lang);
    if (options.theme) args.push('--theme', options.theme);
    if (options.autoplay) args.push('--autoplay');
    if (options.timeline) args.push('--timeline', options.timeline);
    if (reduceMotion) args.push('--motion', 'reduce');
    if (options.font) args.push('--font', options.font);
    return args;
  }

  // [6] window.frise (defined at once, so a host script can subscribe before anything loads) ----
  const handlers = {ready: new Set(), panel: new Set(), error: new Set()};
  const state = {ready: null, current: null, error: null, runtime: false, queue: []};

  function command(name, argument) {
    if (state.error) return false;
    if (!state.ready) {
      if (state.queue.length < 16) state.queue.push([name, argument]);
      return true;
    }
    window.Module.ccall('frise_command', null, ['string', 'string'], [name, argument]);
    return true;
  }

  function emit(event, detail) {
    for (const handler of Array.from(handlers[event])) {
      try {
        handler(detail);
      } catch (e) {
        console.error(e);
      }
    }
  }

  const api = Object.freeze({
    goTo(id) {
      return S.isPanelId(id) ? command('goto', id) : false;
    },
    next() {
      return command('next', '');
    },
    prev() {
      return command('prev', '');
    },
    current() {
      return state.current;
    },
    // on('ready' | 'panel' | 'error', handler) → unsubscribe(). A 'ready' (or 'error') handler
    // added after the fact is called at once with that event's detail.
    on(event, handler) {
      if (!handlers[event] || typeof handler !== 'function') throw new TypeError('frise.on(ready|panel|error, function)');
      handlers[event].add(handler);
      const past = event === 'ready' ? state.ready : event === 'error' ? state.error : null;
      if (past) handler(past);
      return () => handlers[event].delete(handler);
    },
  });
  Object.defineProperty(window, 'frise', {value: api, enumerable: true});

  // [5] Parent window (iframe) ------------------------------------------------------------------
  const framed = window.parent !== window;
  const allowedParents = options.parents.length ? options.parents : [window.location.origin];
  // Where our posts go: the embedding page's origin if it is allowed, never '*'.
  let parentOrigin = null;
  // Whether the pages around us are known and allowed: only then does the comic resume from the
  // reader's saved state (and save it). Framed by anyone else (a page not in parent=, or one
  // the browser does not name), it opens at its first panel or the link's, as a stranger's
  // copy would, and leaves the saved state alone.
  let trustedFrame = !framed;
  if (framed) {
    const ancestors = window.location.ancestorOrigins;
    let actual = ancestors && ancestors.length ? ancestors[0] : null;
    if (!actual && document.referrer) {
      try {
        actual = new URL(document.referrer).origin;
      } catch (e) {
        actual = null;
      }
    }
    if (actual && allowedParents.includes(actual)) parentOrigin = actual;
    else if (!actual && allowedParents.length === 1) parentOrigin = allowedParents[0];
    trustedFrame = Boolean(actual && allowedParents.includes(actual) &&
      (!ancestors || Array.from(ancestors).every((origin) => allowedParents.includes(origin))));
  }

  function postToParent(type, detail) {
    if (!framed || !parentOrigin) return;
    const message = type === 'frise:error' ? {type, reason: detail.reason || 'story', message: detail.message || ''}
      : {type, id: detail.id, index: detail.index, count: detail.count};
    window.parent.postMessage(message, parentOrigin);
  }

  window.addEventListener('message', (event) => {
    if (!framed || event.source !== window.parent || !allowedParents.includes(event.origin)) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || Array.isArray(data) || typeof data.type !== 'string') return;
    if (data.type === 'frise:goto') {
      if (S.isPanelId(data.id)) api.goTo(data.id);
    } else if (data.type === 'frise:next') {
      api.next();
    } else if (data.type === 'frise:prev') {
      api.prev();
    }
  });

  // [4] History ---------------------------------------------------------------------------------
  const historyMoves = new Set();  // ids asked for by Back/Forward or a typed hash: no new entry

  function onHistoryMove() {
    const id = S.panelFromHash(window.location.hash);
    // A fragment change fires both popstate and hashchange: one goto is enough.
    if (!id || !state.current || id === state.current.id || historyMoves.has(id)) return;
    if (historyMoves.size > 32) historyMoves.clear();
    historyMoves.add(id);
    api.goTo(id);
  }
  window.addEventListener('popstate', onHistoryMove);
  window.addEventListener('hashchange', onHistoryMove);

  function recordInHistory(detail, first) {
    const hash = S.hashFor(detail.id);
    // A move asked for by the history leaves the URL as the history made it.
    if (historyMoves.delete(detail.id) || window.location.hash === hash) return;
    const url = window.location.pathname + window.location.search + hash;
    if (first) window.history.replaceState(null, '', url);  // the first panel: no new entry
    else window.history.pushState(null, '', url);
  }

  // Everything below needs the document.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, {once: true});
  else start();

  function start() {
    const canvas = document.getElementById('canvas');
    const loading = document.getElementById('loading');
    const progress = document.getElementById('progress');
    const step = document.getElementById('loading-step');
    const problem = document.getElementById('problem');
    const mirror = document.getElementById('mirror');

    // The page's own words in the chosen language; again whenever the reader changes it (L, or
    // the settings), so the skip link, the text version's link and the canvas's name follow.
    let pageLanguage = null;
    function speak(lang) {
      if (lang === pageLanguage) return;
      pageLanguage = lang;
      words = S.words(lang);
      if (lang) root.lang = lang;
      document.getElementById('loading-title').textContent = words.loading;
      document.getElementById('text-link').textContent = words.textVersion;
      document.getElementById('problem-text-link').textContent = words.readText;
      canvas.setAttribute('aria-label', words.comic);
      const textHref = 'text.html?story=' + encodeURIComponent(options.story.name || 'road45') +
        (lang ? '&lang=' + encodeURIComponent(lang) : '') + (options.font ? '&font=' + options.font : '');
      for (const id of ['text-link', 'problem-text-link']) document.getElementById(id).href = textHref;
    }
    speak(options.lang);

    if (posterText) {
      posterText.then((text) => {
        const shown = text && !state.ready && !state.error ? posterWords(text, startPanel) : null;
        if (!shown || !(shown.headline || shown.caption)) return;
        for (const key of ['title', 'date', 'headline', 'caption']) {
          const element = document.getElementById('poster-' + key);
          element.textContent = shown[key] || '';
          element.hidden = !shown[key];
        }
        document.getElementById('poster').hidden = false;
      });
    }

    function setProgress(fraction, label) {
      const value = Math.round(Math.max(0, Math.min(1, fraction)) * 1000);
      if (value > progress.value) progress.value = value;
      if (label !== undefined) step.textContent = label;
    }

    function showProblem(message, list) {
      document.getElementById('problem-message').textContent = message;
      const ul = document.getElementById('problem-list');
      ul.replaceChildren();
      for (const line of list || []) {
        const li = document.createElement('li');
        li.textContent = String(line);
        ul.append(li);
      }
      ul.hidden = !(list && list.length);
      loading.hidden = true;
      problem.hidden = false;
    }

    // [3] Events from C++ -----------------------------------------------------------------------
    function updateMirror(detail) {
      const text = detail.text || {};
      const parts = [];
      const add = (tag, value, className) => {
        if (!value) return;
        const element = document.createElement(tag);
        element.textContent = value;
        if (className) element.className = className;
        parts.push(element);
      };
      add('p', words.panelOf(detail.index + 1, detail.count), 'mirror-position');
      add('p', text.date, 'mirror-date');
      add('h2', text.headline, 'mirror-headline');
      add('p', text.subtitle, 'mirror-subtitle');  // the cover's, under the title as drawn
      add('p', text.caption, 'mirror-caption');
      const balloons = Array.isArray(text.balloons) ? text.balloons : [];
      if (balloons.length) {
        const list = document.createElement('ul');
        list.className = 'mirror-balloons';
        for (const balloon of balloons) {
          const li = document.createElement('li');
          li.textContent = balloon.speaker ? balloon.speaker + words.says + balloon.text : balloon.text;
          list.append(li);
        }
        parts.push(list);
      }
      for (const alt of Array.isArray(text.alt) ? text.alt : []) add('p', alt ? words.image + words.says + alt : '', 'mirror-alt');
      for (const credit of Array.isArray(text.credits) ? text.credits : []) add('p', credit, 'mirror-credit');
      mirror.replaceChildren(...parts);
    }

    window.addEventListener('frise:ready', (event) => {
      const detail = event.detail;
      if (typeof detail.language === 'string') speak(detail.language);
      if (state.ready) {
        // The story was read again (R): the same panel with its new words, or a fixed story after
        // a broken one. The mirror follows; a problem shown before is gone.
        state.current = detail;
        state.error = null;
        problem.hidden = true;
        updateMirror(detail);
        postToParent('frise:panel', detail);
        emit('panel', detail);
        return;
      }
      state.ready = detail;
      state.current = detail;
      setProgress(1, '');
      loading.hidden = true;
      updateMirror(detail);
      recordInHistory(detail, true);
      for (const [name, argument] of state.queue.splice(0)) command(name, argument);
      postToParent('frise:ready', detail);
      emit('ready', detail);
    });
    window.addEventListener('frise:panel', (event) => {
      const detail = event.detail;
      if (typeof detail.language === 'string') speak(detail.language);
      state.current = detail;
      updateMirror(detail);
      recordInHistory(detail, false);
      postToParent('frise:panel', detail);
      emit('panel', detail);
    });
    // An error from C++ (the story cannot be shown) or from the page itself (fail below): said in
    // the page, then told to window.frise, the parent page and window.friseStatus.
    function report(detail, message) {
      state.error = detail;
      (window.friseStatus || (window.friseStatus = {})).error = detail;
      showProblem(message, Array.isArray(detail.diagnostics) ? detail.diagnostics : []);
      postToParent('frise:error', detail);
      emit('error', detail);
    }
    window.addEventListener('frise:error', (event) => {
      const detail = event.detail || {};
      if (detail === state.error) return;  // raised by fail(): already reported
      report(detail, words.storyErrors);
    });
    // The page's own failures are frise:error DOM events too, as C++'s are.
    function fail(message, reason, list) {
      const detail = {reason, message, diagnostics: list || []};
      report(detail, message);
      window.dispatchEvent(new CustomEvent('frise:error', {detail}));
    }

    // [1] Refusals: say why, fetch nothing.
    if (options.story.refused !== undefined) {
      document.getElementById('problem-text-link').parentElement.hidden = true;  // no text for a refused story
      fail(words.refused(options.story.refused), 'refused');
      return;
    }
    const probe = webgl2 && document.createElement('canvas').getContext('webgl2');
    if (!probe) {
      fail(words.noWebgl + ' ' + words.noWebglHint, 'webgl2');
      return;
    }
    const lose = probe.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();

    // [2] Loading -------------------------------------------------------------------------------
    // Weights of the steps on the bar: program 0–80 %, compiling, story, first images, drawn.
    const PROGRAM = 0.8, COMPILED = 0.85, STORY = 0.9;
    setProgress(0, words.stepProgram(0, 0));

    async function expectedWasmSize(response) {
      const length = Number(response.headers.get('Content-Length'));
      if (length > 0 && !response.headers.get('Content-Encoding')) return length;
      try {
        // Written at build time beside frise.wasm (compressed transfers hide the real size).
        const manifest = await (await fetch('frise.wasm.json', {cache: 'no-cache'})).json();
        return Number(manifest.bytes) > 0 ? Number(manifest.bytes) : 0;
      } catch (e) {
        return 0;
      }
    }

    // The program is compiled while it downloads: one branch of the stream goes to the compiler,
    // the other is counted for the bar.
    async function downloadWasm() {
      const response = await wasmResponse;
      if (!response.ok) throw new Error(words.missing(`frise.wasm (HTTP ${response.status})`));
      const total = await expectedWasmSize(response);
      if (!response.body) return WebAssembly.compile(await response.arrayBuffer());  // an old browser
      const [counted, compiled] = response.body.tee();
      const program = WebAssembly.compileStreaming
        ? WebAssembly.compileStreaming(new Response(compiled, {headers: {'Content-Type': 'application/wasm'}}))
        : new Response(compiled).arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
      const checked = program.catch((error) => Promise.reject(new Error(words.stopped(error.message || String(error)))));
      checked.catch(() => {});  // reported once, by whoever waits for the program
      const reader = counted.getReader();
      let received = 0;
      for (;;) {
        const {done, value} = await reader.read();
        if (done) break;
        received += value.length;
        setProgress(total ? PROGRAM * Math.min(received / total, 1) : PROGRAM * (1 - 1 / (1 + received / 4e6)),
          words.stepProgram(received, total));
      }
      setProgress(PROGRAM, words.stepCompile);
      return checked;
    }

    const wasmModule = downloadWasm();
    wasmModule.catch((error) => fail(error.message || String(error), 'wasm'));

    // The story's and the first images' arrival is watched here (C++ reads them). The story
    // often arrives before the program: the bar says so once the program runs.
    const storyUrl = new URL(sitePath(options.story.path), window.location.href).href;
    let images = 0, storyArrived = false;
    if (window.PerformanceObserver) {
      const observer = new PerformanceObserver((list) => {
        if (state.ready) {
          observer.disconnect();
          return;
        }
        for (const entry of list.getEntries()) {
          if (entry.name === storyUrl) {
            storyArrived = true;
            if (state.runtime) setProgress(STORY, words.stepImages(0));
          }
          else if ((entry.initiatorType === 'fetch' || entry.initiatorType === 'xmlhttprequest') && /\.(png|jpe?g)$/i.test(new URL(entry.name).pathname)) {
            images++;
            setProgress(STORY + 0.09 * (1 - Math.pow(0.5, images)), words.stepImages(images));
          }
        }
      });
      observer.observe({type: 'resource', buffered: true});
    }

    window.Module = {
      canvas,
      arguments: engineArguments(),
      // Read by src/platform/web/host_web.cpp: false keeps localStorage's reading state unread
      // and unwritten (framed by a page parent= does not name).
      friseRemember: trustedFrame,
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
      onAbort: (what) => fail(words.stopped(what), 'abort'),
      onRuntimeInitialized: () => {
        state.runtime = true;
        setProgress(COMPILED, words.stepStory);
        if (storyArrived) setProgress(STORY, words.stepImages(0));
      },
      // The responses fetched at once above, each handed over once (files_web.cpp).
      friseTakeEarly(url) {
        const response = early.get(url) || null;
        early.delete(url);
        return response;
      },
      // Emscripten hands over its imports; the program is the one counted and compiled above.
      instantiateWasm(imports, receive) {
        wasmModule
          .then((program) => WebAssembly.instantiate(program, imports).then((instance) => receive(instance, program)))
          .catch((error) => {
            if (!state.error) fail(words.stopped(error.message || String(error)), 'wasm');
          });
        return {};
      },
    };

    const script = document.createElement('script');
    script.src = 'frise.js';
    script.async = true;
    script.onerror = () => fail(words.missing('frise.js'), 'script');
    document.body.append(script);

    // [7] Focus, keys, size ---------------------------------------------------------------------
    // Keys reach the comic only while the canvas has focus (SDL listens on #canvas alone).
    // A click or tap gives it focus; on its own page it starts focused, inside an iframe it
    // waits to be clicked so the host page keeps its keys.
    canvas.addEventListener('pointerdown', () => canvas.focus({preventScroll: true}));
    if (!framed) canvas.focus({preventScroll: true});
    // SDL cancels Tab on the canvas; let it through so keyboard users can leave the comic,
    // except while an overlay (settings, search…) has the keyboard: there Tab moves between its
    // controls, as in a dialog, and focus stays in the comic.
    // Tab also turns the focus outline on (it shows where the keys go); a pointer turns it off.
    // The comic saves the reading position a moment after each move; a page closing or hidden
    // now gets no more frames, so it is told to write it at once.
    const flushSaves = () => {
      try { if (window.Module && window.Module._frise_page_hidden) window.Module._frise_page_hidden(); } catch (e) {}
    };
    window.addEventListener('pagehide', flushSaves);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flushSaves(); });
    let overlayOpen = false;
    window.addEventListener('frise:overlay', (event) => {
      overlayOpen = !!(event.detail && event.detail.overlay && event.detail.overlay !== 'none');
    });
    window.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      root.classList.add('keyboard-focus');
      if (event.target === canvas && !overlayOpen) event.stopImmediatePropagation();
    }, true);
    window.addEventListener('pointerdown', () => root.classList.remove('keyboard-focus'), true);

    // Browser zoom and moving to another screen change devicePixelRatio, not always with a resize
    // event (emulated ratios send none): check it every frame, and send one when it changed, so
    // SDL sizes the canvas again at CSS size x devicePixelRatio.
    let pixelRatio = window.devicePixelRatio;
    const watchPixelRatio = () => {
      if (window.devicePixelRatio !== pixelRatio) {
        pixelRatio = window.devicePixelRatio;
        window.dispatchEvent(new Event('resize'));
      }
      window.requestAnimationFrame(watchPixelRatio);
    };
    window.requestAnimationFrame(watchPixelRatio);
  }
})();
