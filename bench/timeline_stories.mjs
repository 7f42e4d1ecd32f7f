// TimelineJS 3 files of N events for the web benchmark: a title slide and N dated events with a
// headline and a few paragraphs of text, no media (remote media would measure the network, and
// this machine has none). The same seed gives the same bytes, so runs on different days compare.
//   node bench/timeline_stories.mjs OUT_DIR [20 200 2000]   writes OUT_DIR/timeline-N.json
import fs from 'node:fs';
import path from 'node:path';

// A small fixed PRNG (mulberry32): Math.random would make every file different.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('the team moved the service to the cloud after a long night of tests while the old ' +
  'cluster kept running and every alert was read twice before the release went out to users in ' +
  'three countries with a plan to roll back that nobody needed in the end').split(' ');

function sentence(next, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out.join(' ') + '.';
}

export function timeline(events, seed = 13) {
  const next = random(seed + events);
  const list = [];
  // Spread over about 30 years whatever the count, in date order as an author writes them.
  const startDay = Date.UTC(1995, 0, 1) / 86400000;
  const spanDays = 30 * 365;
  for (let i = 0; i < events; i++) {
    const day = startDay + Math.floor(((i + next()) / events) * spanDays);
    const d = new Date(day * 86400000);
    const event = {
      unique_id: `event-${i + 1}`,
      start_date: {year: String(d.getUTCFullYear()), month: String(d.getUTCMonth() + 1), day: String(d.getUTCDate())},
      text: {
        headline: `Event ${i + 1}: ${sentence(next, 3 + Math.floor(next() * 4)).slice(0, -1)}`,
        text: `<p>${sentence(next, 12 + Math.floor(next() * 12))}</p><p>${sentence(next, 8 + Math.floor(next() * 10))}</p>`,
      },
    };
    if (i % 7 === 3) {
      const end = new Date((day + 30 + Math.floor(next() * 300)) * 86400000);
      event.end_date = {year: String(end.getUTCFullYear()), month: String(end.getUTCMonth() + 1), day: String(end.getUTCDate())};
    }
    list.push(event);
  }
  return {
    title: {text: {headline: `A benchmark timeline of ${events} events`, text: '<p>Generated text, no media.</p>'}},
    events: list,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, ...sizes] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node bench/timeline_stories.mjs OUT_DIR [SIZES...]');
    process.exit(2);
  }
  fs.mkdirSync(out, {recursive: true});
  for (const n of (sizes.length ? sizes : ['20', '200', '2000']).map(Number)) {
    const file = path.join(out, `timeline-${n}.json`);
    fs.writeFileSync(file, JSON.stringify(timeline(n)) + '\n');
    console.log(file);
  }
}
