// attack: run a shell from Node: child_process.execSync, then spawnSync and
//   an asynchronous spawn (libuv forks, then execs /bin/sh). A shell that
//   runs prints the host's /etc/passwd to stderr and the program exits 42 (RE).
// verdicts: SV
const { execSync, spawnSync, spawn } = require('child_process');
let ran = false;
try {
  process.stderr.write(execSync('cat /etc/passwd; touch /tmp/judge-attack-pwned'));
  ran = true;
} catch (e) {
  process.stderr.write('execSync: ' + e.message + '\n');
}
const r = spawnSync('/bin/sh', ['-c', 'cat /etc/passwd >&2; exit 7']);
if (r.status === 7) ran = true;
const child = spawn('/bin/sh', ['-c', 'touch /tmp/judge-attack-pwned; sleep 30'], { detached: true });
child.on('error', () => {});
child.unref();
console.log(0);
process.exit(ran ? 42 : 3);
