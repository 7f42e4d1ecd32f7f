// A small static file server for Frise's web edition (no dependencies): serves a folder on
// 127.0.0.1 with the right MIME types (application/wasm lets the browser compile while it downloads).
//   node scripts/serve.mjs [FOLDER=build/web] [PORT=8080]   (PORT 0 picks a free port)
// Prints "serving FOLDER at http://127.0.0.1:PORT/" once listening.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.css': 'text/css; charset=utf-8',
  '.otf': 'font/otf', '.ttf': 'font/ttf', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

export function serve(folder, port = 0) {
  const root = path.resolve(folder);
  const server = http.createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (error, data) => {
      if (error) {
        response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'}).end('not found: ' + pathname);
        return;
      }
      response.writeHead(200, {
        'Content-Type': types[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      response.end(data);
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2] || 'build/web';
  const port = Number(process.argv[3] ?? 8080);
  if (!fs.existsSync(path.join(folder, 'index.html'))) {
    console.error(`serve: ${folder}/index.html not found: build the web edition first`);
    process.exit(1);
  }
  const server = await serve(folder, port);
  console.log(`serving ${folder} at http://127.0.0.1:${server.address().port}/`);
}
