// Wrong: counts the places where the shelf itself descends (a[i+1] < a[i])
// instead of the numbers whose successor stands to their left.
const a = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number).slice(1);
let passes = 1;
for (let i = 0; i + 1 < a.length; i++) if (a[i + 1] < a[i]) passes++;
console.log(passes);
