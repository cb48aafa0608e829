(function(){
  var INJ = (new URLSearchParams(location.search).get('inj')) || 'assign';
  var log = window.__walletLog = window.__walletLog || [];
  var READ = {eth_accounts:['0x1111111111111111111111111111111111111111'], eth_requestAccounts:['0x1111111111111111111111111111111111111111'], eth_chainId:'0x1', net_version:'1', eth_blockNumber:'0x10'};
  function answer(m){ if (typeof m==='string' && Object.prototype.hasOwnProperty.call(READ,m)) return READ[m]; if (/send|transaction|calls|userop/i.test(String(m))) return '0x'+'ab'.repeat(32); return '0x'+'cd'.repeat(65); }
  function ser(p){ try { var s = JSON.stringify(p); return s && s.length>300 ? s.slice(0,300)+'...(len '+s.length+')' : s; } catch(e){ return 'UNSERIALIZABLE:'+e.message; } }
  function rec(via, m, p){ log.push({via:via, method:String(m), params:ser(p), frame: location.href.slice(0,60)}); }
  function Provider(){ this.isMetaMask = true; this.isFakeWallet = true; }
  Provider.prototype.request = function request(args){ if (!args || typeof args !== 'object' || Array.isArray(args)) return Promise.reject(new Error('bad args')); if (args.params !== undefined && !Array.isArray(args.params) && (typeof args.params !== 'object' || args.params === null)) return Promise.reject(new Error('bad params')); if (INJ === 'json') { args = JSON.parse(JSON.stringify(args)); } var m = args && args.method; var p = args && args.params; rec('request', m, p); return Promise.resolve(answer(m)); };
  Provider.prototype.send = function send(a, b){
    if (typeof a === 'string'){ rec('send(str)', a, b); return Promise.resolve({id:1, jsonrpc:'2.0', result: answer(a)}); }
    if (typeof b === 'function'){ return this.sendAsync(a, b); }
    rec('send(sync)', a && a.method, a && a.params); return {id: a && a.id, jsonrpc:'2.0', result: answer(a && a.method)};
  };
  Provider.prototype.sendAsync = function sendAsync(payload, cb){
    var isArr = Array.isArray(payload); var arr = isArr ? payload : [payload];
    var res = [];
    for (var i=0;i<arr.length;i++){ rec('sendAsync', arr[i] && arr[i].method, arr[i] && arr[i].params); res.push({id: arr[i] && arr[i].id, jsonrpc:'2.0', result: answer(arr[i] && arr[i].method)}); }
    setTimeout(function(){ cb(null, isArr ? res : res[0]); }, 0);
  };
  Provider.prototype.on = function(){ return this; };
  Provider.prototype.removeListener = function(){ return this; };
  var provider = new Provider();
  if (INJ === 'bound') { provider.request = Provider.prototype.request.bind(provider); provider.send = Provider.prototype.send.bind(provider); provider.sendAsync = Provider.prototype.sendAsync.bind(provider); }
  if (INJ === 'frozen') { Object.freeze(Provider.prototype); Object.freeze(provider); }
  if (INJ === 'ownfrozen') { Object.defineProperty(provider, 'request', {value: Provider.prototype.request, writable:false, configurable:false}); Object.defineProperty(provider, 'sendAsync', {value: Provider.prototype.sendAsync, writable:false, configurable:false}); }
  if (INJ === 'proxy') provider = new Proxy(provider, { deleteProperty: function(){ return true; } });
  var info = Object.freeze({uuid:'350670db-19fa-4704-a166-e52e178b59d2', name:'FakeWallet', icon:'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E', rdns:'io.fakewallet'});
  function announce(){ window.dispatchEvent(new CustomEvent('eip6963:announceProvider', {detail: Object.freeze({info: info, provider: provider})})); }
  function setEth(){
    if (INJ === 'define') Object.defineProperty(window, 'ethereum', {value: provider, writable:false, configurable:false, enumerable:true});
    else if (INJ === 'getter') Object.defineProperty(window, 'ethereum', {get: function(){ return provider; }, set: function(){}, configurable:false});
    else if (INJ !== '6963only') window.ethereum = provider;
    window.dispatchEvent(new Event('ethereum#initialized'));
  }
  window.addEventListener('eip6963:requestProvider', announce);
  if (INJ === 'late') setTimeout(function(){ setEth(); announce(); }, 800);
  else { setEth(); announce(); }
})();
