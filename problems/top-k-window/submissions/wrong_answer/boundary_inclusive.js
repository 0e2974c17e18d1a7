// BUG: expires an event only when t_j < t_i - w, so an event exactly on the
// boundary (t_j = t_i - w) is still counted. Otherwise accepted/reference.js.
// Reference in JavaScript, O(n (k + log n)).
// Ids are ranked in byte order (lowercase letters: JavaScript's string order
// is the same). An id is better than another when its count is higher, or
// equal with a smaller rank; as one number (exact: below 2^53),
//     key = (n - count) * 2^18 + rank        (smaller key = better)
// `top` holds the sorted keys of the best min(k, #ids in the window) ids;
// `rest` is a lazy min-heap of keys of the ids outside top, where an entry is
// stale once its id is in top or its count has changed, and is dropped when
// it reaches the root. A count moves by one per step, so only two things can
// reorder the two: an outside id rising above the last of top, or an id of
// top falling below the best outside id. Each step costs O(k) on top and
// O(log n) on the heap; every stale entry is popped at most once.
const ONE = 2 ** 18; // ranks < 2^18 > 2*10^5

class MinHeap {
  constructor() {
    this.items = [];
  }
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(value) {
    const a = this.items;
    let i = a.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= value) break;
      a[i] = a[parent];
      i = parent;
    }
    a[i] = value;
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= a.length) break;
        if (child + 1 < a.length && a[child + 1] < a[child]) child++;
        if (a[child] >= last) break;
        a[i] = a[child];
        i = child;
      }
      a[i] = last;
    }
    return top;
  }
}

function insertSorted(list, value) {
  let i = list.length;
  while (i > 0 && list[i - 1] > value) i--;
  list.splice(i, 0, value);
}

function removeValue(list, value) {
  list.splice(list.indexOf(value), 1);
}

const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/);
const [n, k, w] = tokens.slice(0, 3).map(Number);
const times = new Int32Array(n);
const names = new Array(n);
for (let i = 0; i < n; i++) {
  times[i] = Number(tokens[3 + 2 * i]);
  names[i] = tokens[4 + 2 * i];
}
const ids = [...new Set(names)].sort();
const rankOf = new Map(ids.map((id, rank) => [id, rank]));
const ranks = Int32Array.from(names, (name) => rankOf.get(name));

const count = new Int32Array(ids.length);
const inTop = new Uint8Array(ids.length);
const keyOf = (rank) => (n - count[rank]) * ONE + rank;
const rankIn = (key) => key % ONE;
const isStale = (key) => inTop[rankIn(key)] === 1 || keyOf(rankIn(key)) !== key;
const top = [];
const rest = new MinHeap();
const lines = [];
let oldest = 0;

for (let i = 0; i < n; i++) {
  // event i enters the window
  let r = ranks[i];
  count[r]++;
  let key = keyOf(r);
  if (inTop[r]) {
    removeValue(top, key + ONE);
    insertSorted(top, key);
  } else if (top.length < k) {
    // every id in the window is in top, so r was not in it
    insertSorted(top, key);
    inTop[r] = 1;
  } else if (key < top[top.length - 1]) {
    const beaten = top.pop();
    inTop[rankIn(beaten)] = 0;
    rest.push(beaten);
    insertSorted(top, key);
    inTop[r] = 1;
  } else {
    rest.push(key);
  }
  // events at or before t_i - w leave it
  while (times[oldest] < times[i] - w) {
    r = ranks[oldest++];
    count[r]--;
    key = keyOf(r);
    if (!inTop[r]) {
      if (count[r] > 0) rest.push(key);
      continue;
    }
    removeValue(top, key - ONE);
    while (rest.size > 0 && isStale(rest.peek())) rest.pop();
    if (count[r] === 0) {
      inTop[r] = 0;
      if (rest.size > 0) {
        const next = rest.pop(); // worse than all of top: it goes last
        top.push(next);
        inTop[rankIn(next)] = 1;
      }
    } else if (rest.size > 0 && rest.peek() < key) {
      const next = rest.pop();
      top.push(next);
      inTop[rankIn(next)] = 1;
      inTop[r] = 0;
      rest.push(key);
    } else {
      insertSorted(top, key);
    }
  }
  lines.push(top.map((x) => ids[rankIn(x)]).join(' '));
}
lines.push('');
process.stdout.write(lines.join('\n'));
