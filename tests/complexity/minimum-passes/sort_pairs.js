// complexity: O(n log n)
// Packs each (value, position) into one number value * 2^21 + position and sorts them in a Float64Array (a numeric comparison sort), which lists the positions of 1..n in order, then counts the descents.
const input = require('fs').readFileSync(0);
let at = 0;
function nextInt() {
  while (input[at] < 48) at++;
  let value = 0;
  while (at < input.length && input[at] >= 48) value = value * 10 + input[at++] - 48;
  return value;
}

const ONE = 2 ** 21; // positions < 2^21 > 10^6
const n = nextInt();
const pairs = new Float64Array(n);
for (let i = 0; i < n; i++) pairs[i] = nextInt() * ONE + i;
pairs.sort();
let passes = 1;
for (let v = 1; v < n; v++) if (pairs[v] % ONE < pairs[v - 1] % ONE) passes++;
console.log(passes);
