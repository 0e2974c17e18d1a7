// attack: infinite loop in Node (pure CPU)
// verdicts: TLE
let x = 0;
for (;;) x++;
