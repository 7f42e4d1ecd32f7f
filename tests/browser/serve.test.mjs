// scripts/serve.mjs, the local server of ./scripts/run.sh and the browser tests, proven against
// raw requests (net.Socket, no HTTP client to tidy them up): it serves its folder and nothing
// beside it (a sibling folder whose name starts with the served one's, a symbolic link out), it
// answers NUL, bad percent-encodings, `..` in every spelling and a 100 KB URL with 400, 404, 414
// or 431 and keeps answering afterwards, it listens on 127.0.0.1 only, and every answer says
// X-Content-Type-Options: nosniff and, from a setting, Content-Security-Policy: frame-ancestors.
// Text goes gzipped only to a client that accepts gzip, and unzips to the file's bytes.
//   node serve.test.mjs
import {spawn} from 'node:child_process';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import zlib from 'node:zlib';
import {acceptsGzip, serve} from '../../scripts/serve.mjs';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'serve.mjs');
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok:  ' : 'FAIL:'} ${what}`);
  if (!ok) failures++;
  return ok;
};

// The served folder, `site`, and beside it `site-other` (the same prefix) with a secret.
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'frise-serve-'));
const site = path.join(temp, 'site');
const other = path.join(temp, 'site-other');
fs.mkdirSync(path.join(site, 'sub'), {recursive: true});
fs.mkdirSync(other);
fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>site</title>');
fs.writeFileSync(path.join(site, 'story.json'), '{"frise": 1}');
const bigText = JSON.stringify({frise: 1, panels: Array.from({length: 400}, (_, i) => ({id: 'p' + i, caption: 'Texte répété '.repeat(3)}))});
fs.writeFileSync(path.join(site, 'big.json'), bigText);
fs.writeFileSync(path.join(site, 'sub', 'index.html'), '<!doctype html><title>sub</title>');
fs.writeFileSync(path.join(site, '.secret'), 'hidden');
fs.writeFileSync(path.join(other, 'secret.txt'), 'SIBLING SECRET');
fs.symlinkSync(other, path.join(site, 'link'));
execFileSync('mkfifo', [path.join(site, 'pipe.json')]);

// One raw request on its own connection: the status line, the headers, the body.
function raw(port, text, timeout = 5000) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    const done = (error) => {
      clearTimeout(timer);
      socket.destroy();
      const all = Buffer.concat(chunks).toString('latin1');
      const [head, ...body] = all.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({status: Number((statusLine || '').split(' ')[1]) || 0, statusLine, headers, body: body.join('\r\n\r\n'), error});
    };
    const timer = setTimeout(() => done('timeout'), timeout);
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', () => done(null));
    socket.on('error', (e) => done(e.code));
    socket.write(text, 'latin1');
  });
}
const get = (port, target, method = 'GET') => raw(port, `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

// The command line server, as ./scripts/run.sh starts it, with a frame-ancestors setting.
function start(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, site, '0'], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve({child, port: Number(m[1])});
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${err.trim()}`)));
  });
}

