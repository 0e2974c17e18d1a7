// complexity: O(n^2)
// Ids numbered once through a Map, then after every event it recounts the whole window in an Int32Array and scans the counts for the top k; the scale input keeps every event in the window.
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
const better = (a, b) => (cnt[a] !== cnt[b] ? cnt[a] > cnt[b] : name[a] < name[b]);
const lines = [];
let oldest = 0;
for (let i = 0; i < n; i++) {
  while (t[oldest] <= t[i] - w) oldest++;
  cnt.fill(0);
  for (let j = oldest; j <= i; j++) cnt[x[j]]++;
  const top = [];
  for (let q = 0; q < name.length; q++) {
    if (cnt[q] === 0) continue;
    let p = top.length;
    while (p > 0 && better(q, top[p - 1])) p--;
    if (p < k) {
      top.splice(p, 0, q);
      if (top.length > k) top.pop();
    }
  }
  lines.push(top.map((q) => name[q]).join(' '));
}
lines.push('');
process.stdout.write(lines.join('\n'));
