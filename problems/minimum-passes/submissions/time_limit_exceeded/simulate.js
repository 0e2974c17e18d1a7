// Too slow: walks the shelf pass after pass as the librarian does, O(n^2)
// on a reversed shelf (n passes of n books).
const a = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number).slice(1);
let target = 1;
let passes = 0;
while (target <= a.length) {
  passes++;
  for (const book of a) if (book === target) target++;
}
console.log(passes);