try {
  const setting = "'self' https://blog.example https://*.example.org";
  const {child, port} = await start({FRISE_FRAME_ANCESTORS: setting});
  let exited = null;
  child.on('exit', (code, signal) => { exited = `${code ?? signal}`; });

  const home = await get(port, '/');
  check(home.status === 200 && home.body.includes('<title>site</title>') && home.headers['content-type'].startsWith('text/html'),
    `GET / answers 200 with index.html (${home.statusLine})`);
  check(home.headers['x-content-type-options'] === 'nosniff', `X-Content-Type-Options: ${home.headers['x-content-type-options']}`);
  check(home.headers['content-security-policy'] === `frame-ancestors ${setting}`,
    `Content-Security-Policy from FRISE_FRAME_ANCESTORS: ${home.headers['content-security-policy']}`);
  const head = await get(port, '/story.json', 'HEAD');
  check(head.status === 200 && head.headers['content-length'] === '12' && head.body === '' &&
    head.headers['content-type'] === 'application/json; charset=utf-8', `HEAD /story.json: 200, Content-Length 12, no body`);
  const sub = await get(port, '/sub/');
  check(sub.status === 200 && sub.body.includes('<title>sub</title>'), `GET /sub/ serves sub/index.html (${sub.status})`);

  // [target, allowed statuses, what it tries]
  const hostile = [
    ['/%00', [400], 'an encoded NUL'],
    ['/index.html%00.png', [400], 'a NUL before an extension'],
    ['/story.json%00', [400], 'a trailing NUL'],
    ['/%0d%0aSet-Cookie:%20a=b', [400], 'an encoded CR LF (header injection)'],
    ['/%', [400], 'a lone percent sign'],
    ['/%zz', [400], 'a percent sign without hex digits'],
    ['/%e9t%e9.json', [400], 'Latin-1 bytes that are not UTF-8'],
    ['/%ff%fe', [400], 'invalid UTF-8 bytes'],
    ['/%c0%ae%c0%ae/site-other/secret.txt', [400], 'overlong UTF-8 dots'],
    ['/../site-other/secret.txt', [400, 404], 'a plain .. into the sibling folder'],
    ['/..%2fsite-other%2fsecret.txt', [400], '..%2f into the sibling folder (the old prefix check served it)'],
    ['/%2e%2e/site-other/secret.txt', [400], '%2e%2e'],
    ['/%2E%2E/site-other/secret.txt', [400], '%2E%2E'],
    ['/.%2e/site-other/secret.txt', [400], '.%2e'],
    ['/%2e./site-other/secret.txt', [400], '%2e.'],
    ['/sub/../../site-other/secret.txt', [400, 404], '.. below a subfolder'],
    ['/sub/%2e%2e/%2e%2e/site-other/secret.txt', [400], '%2e%2e below a subfolder'],
    ['/..%5csite-other%5csecret.txt', [400], 'an encoded backslash'],
    ['/..\\site-other\\secret.txt', [400], 'a raw backslash'],
    ['/%252e%252e/site-other/secret.txt', [404], 'a double-encoded .. (a name with a percent sign: not found)'],
    ['/..%252fsite-other/secret.txt', [404], 'a double-encoded ../'],
    ['/./story.json', [400], 'a . segment'],
    ['//etc/passwd', [400], 'a protocol-relative target'],
    ['http://127.0.0.1/../site-other/secret.txt', [400], 'an absolute-form target'],
    ['*', [400], 'an asterisk target'],
    ['/link/secret.txt', [404], 'a symbolic link out of the folder'],
    ['/.secret', [404], 'a hidden file'],
    ['/pipe.json', [404], 'a FIFO (not a regular file: must not hang)'],
    ['/sub', [404], 'a folder named without its slash'],
    ['/no-such-file.json', [404], 'a missing file'],
    ['/' + 'a'.repeat(5000), [414], 'a 5 KB URL'],
    ['/' + 'a'.repeat(100 * 1024), [414, 431], 'a 100 KB URL'],
    ['/?' + '%'.repeat(200), [200], 'a malformed query (ignored)'],
  ];
  for (const [target, statuses, what] of hostile) {
    const answer = await get(port, target);
    const leaked = answer.body.includes('SIBLING SECRET') || answer.body.includes('hidden') || answer.body.includes('root:');
    check(statuses.includes(answer.status) && !leaked && (answer.status === 431 || answer.headers['x-content-type-options'] === 'nosniff'),
      `${what}: ${target.length > 60 ? target.slice(0, 40) + `… (${target.length} characters)` : target} → ${answer.statusLine || answer.error}`);
  }
  for (const [request, statuses, what] of [
    ['DELETE /story.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [405], 'DELETE'],
    ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}', [405], 'POST'],
    ['GARBAGE\r\n\r\n', [400], 'a request line that is not HTTP'],
    ['GET / HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\n\r\n', [400], 'a NUL in a header'],
    [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(100 * 1024)}\r\n\r\n`, [431], 'a 100 KB header'],
    ['GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n', [400], 'a negative Content-Length'],
    ['GET /%00 HTTP/1.1\r\nHost: x\r\n\r\nGET /../x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [400], 'two bad requests on one connection'],
  ]) {
    const answer = await raw(port, request);
    check(statuses.includes(answer.status), `${what} → ${answer.statusLine || answer.error}`);
  }
  // A client that goes away in the middle of a request, or of a file.
  await new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write('GET /sto');
      setTimeout(() => { socket.destroy(); resolve(); }, 100);
    });
    socket.on('error', resolve);
  });

  const after = await get(port, '/story.json');
  check(exited === null && after.status === 200 && after.body === '{"frise": 1}',
    `after all that the server is still up and answers (${after.statusLine}${exited ? ', it exited: ' + exited : ''})`);
  child.kill();

  // The default frame-ancestors ('self' and the embed test's host page, on localhost), and the
  // address: loopback only.
  delete process.env.FRISE_FRAME_ANCESTORS;
  const server = await serve(site, 0);
  const local = server.address();
  check(local.address === '127.0.0.1', `it listens on ${local.address} only`);
  const plain = await get(local.port, '/');
  check(plain.headers['content-security-policy'] === `frame-ancestors 'self' http://localhost:${local.port}`,
    `default: ${plain.headers['content-security-policy']}`);
  const chosen = await serve(site, 0, {frameAncestors: "'none'"});
  check((await get(chosen.address().port, '/')).headers['content-security-policy'] === "frame-ancestors 'none'",
    "serve(folder, port, {frameAncestors: \"'none'\"}) sends frame-ancestors 'none'");
  server.close();
  chosen.close();

  // Gzip: only for a client that asks for it, only for text big enough, and it unzips to the file.
  const zipping = await serve(site, 0);
  const zport = zipping.address().port;
  const zipped = await raw(zport, 'GET /big.json HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, br\r\nConnection: close\r\n\r\n');
  const body = Buffer.from(zipped.body, 'latin1');
  const chunked = zipped.headers['transfer-encoding'] === 'chunked';
  // Undo the chunked framing: size line, data, CRLF, until the 0 chunk.
  const unchunk = (b) => {
    const parts = [];
    let at = 0;
    for (;;) {
      const end = b.indexOf('\r\n', at);
      const size = parseInt(b.subarray(at, end).toString('latin1'), 16);
      if (!(size > 0)) break;
      parts.push(b.subarray(end + 2, end + 2 + size));
      at = end + 2 + size + 2;
    }
    return Buffer.concat(parts);
  };
  let unzipped = '';
  try {
    unzipped = zlib.gunzipSync(chunked ? unchunk(body) : body).toString('utf8');
  } catch (error) {
    unzipped = `(${error.message})`;
  }
  check(zipped.headers['content-encoding'] === 'gzip' && unzipped === bigText && body.length < bigText.length / 3,
    `a big JSON file goes gzipped to a client that accepts gzip, and unzips to its bytes (${body.length} of ${bigText.length} bytes)`);
  const plainJson = await raw(zport, 'GET /big.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  check(!plainJson.headers['content-encoding'] && Number(plainJson.headers['content-length']) === Buffer.byteLength(bigText),
    'without Accept-Encoding it goes as it is, with its length');
  const refusedZip = await raw(zport, 'GET /big.json HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip;q=0, identity\r\nConnection: close\r\n\r\n');
  check(!refusedZip.headers['content-encoding'], 'gzip;q=0 is a refusal');
  const small = await raw(zport, 'GET /story.json HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n');
  check(!small.headers['content-encoding'] && small.body === '{"frise": 1}', 'a tiny file goes as it is');
  check(zipped.headers['content-length'] && Number(zipped.headers['content-length']) === body.length,
    'a gzipped answer says its length');
  fs.writeFileSync(path.join(site, 'huge.json'), '');
  fs.truncateSync(path.join(site, 'huge.json'), 9 << 20);  // sparse
  const huge = await raw(zport, 'HEAD /huge.json HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n');
  check(!huge.headers['content-encoding'] && Number(huge.headers['content-length']) === 9 << 20,
    'a file over 8 MiB goes as it is, with its length (the reader refuses a story over its limit from it)');
  check(acceptsGzip('deflate, gzip;q=0.5') && acceptsGzip('*') && !acceptsGzip('br') && !acceptsGzip(''), 'Accept-Encoding is read as RFC 9110 says');
  zipping.close();

  // A setting that would break the header is refused, loudly.
  const refused = await start({FRISE_FRAME_ANCESTORS: "'self'; script-src *"}).then(({child}) => {
    child.kill();
    return null;
  }, (error) => error.message);
  check(refused && refused.includes('frame-ancestors'), `FRISE_FRAME_ANCESTORS with a ; is refused (${refused})`);
} catch (error) {
  check(false, `the test ran: ${error.stack || error.message}`);
} finally {
  fs.rmSync(temp, {recursive: true, force: true});
}
console.log(failures === 0 ? 'passed' : `${failures} check(s) failed`);
process.exit(failures ? 1 : 0);
