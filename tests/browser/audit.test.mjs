// Opens the portfolio audit (kamgraph audit -f html) from disk in Debian's headless Chromium
// and checks what a sales manager gets: the key-person risk with its revenue, the accounts
// table, the three segmentation pictures with the accounts in their cells, no request
// leaving file:, no script run (an account and a person are named as attacks), a page that is
// not blank with JavaScript on or off, and an A4 landscape PDF. Needs, in WORK_DIR, the
// node_modules that run.sh installs and:
//   audit.html         kamgraph audit --as-of 2026-11-23 -f html of samples/portfolio
//   audit_escape.html  the same of tests/browser/escape (names that are attacks)
// Usage: node audit.test.mjs WORK_DIR CHROMIUM. Prints one line per check and
// "N passed, M failed"; exits 1 on any failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';

const [work, executablePath] = process.argv.slice(2);
if (!work || !executablePath) {
  console.error('usage: node audit.test.mjs WORK_DIR CHROMIUM');
  process.exit(2);
}

const EVIL = '<script>alert(1)</script> "\\N" {x}';
const EVIL_ACCOUNT = 'Escape <b>Test</b> & Co "Ltd"';
const SECTIONS = {
  'key-person-risk': 'Key-person risk',
  accounts: 'Accounts',
  why: 'Why red or amber',
  segmentation: 'Segmentation',
  glossary: 'How to read this',
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

async function launch(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kamgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args: ARGS, viewport: { width: 1400, height: 1000 },
    offline: true, ...options,
  });
  return { context, close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
}

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

// What the page holds, read once.
async function read(page) {
  return page.evaluate((sections) => {
    const cells = (svg) => [...document.querySelectorAll(`${svg} g.acct text`)].map((t) => t.textContent);
    const rect = (e) => e?.getBoundingClientRect() ?? { width: 0, height: 0 };
    const out = {
      title: document.title,
      text: document.body.innerText,
      sections: {},
      scripts: document.scripts.length,
      handlers: [],
      foreign: document.querySelectorAll('img, iframe, object, embed, link, b, u, i, foreignObject, image, use').length,
      headline: document.querySelector('#headline-risk')?.textContent ?? '',
      risk: [...document.querySelectorAll('#risk-table tbody tr')].map((tr) => tr.innerText),
      rows: [...document.querySelectorAll('#audit-table tbody tr')].map((tr) => tr.id),
      svgs: [...document.querySelectorAll('figure svg')].map((s) => { const r = rect(s); return { w: r.width, h: r.height }; }),
      segment: cells('#segment-matrix'),
      contribution: cells('#contribution-matrix'),
      quality: cells('#quality-matrix'),
      whoTexts: [...document.querySelectorAll('.who')].map((e) => e.textContent),
      svgTitles: [...document.querySelectorAll('g.acct > title')].map((e) => e.textContent),
    };
    for (const [id, heading] of Object.entries(sections)) {
      const s = document.getElementById(id);
      out.sections[id] = s ? (s.querySelector('h2')?.textContent === heading && s.getBoundingClientRect().height > 0) : false;
    }
    for (const e of document.querySelectorAll('*'))
      for (const a of e.attributes) if (/^on/i.test(a.name)) out.handlers.push(`${e.tagName} ${a.name}`);
    return out;
  }, SECTIONS);
}

