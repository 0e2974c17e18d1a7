// complexity: O(n log n)
// The O(k)-per-event top list, after sorting all n ids with Array.prototype.sort to number them (an O(n log n) string sort).
const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/);
const [n, k, w] = tokens.slice(0, 3).map(Number);
const t = new Float64Array(n);
const ids = new Array(n);
for (let i = 0; i < n; i++) {
  t[i] = Number(tokens[3 + 2 * i]);
  ids[i] = tokens[4 + 2 * i];
}
// number the ids by sorting all n of them: equal ids end up side by side,
// and the numbers follow byte order, so ties compare numbers
const order = Array.from({ length: n }, (_, i) => i);
order.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
const x = new Int32Array(n);
const name = [];
for (let j = 0; j < n; j++) {
  if (j === 0 || ids[order[j]] !== ids[order[j - 1]]) name.push(ids[order[j]]);
  x[order[j]] = name.length - 1;
}
const cnt = new Int32Array(name.length);
const inTop = new Uint8Array(name.length);
const better = (a, b) => (cnt[a] !== cnt[b] ? cnt[a] > cnt[b] : a < b);
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
