// attack: read /etc/shadow (root-only) and other root-only files from Node.
//   Contained: nothing opens and it prints 0 (WA); if one opens, its first
//   line goes to stderr and it exits 42 (RE).
// verdicts: WA SV
const fs = require('fs');
let got = false;
for (const file of ['/etc/shadow', '/etc/gshadow', '/root/.bashrc', '/etc/sudoers', '/root/.cache/judge']) {
  try {
    process.stderr.write(fs.readFileSync(file, 'utf8').split('\n')[0] + '\n');
    got = true;
  } catch (e) {}
}
console.log(0);
process.exit(got ? 42 : 0);
