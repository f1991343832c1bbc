// Opens kamgraph briefs from disk in Debian's headless Chromium and checks what a reader
// gets: every section and the key people in the DOM, no request leaving file:, no script
// run (a stakeholder's name is an attack), a screenshot that is not blank, and an A4
// landscape PDF. Run by run.sh, which makes the briefs; usage:
//   node brief.test.mjs WORK_DIR CHROMIUM
// Prints one line per check and "N passed, M failed"; exits 1 on any failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';

const [work, executablePath] = process.argv.slice(2);
if (!work || !executablePath) {
  console.error('usage: node brief.test.mjs WORK_DIR CHROMIUM');
  process.exit(2);
}

const EVIL = '<script>alert(1)</script> "\\N" {x}';

// What each brief must show: the sample graphs' key people (graphs/README.md) and the
// escaping account (escape/*.csv).
const BRIEFS = [
  {
    account: 'brennero_meccanica',
    title: 'Brennero Meccanica S.p.A.',
    status: 'RED',
    deciders: ['Ing. Carlo Brennero', 'Dott.ssa Federica Moser', 'Ing. Andrea Gruber'],
    people: ['Stefano Pichler', 'Marco Rossi', 'Ing. Dario Wolf', '[Head of IT/OT Security]'],
  },
  {
    account: 'asst_valpadana',
    title: 'ASST Valpadana - Ospedali Riuniti',
    status: 'RED',
    deciders: ['Dott. Roberto Sartori', 'Ing. Paolo Benedetti', 'Dott. Giancarlo Vitale'],
    people: ['Prof. Ettore Galli', 'Dr. Marco Pellegrini'],
  },
  {
    account: 'aurora_supermercati',
    title: 'Supermercati Aurora S.p.A.',
    status: null,
    deciders: ['Ing. Laura Benassi', 'Dott. Enrico Valli'],
    people: ['Paolo Marino', 'Ing. Stefano Colli', 'Giorgio Rinaldi', 'Anna Kowalska'],
  },
  {
    account: 'escape_test',
    title: 'Escape <b>Test</b> & Co "Ltd"',
    status: null,
    deciders: [EVIL],
    people: ['Bianca O\'Brien', 'Kim "K" <u>Acct</u>'],
    escape: true,
  },
];

const SECTIONS = {
  map: 'Stakeholder map',
  matrix: 'Coverage matrix',
  decides: 'Who decides',
  gaps: 'Coverage gaps',
  'single-points': 'Single points of failure',
  stale: 'Stale relationships',
  actions: 'Next relationship actions',
  legend: 'Legend',
};

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed++;
    console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
}

// A fresh profile per launch, removed afterwards.
async function launch(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kamgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 1000 },
    offline: true,
    ...options,
  });
  return { context, close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
}

// Every request that is not file: counts, and is refused.
function watch(context, page) {
  const seen = { network: [], dialogs: 0, errors: [], console: [] };
  context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    seen.network.push(url);
    return route.abort();
  });
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !seen.network.includes(r.url())) seen.network.push(r.url()); });
  page.on('dialog', (d) => { seen.dialogs++; d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') seen.console.push(m.text()); });
  return seen;
}

function pngStats(buffer) {
  const png = PNG.sync.read(buffer);
  const colours = new Set();
  let ink = 0;
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
    colours.add((r << 16) | (g << 8) | b);
    if (r < 230 || g < 230 || b < 230) ink++;
  }
  return { width: png.width, height: png.height, colours: colours.size, ink: ink / (png.width * png.height) };
}

function pdfStats(buffer) {
  const text = buffer.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
  const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return { header: text.slice(0, 5), pages, width: box ? Number(box[1]) : 0, height: box ? Number(box[2]) : 0 };
}

