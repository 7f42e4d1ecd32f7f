// A small static file server for Frise's web edition (Node's http, fs and path; no dependencies):
// serves one folder on 127.0.0.1 only, with the right MIME types (application/wasm lets the
// browser compile while it downloads) and the headers a host should send:
//   X-Content-Type-Options: nosniff
//   Content-Security-Policy: frame-ancestors …   (who may put the comic in a frame; a <meta>
//                                                  tag cannot say it, only a header can)
// Text, the program and fonts go gzipped to a client that accepts it, as static hosts send
// them, so what the browser tests and the benchmark count on the wire is what readers download.
//   node scripts/serve.mjs [FOLDER=build/web] [PORT=8080]   (PORT 0 picks a free port)
//   FRISE_FRAME_ANCESTORS="'self' https://blog.example" node scripts/serve.mjs …
// Prints "serving FOLDER at http://127.0.0.1:PORT/" once listening.
//
// Only files inside FOLDER are served: the path is decoded once, and a request whose path holds
// a NUL or another control character, a backslash, a bad percent-encoding or a `..` segment (in
// any spelling, %2e%2e included) is answered 400; a hidden name (.git), a symbolic link leading
// out of FOLDER, a folder or anything but a regular file is answered 404. GET and HEAD only.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import {pipeline} from 'node:stream';
import zlib from 'node:zlib';
import {promisify} from 'node:util';

const gzipped = promisify(zlib.gzip);

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.css': 'text/css; charset=utf-8',
  '.otf': 'font/otf', '.ttf': 'font/ttf', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
// Worth compressing (images are compressed already); smaller files go as they are.
const compressible = new Set(['.html', '.js', '.mjs', '.wasm', '.json', '.svg', '.css', '.otf', '.ttf', '.txt']);
const COMPRESS_FROM = 1024;
// Bigger files go as they are, with their Content-Length (hosts compress assets, not huge files;
// and the reader refuses a story over its limit from that length, before reading it).
const COMPRESS_UP_TO = 8 << 20;
// Whether an Accept-Encoding header takes gzip (not refused with q=0).
export function acceptsGzip(header) {
  for (const part of String(header || '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';').map((s) => s.trim());
    if (name !== 'gzip' && name !== '*') continue;
    const q = params.find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}
const MAX_URL = 4096;  // longer request targets get 414 (Node itself refuses headers over 16 KiB)

// The frame-ancestors sources: `setting` (or FRISE_FRAME_ANCESTORS), else 'self' plus the same
// server under the name localhost (the embed test's host page is on the other name, so the comic
// is framed from another origin). A value that could break the header is refused.
export function frameAncestors(setting, port) {
  const value = (setting ?? process.env.FRISE_FRAME_ANCESTORS ?? '').trim();
  if (!value) return `'self' http://localhost:${port}`;
  if (!/^[\x21-\x7e]+( [\x21-\x7e]+)*$/.test(value) || /[;,]/.test(value)) {
    throw new Error(`serve: frame-ancestors must be CSP sources separated by spaces, not ${JSON.stringify(value)}`);
  }
  return value;
}

export function serve(folder, port = 0, options = {}) {
  const root = fs.realpathSync(path.resolve(folder));
  const inside = (file) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  let security = {};

  function answer(response, status, text, headers = {}) {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.writeHead(status, {...security, 'Content-Type': 'text/plain; charset=utf-8', ...headers});
    response.end(text + '\n');
  }

  // The file a request names, or the status that answers it instead.
  function locate(target) {
    if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return {status: 400};
    if (target.length > MAX_URL) return {status: 414};
    const raw = target.replace(/[?#].*$/s, '');
    let decoded;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return {status: 400};  // bad percent-encoding, or bytes that are not UTF-8 (%c0%ae…)
    }
    if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.includes('\ufffd')) return {status: 400};
    const segments = decoded.split('/').slice(1);
    if (segments.some((s) => s === '..' || s === '.')) return {status: 400};
    if (segments.some((s) => s.startsWith('.'))) return {status: 404};  // hidden files stay hidden
    let file = path.join(root, ...segments);
    if (decoded.endsWith('/')) file = path.join(file, 'index.html');
    if (!inside(file)) return {status: 404};
    return {file};
  }

  async function handle(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      answer(response, 405, 'method not allowed', {Allow: 'GET, HEAD'});
      return;
    }
    const {file, status} = locate(request.url);
    if (!file) {
      answer(response, status, status === 404 ? 'not found' : status === 414 ? 'URI too long' : 'bad request');
      return;
    }
    let handle;
    try {
      // A symbolic link may lead out of the folder: what is opened must be inside it.
      const real = await fs.promises.realpath(file);
      if (!inside(real)) throw new Error('outside');
      handle = await fs.promises.open(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
      const info = await handle.stat();
      if (!info.isFile()) throw new Error('not a file');
      const extension = path.extname(real).toLowerCase();
      const gzip = options.gzip !== false && compressible.has(extension) && info.size >= COMPRESS_FROM &&
        info.size <= COMPRESS_UP_TO && acceptsGzip(request.headers['accept-encoding']);
      // Compressed whole, so that the answer says its length, as a host's precompressed file does.
      const body = gzip ? await gzipped(await handle.readFile()) : null;
      response.writeHead(200, {
        ...security,
        'Content-Type': types[extension] || 'application/octet-stream',
        ...(gzip ? {'Content-Encoding': 'gzip', 'Content-Length': body.length} : {'Content-Length': info.size}),
        'Vary': 'Accept-Encoding',
        'Cache-Control': 'no-cache',
      });
      if (request.method === 'HEAD' || gzip) {
        response.end(request.method === 'HEAD' ? undefined : body);
        await handle.close();
        return;
      }
      const stream = handle.createReadStream({autoClose: true});
      handle = null;  // the stream closes it, also when the client goes away mid-file
      pipeline(stream, response, () => {});
    } catch {
      if (handle) await handle.close().catch(() => {});
      answer(response, 404, 'not found');
    }
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => answer(response, 500, 'server error'));
  });
  // Requests Node's parser refuses (a header or a URL too long, bytes HTTP does not allow): a
  // short answer on that connection, never a crash.
  server.on('clientError', (error, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\nX-Content-Type-Options: nosniff\r\n\r\n`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      try {
        security = {
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': `frame-ancestors ${frameAncestors(options.frameAncestors, server.address().port)}`,
        };
      } catch (error) {
        server.close();
        reject(error);
        return;
      }
      resolve(server);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2] || 'build/web';
  const port = Number(process.argv[3] ?? 8080);
  if (!fs.existsSync(path.join(folder, 'index.html'))) {
    console.error(`serve: ${folder}/index.html not found: build the web edition first`);
    process.exit(1);
  }
  try {
    const server = await serve(folder, port);
    console.log(`serving ${folder} at http://127.0.0.1:${server.address().port}/`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
