import { chromium } from 'playwright-core'; import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { start } from './server.mjs';
const READ = new Set(['eth_accounts','eth_requestAccounts','eth_chainId','net_version','eth_blockNumber']);
const tests = JSON.parse(process.argv[2]);
const srv = await start(); const port = srv.address().port;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt3-'));
const ctx = await chromium.launchPersistentContext(dir, { headless: true, executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run',`--disable-extensions-except=${process.env.MAMORI_EXT ?? 'build/chrome-mv3-prod'}`,`--load-extension=${process.env.MAMORI_EXT ?? 'build/chrome-mv3-prod'}`] });
let reviews = [];
ctx.on('page', p => { if (p.url().startsWith('chrome-extension://') || true) reviews.push(p); });
await new Promise(r => setTimeout(r, 2500));
const out = [];
async function walletLogs(page){ const all = []; for (const f of page.frames()){ try { const l = await f.evaluate(() => window.__walletLog || []); l.forEach(e => all.push(e)); } catch(e){} } return all; }
for (const t of tests){
  const [name, inj, action] = t; // action: 'close' | 'continue' | 'continue1' | 'none'
  reviews = [];
  const page = await ctx.newPage(); reviews = [];
  await page.goto(`http://127.0.0.1:${port}/?t=${name}&inj=${inj||'assign'}`);
  await page.waitForTimeout(inj === 'late' ? 1500 : 400);
  await page.click('#go');
  await page.waitForTimeout(name === 'tight_loop' ? 8000 : 4000);
  const pre = (await walletLogs(page)).filter(e => !READ.has(e.method));
  const revInfo = [];
  for (const r of reviews){ if (r === page) continue; let txt = ''; try { await r.waitForLoadState('domcontentloaded', {timeout: 3000}); await r.waitForTimeout(1500); txt = (await r.evaluate(() => document.body.innerText)).replace(/\s+/g,' ').slice(0, 600); } catch(e){ txt = 'ERR '+e.message.slice(0,80); } revInfo.push({url: r.url().slice(0,80), txt}); }
  const rv = reviews.filter(r => r !== page);
  if (action === 'continue' || action === 'continue1'){
    const list = action === 'continue1' ? rv.slice(0,1) : rv;
    for (const r of list){ try { await r.getByRole('button', { name: /continue/i }).first().click({timeout: 5000}); } catch(e){ revInfo.push({clickErr: e.message.slice(0,120)}); } }
    for (const r of rv.slice(list.length)){ /* leave open */ }
  } else if (action !== 'none') {
    for (const r of rv){ try { await r.close(); } catch(e){} }
  }
  await page.waitForTimeout(2500);
  const post = (await walletLogs(page)).filter(e => !READ.has(e.method));
  const allLog = await walletLogs(page);
  let res = [], obs = [], early = null;
  try { res = await page.evaluate(() => window.__res); obs = await page.evaluate(() => window.__obs.slice(0, 40)); early = await page.evaluate(() => window.__early || null); } catch(e){ res = ['ERR '+e.message]; }
  const rec = { test: name, inj: inj||'assign', action, reviewWindows: rv.length, signingInWalletBeforeAnyClick: pre, signingInWalletAfter: post, allWalletCalls: allLog.map(e=>e.via+':'+e.method), reviews: revInfo, results: res, early, observed: obs };
  out.push(rec);
  console.log(JSON.stringify(rec, null, 1));
  for (const r of rv){ try { await r.close(); } catch(e){} }
  for (const p of ctx.pages()){ if (p !== page && !p.url().startsWith('chrome-extension')) { try { await p.close(); } catch(e){} } }
  await page.close();
}
await ctx.close(); srv.close();
fs.writeFileSync(`results-${Date.now()}.json`, JSON.stringify(out, null, 1));
