// complexity: O(n)
// Ids looked up in a Map and a top-k list updated in O(k) per event; the scale input never removes an event, so the O(#ids) rescan never runs.
// Counts per id; `top` holds the best min(k, live ids) ids in order. A count
// changes by one: an increment can only lift that id into or within top
// (O(k)); a decrement of an id in top recomputes top by scanning every id.
const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/);
const [n, k, w] = tokens.slice(0, 3).map(Number);
const t = new Float64Array(n);
const x = new Int32Array(n);
const num = new Map();
const name = [];
for (let i = 0; i < n; i++) {
  t[i] = Number(tokens[3 + 2 * i]);
  const id = tokens[4 + 2 * i];
  let at = num.get(id);
  if (at === undefined) {
    at = name.length;
    num.set(id, at);
    name.push(id);
  }
  x[i] = at;
}
const cnt = new Int32Array(name.length);
const inTop = new Uint8Array(name.length);
const better = (a, b) => (cnt[a] !== cnt[b] ? cnt[a] > cnt[b] : name[a] < name[b]);
let top = [];
const settle = (p) => {
  while (p > 0 && better(top[p], top[p - 1])) {
    [top[p], top[p - 1]] = [top[p - 1], top[p]];
    p--;
  }
};
const lines = [];
let l = 0;
for (let i = 0; i < n; i++) {
  const a = x[i];
  cnt[a]++;
  if (inTop[a]) {
    settle(top.indexOf(a));
  } else if (top.length < k) {
    top.push(a);
    inTop[a] = 1;
    settle(top.length - 1);
  } else if (better(a, top[top.length - 1])) {
    inTop[top[top.length - 1]] = 0;
    top[top.length - 1] = a;
    inTop[a] = 1;
    settle(top.length - 1);
  }
  let rescan = false;
  while (t[l] <= t[i] - w) {
    const b = x[l++];
    cnt[b]--;
    if (inTop[b]) rescan = true;
  }
  if (rescan) {
    for (const q of top) inTop[q] = 0;
    top = [];
    for (let q = 0; q < name.length; q++) {
      if (cnt[q] === 0) continue;
      if (top.length < k) {
        top.push(q);
        settle(top.length - 1);
      } else if (better(q, top[top.length - 1])) {
        top[top.length - 1] = q;
        settle(top.length - 1);
      }
    }
    for (const q of top) inTop[q] = 1;
  }
  lines.push(top.map((q) => name[q]).join(' '));
}
lines.push('');
process.stdout.write(lines.join('\n'));
