// complexity: O(n)
// One left-to-right scan over the bytes with a Uint8Array of seen values: a book starts a new pass when its predecessor was not seen yet.
const input = require('fs').readFileSync(0);
let at = 0;
function nextInt() {
  while (input[at] < 48) at++;
  let value = 0;
  while (at < input.length && input[at] >= 48) value = value * 10 + input[at++] - 48;
  return value;
}

const n = nextInt();
const seen = new Uint8Array(n + 1);
let passes = 1;
for (let i = 0; i < n; i++) {
  const v = nextInt();
  if (v > 1 && !seen[v - 1]) passes++;
  seen[v] = 1;
}
console.log(passes);