async function checkBrief(context, spec) {
  const file = path.join(work, `${spec.account}.html`);
  const page = await context.newPage();
  const seen = watch(context, page);
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  const tag = spec.account;

  // What the DOM holds, read once.
  const dom = await page.evaluate((sections) => {
    const text = document.body.innerText;
    const out = {
      title: document.title,
      h1: document.querySelector('h1')?.textContent ?? null,
      status: document.querySelector('#status .status-word')?.textContent.trim() ?? null,
      reasons: document.querySelectorAll('#status li').length,
      sections: {},
      scripts: document.scripts.length,
      handlers: [],
      foreign: document.querySelectorAll('img, iframe, object, embed, link, u, i, foreignObject, image, use').length,
      mapNodes: document.querySelectorAll('#map svg g.node').length,
      matrixRows: document.querySelectorAll('#matrix table.matrix tbody tr:not(.group)').length,
      text,
      decides: document.querySelector('#decides')?.innerText ?? '',
      matrix: document.querySelector('#matrix')?.innerText ?? '',
      whoTexts: [...document.querySelectorAll('.who')].map((e) => e.textContent),
      titles: [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title')),
    };
    for (const [id, heading] of Object.entries(sections)) {
      const s = document.getElementById(id);
      out.sections[id] = s ? (s.querySelector('h2')?.textContent === heading && s.getBoundingClientRect().height > 0) : false;
    }
    for (const e of document.querySelectorAll('*'))
      for (const a of e.attributes) if (/^on/i.test(a.name)) out.handlers.push(`${e.tagName} ${a.name}`);
    return out;
  }, SECTIONS);

  check(`${tag}: title and heading`, dom.h1 === spec.title && dom.title.includes(spec.title), `${dom.h1} / ${dom.title}`);
  check(`${tag}: status with reasons`, !!dom.status && (spec.status ? dom.status === spec.status : /^(RED|AMBER|GREEN)$/.test(dom.status)) && dom.reasons > 0, dom.status);
  for (const [id, ok] of Object.entries(dom.sections)) check(`${tag}: section ${id}`, ok);
  check(`${tag}: the map is inline SVG with people`, dom.mapNodes >= 4, `${dom.mapNodes} nodes`);
  check(`${tag}: the coverage matrix has rows`, dom.matrixRows >= 3, `${dom.matrixRows} rows`);
  for (const name of spec.deciders) {
    check(`${tag}: who decides names ${name}`, dom.decides.includes(name));
    check(`${tag}: the matrix lists ${name}`, dom.matrix.includes(name));
  }
  for (const name of spec.people) check(`${tag}: ${name} is on the page`, dom.text.includes(name));
  check(`${tag}: no script element`, dom.scripts === 0, `${dom.scripts}`);
  check(`${tag}: no event handler attribute`, dom.handlers.length === 0, dom.handlers.join(', '));
  check(`${tag}: nothing embedded or injected`, dom.foreign === 0, `${dom.foreign}`);
  check(`${tag}: no dialog opened (no script ran)`, seen.dialogs === 0, `${seen.dialogs}`);
  check(`${tag}: no page error`, seen.errors.length === 0, seen.errors.join(' | '));
  check(`${tag}: no console error or CSP report`, seen.console.length === 0, seen.console.join(' | '));

  if (spec.escape) {
    // The attack is text, exactly as imported, in the text and in attribute values.
    check(`${tag}: the name is literal text`, dom.whoTexts.filter((t) => t === EVIL).length >= 3,
      JSON.stringify(dom.whoTexts.slice(0, 6)));
    check(`${tag}: the name is literal in tooltips`, dom.titles.some((t) => t.includes(EVIL)));
    check(`${tag}: the injected title stays text`, dom.text.includes('CEO <img src=x onerror=alert(2)>'));
    check(`${tag}: the injected department stays text`, dom.text.includes('Management <i>&</i>'));
  }

  // A screenshot that shows a page, not a blank.
  const shot = await page.screenshot({ fullPage: true, path: path.join(work, `${spec.account}.png`) });
  const s = pngStats(shot);
  check(`${tag}: screenshot is not blank`, s.colours >= 200 && s.ink > 0.05 && s.height > 2000,
    `${s.width}x${s.height}, ${s.colours} colours, ${(s.ink * 100).toFixed(1)}% ink`);

  // The print stylesheet: A4 landscape, several pages.
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  fs.writeFileSync(path.join(work, `${spec.account}.pdf`), pdf);
  const p = pdfStats(pdf);
  check(`${tag}: PDF is A4 landscape with several pages`,
    p.header === '%PDF-' && p.pages >= 3 && Math.abs(p.width - 842) < 2 && Math.abs(p.height - 595) < 2 && pdf.length > 50000,
    `${p.header} ${p.pages} pages ${p.width}x${p.height} ${pdf.length} bytes`);

  check(`${tag}: no request left file:`, seen.network.length === 0, seen.network.join(', '));
  await page.close();
}

// Readable without JavaScript: the same page with scripting off still shows the brief.
async function checkWithoutJavaScript(spec) {
  const { context, close } = await launch({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const seen = watch(context, page);
    await page.goto(`file://${path.join(work, `${spec.account}.html`)}`);
    const s = pngStats(await page.screenshot({ fullPage: true }));
    check(`${spec.account}: readable with JavaScript off`, s.colours >= 200 && s.ink > 0.05 && s.height > 2000,
      `${s.width}x${s.height}, ${s.colours} colours`);
    check(`${spec.account}: no request left file: (JavaScript off)`, seen.network.length === 0, seen.network.join(', '));
  } finally {
    await close();
  }
}

const { context, close } = await launch();
try {
  for (const spec of BRIEFS) await checkBrief(context, spec);
} finally {
  await close();
}
await checkWithoutJavaScript(BRIEFS[0]);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
