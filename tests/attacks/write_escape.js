// attack: write files outside the work dir from Node: the canary dir, /tmp,
//   /var/tmp, /dev/shm, /root, /work. All failing prints 0 (WA); if one is
//   created it exits 42 (RE), fine with a private /tmp: the test checks the
//   host for every one of them.
// verdicts: WA RE SV
const fs = require('fs');
const targets = ['/tmp/judge-attack-canary/from-node', '/tmp/judge-attack-pwned', '/var/tmp/judge-attack-pwned',
  '/dev/shm/judge-attack-pwned', '/root/judge-attack-pwned', '/work/judge-attack-pwned',
  '/work/main/judge-attack-pwned'];
let wrote = false;
for (const target of targets) {
  try {
    fs.writeFileSync(target, 'pwned\n', { flag: 'wx' });
    process.stderr.write('write_escape.js: created ' + target + '\n');
    wrote = true;
  } catch (e) {}
}
console.log(0);
process.exit(wrote ? 42 : 0);