async function checkPortfolio(context) {
  const page = await context.newPage();
  const seen = watch(context, page);
  await page.goto(`file://${path.join(work, 'audit.html')}`, { waitUntil: 'load' });
  const dom = await read(page);
  const tag = 'portfolio';

  check(`${tag}: title`, dom.title === 'Portfolio audit (as of 2026-11-23)', dom.title);
  for (const [id, ok] of Object.entries(dom.sections)) check(`${tag}: section ${id}`, ok);
  // samples/portfolio/README.md: greco is the only direct tie to the deciders of four accounts.
  check(`${tag}: headline names Franco Greco and 48.7% of revenue`,
    dom.headline.includes('Franco Greco') && dom.headline.includes('28,550,000 = 48.7% of revenue'), dom.headline);
  check(`${tag}: Greco tops the key-person risk`,
    dom.risk.length >= 1 && /Franco Greco/.test(dom.risk[0]) && /28,550,000/.test(dom.risk[0]) &&
    ['Acciaierie Dolomiti', 'Adriatica Food', 'Gruppo Sanitas Nord', 'Ticino Automotive'].every((n) => dom.risk[0].includes(n)),
    dom.risk[0]);
  check(`${tag}: one row per account, by revenue`,
    dom.rows.length === 30 && dom.rows[0] === 'row-acciaierie_dolomiti' && dom.rows[29] === 'row-bionova_therapeutics',
    `${dom.rows.length} rows`);
  check(`${tag}: three pictures, drawn at a readable size`,
    dom.svgs.length === 3 && dom.svgs.every((s) => s.w >= 500 && s.h >= 150), JSON.stringify(dom.svgs));
  check(`${tag}: every account placed in the segment matrix`, dom.segment.length === 30, `${dom.segment.length}`);
  check(`${tag}: every account placed in the contribution matrix`, dom.contribution.length === 30, `${dom.contribution.length}`);
  check(`${tag}: every account placed in the revenue x margin grid`, dom.quality.length === 30, `${dom.quality.length}`);
  check(`${tag}: derived segments are marked`, dom.segment.filter((t) => /\* /.test(t)).length === 4,
    dom.segment.filter((t) => /\*/.test(t)).join(' | '));
  check(`${tag}: potential key accounts`, dom.text.includes('Potential key account (2)'));
  check(`${tag}: no script element`, dom.scripts === 0, `${dom.scripts}`);
  check(`${tag}: no event handler attribute`, dom.handlers.length === 0, dom.handlers.join(', '));
  check(`${tag}: no page error`, seen.errors.length === 0, seen.errors.join(' | '));
  check(`${tag}: no console error or CSP report`, seen.console.length === 0, seen.console.join(' | '));

  const shot = pngStats(await page.screenshot({ fullPage: true, path: path.join(work, 'audit.png') }));
  check(`${tag}: screenshot is not blank`, shot.colours >= 200 && shot.ink > 0.05 && shot.height > 2500,
    `${shot.width}x${shot.height}, ${shot.colours} colours, ${(shot.ink * 100).toFixed(1)}% ink`);
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  fs.writeFileSync(path.join(work, 'audit.pdf'), pdf);
  const p = pdfStats(pdf);
  check(`${tag}: PDF is A4 landscape with several pages`,
    p.header === '%PDF-' && p.pages >= 3 && Math.abs(p.width - 842) < 2 && Math.abs(p.height - 595) < 2,
    `${p.header} ${p.pages} pages ${p.width}x${p.height}`);
  check(`${tag}: no request left file:`, seen.network.length === 0, seen.network.join(', '));
  await page.close();
}

async function checkEscape(context) {
  const page = await context.newPage();
  const seen = watch(context, page);
  await page.goto(`file://${path.join(work, 'audit_escape.html')}`, { waitUntil: 'load' });
  const dom = await read(page);
  const tag = 'escape';
  check(`${tag}: the account name is literal text`, dom.whoTexts.includes(EVIL_ACCOUNT), JSON.stringify(dom.whoTexts));
  check(`${tag}: the account name is literal in the pictures' tooltips`, dom.svgTitles.some((t) => t.startsWith(EVIL_ACCOUNT)));
  check(`${tag}: the person's name is literal in the reasons`, dom.text.includes(EVIL));
  check(`${tag}: the colleague's name is literal`, dom.text.includes('Kim "K" <u>Acct</u>'));
  check(`${tag}: nothing embedded or injected`, dom.foreign === 0, `${dom.foreign}`);
  check(`${tag}: no script element`, dom.scripts === 0, `${dom.scripts}`);
  check(`${tag}: no event handler attribute`, dom.handlers.length === 0, dom.handlers.join(', '));
  check(`${tag}: no dialog opened (no script ran)`, seen.dialogs === 0, `${seen.dialogs}`);
  check(`${tag}: no page error`, seen.errors.length === 0, seen.errors.join(' | '));
  check(`${tag}: no request left file:`, seen.network.length === 0, seen.network.join(', '));
  await page.close();
}

async function checkWithoutJavaScript() {
  const { context, close } = await launch({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const seen = watch(context, page);
    await page.goto(`file://${path.join(work, 'audit.html')}`);
    const s = pngStats(await page.screenshot({ fullPage: true }));
    check('portfolio: readable with JavaScript off', s.colours >= 200 && s.ink > 0.05 && s.height > 2500,
      `${s.width}x${s.height}, ${s.colours} colours`);
    check('portfolio: no request left file: (JavaScript off)', seen.network.length === 0, seen.network.join(', '));
  } finally {
    await close();
  }
}

const { context, close } = await launch();
try {
  await checkPortfolio(context);
  await checkEscape(context);
} finally {
  await close();
}
await checkWithoutJavaScript();

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
