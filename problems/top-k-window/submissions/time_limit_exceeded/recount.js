// Too slow: recounts the whole window in a Map and sorts it after every
// event, O(n * window).
const tokens = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
const [n, k, w] = tokens.slice(0, 3).map(Number);
const events = [];
for (let i = 0; i < n; i++) events.push({ t: Number(tokens[3 + 2 * i]), id: tokens[4 + 2 * i] });
const lines = [];
let oldest = 0;
for (let i = 0; i < n; i++) {
  while (events[oldest].t <= events[i].t - w) oldest++;
  const counts = new Map();
  for (const { id } of events.slice(oldest, i + 1)) counts.set(id, (counts.get(id) || 0) + 1);
  const best = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, k);
  lines.push(best.map(([id]) => id).join(' '));
}
console.log(lines.join('\n'));
