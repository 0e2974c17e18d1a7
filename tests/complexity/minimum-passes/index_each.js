// complexity: O(n^2)
// Looks up every value's position with Array.prototype.indexOf, a linear search per value.
const a = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number).slice(1);
const n = a.length;
let passes = 1;
let before = a.indexOf(1);
for (let v = 2; v <= n; v++) {
  const here = a.indexOf(v);
  if (here < before) passes++;
  before = here;
}
console.log(passes);
