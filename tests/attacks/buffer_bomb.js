// attack: memory bomb outside the V8 heap: Buffer.alloc of 64 MiB (zeroed,
//   so touched) kept forever, then filled to be sure every page is resident
// verdicts: MLE
// tle-after-memory: 25
const kept = [];
for (;;) {
  const block = Buffer.alloc(64 << 20);
  block.fill(1);
  kept.push(block);
}
