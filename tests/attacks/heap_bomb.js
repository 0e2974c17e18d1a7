// attack: memory bomb on the V8 heap: arrays of fresh objects kept forever
//   (V8's own heap limit is gigabytes: the memory limit must stop it first,
//   as MLE, not V8's "heap out of memory" abort)
// verdicts: MLE
// tle-after-memory: 25
const kept = [];
for (;;) {
  const block = new Array(1 << 16);
  for (let i = 0; i < block.length; i++) block[i] = { i, s: 'x' + i };
  kept.push(block);
}
