// Reference in JavaScript, O(n): answer = 1 + #{v in 1..n-1 : pos(v+1) < pos(v)}.
// The input (up to 10^6 numbers, 7 MB) is parsed straight from the bytes:
// splitting one big string would make a million short-lived strings.
const input = require('fs').readFileSync(0);
let at = 0;
function nextInt() {
  while (input[at] < 48) at++;
  let value = 0;
  while (at < input.length && input[at] >= 48) value = value * 10 + input[at++] - 48;
  return value;
}

const n = nextInt();
const pos = new Int32Array(n + 1);
for (let i = 0; i < n; i++) pos[nextInt()] = i;
let passes = 1;
for (let v = 1; v < n; v++) if (pos[v + 1] < pos[v]) passes++;
console.log(passes);
