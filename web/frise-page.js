// The page side of Frise's web edition: the Emscripten Module settings, the loading message,
// and focus handling (keys go to the comic only once it has focus).
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('status');

  function showError(message) {
    status.textContent = message;
    status.className = 'error';
    status.hidden = false;
  }

  const probe = document.createElement('canvas').getContext('webgl2');
  if (!probe) {
    showError('Votre navigateur ne permet pas WebGL 2, nécessaire pour afficher cette bande dessinée.');
  }

  // Story and options come from the page's URL: ?story=panels/road45.json&panel=air-gap&lang=en
  const params = new URLSearchParams(window.location.search);
  const args = [];
  const story = params.get('story');
  if (story) args.push(story);
  for (const name of ['panel', 'lang']) {
    const value = params.get(name);
    if (value) args.push('--' + name, value);
  }

  window.Module = {
    canvas,
    arguments: args,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => showError('Frise s’est arrêtée : ' + what),
  };

  window.addEventListener('frise:ready', () => { status.hidden = true; });
  window.addEventListener('frise:error', () => { status.hidden = true; });
  canvas.addEventListener('pointerdown', () => canvas.focus());
  canvas.focus();
})();
