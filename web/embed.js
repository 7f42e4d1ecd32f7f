// The example host page (embed.html): its buttons drive the Frise iframe by postMessage and it
// lists the panel events the iframe posts back. Messages go to, and are accepted from, the
// iframe's own origin only.
'use strict';
(function () {
  const frame = document.getElementById('frise');
  const frameOrigin = new URL(frame.src, window.location.href).origin;
  const current = document.getElementById('current');
  const events = document.getElementById('events');

  const send = (message) => frame.contentWindow.postMessage(message, frameOrigin);
  document.getElementById('prev').addEventListener('click', () => send({type: 'frise:prev'}));
  document.getElementById('next').addEventListener('click', () => send({type: 'frise:next'}));
  document.getElementById('goto-air-gap').addEventListener('click', () => send({type: 'frise:goto', id: 'air-gap'}));
  document.getElementById('goto-start').addEventListener('click', () => send({type: 'frise:goto', id: 'cover'}));

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || (data.type !== 'frise:panel' && data.type !== 'frise:ready')) return;
    if (typeof data.id !== 'string' || data.id.length > 200 || !Number.isInteger(data.index)) return;
    const position = Number.isInteger(data.count) ? ` (${data.index + 1} / ${data.count})` : '';
    current.textContent = data.id + position;
    const item = document.createElement('li');
    item.textContent = `${data.type} ${data.id} #${data.index}`;
    events.append(item);
    while (events.children.length > 50) events.firstElementChild.remove();
    events.scrollTop = events.scrollHeight;
  });

  // The snippet to copy points at this site, wherever it is served from.
  const snippet = document.getElementById('snippet');
  const src = new URL('index.html?story=road45', window.location.href).href;
  snippet.textContent = `<iframe src="${src}"\n        width="720" height="480" title="Road 45 — bande dessinée"\n        allow="fullscreen"></iframe>`;
  const copied = document.getElementById('copied');
  document.getElementById('copy').addEventListener('click', () => {
    const done = (ok) => { copied.textContent = ok ? 'Copié.' : 'Sélectionnez le code et copiez-le (Ctrl+C).'; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(snippet.textContent).then(() => done(true), () => done(false));
    } else {
      done(false);
    }
  });
})();
