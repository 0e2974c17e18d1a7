// attack: worker_threads bomb: start spinning workers forever (each one an
//   isolate with threads of its own); failures are ignored and retried
// verdicts: TLE RE SV MLE
const { Worker } = require('worker_threads');
function start() {
  try {
    const worker = new Worker('for (;;) {}', { eval: true });
    worker.on('error', () => {});
  } catch (e) {}
  setImmediate(start);
}
start();
