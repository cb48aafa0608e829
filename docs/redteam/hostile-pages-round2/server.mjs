import http from 'node:http'; import fs from 'node:fs';
const W = fs.readFileSync(new URL('./pages/wallet.js', import.meta.url), 'utf8');
const ATK = fs.readFileSync(new URL('./pages/attacks.js', import.meta.url), 'utf8');
const ADDR = '0x1111111111111111111111111111111111111111';
export function start(){
  return new Promise(res => {
    const s = http.createServer((req, rsp) => {
      const u = new URL(req.url, 'http://x');
      if (u.pathname === '/attacks.js'){ rsp.writeHead(200, {'content-type':'text/javascript'}); return rsp.end(ATK); }
      if (u.pathname === '/frame.html'){ rsp.writeHead(200, {'content-type':'text/html'}); return rsp.end(`<html><head><script>${W}</script><script>setTimeout(function(){try{window.ethereum.request({method:'personal_sign',params:['0x6d61','${ADDR}']}).then(function(v){(opener||parent).postMessage('frame RESOLVED '+v,'*')},function(e){(opener||parent).postMessage('frame REJECTED '+e.code,'*')})}catch(e){(opener||parent).postMessage('frame THROW '+e.message,'*')}},300)</script></head><body>frame</body></html>`); }
      const t = u.searchParams.get('t') || 'base_request';
      const early = t === 'document_start_race' ? `<script>window.__early=[];for(var i=0;i<3;i++){try{window.ethereum.request({method:'personal_sign',params:['0x6d61','${ADDR}']}).then(function(v){__early.push('RESOLVED '+v)},function(e){__early.push('REJECTED '+e.code)})}catch(e){__early.push('THROW '+e.message)}}</script>` : '';
      rsp.writeHead(200, {'content-type':'text/html'});
      rsp.end(`<!doctype html><html><head><script>${W}</script><script>window.__WALLET_SRC=${JSON.stringify(W)};</script>${early}<script src="/attacks.js"></script></head><body><h1>hostile ${t}</h1><button id=go>go</button><script>document.getElementById('go').onclick=function(){ATTACKS[${JSON.stringify(t)}]()};</script></body></html>`);
    });
    s.listen(0, '127.0.0.1', () => res(s));
  });
}
