// attack: hunt for the judge's secrets from Node: process.env, the parent's
//   and init's /proc/*/environ and every one readable. Findings go to stderr
//   (JUDGE/SECRET lines first), then exit 1: RE on the first sample, whose
//   message shows stderr. The secret must not be there.
// verdicts: RE
// message-contains: env-hunt-ran
const fs = require('fs');
const found = [];
const rest = [];
const consider = (where, v) => (/JUDGE|SECRET/.test(v) ? found : rest).push(where + ': ' + v);
for (const [k, v] of Object.entries(process.env)) consider('process.env', k + '=' + v);
const files = ['/proc/self/environ', `/proc/${process.ppid}/environ`, '/proc/1/environ'];
try {
  for (const p of fs.readdirSync('/proc')) if (/^\d+$/.test(p)) files.push(`/proc/${p}/environ`);
} catch (e) {}
for (const f of files) {
  try {
    for (const v of fs.readFileSync(f, 'latin1').split('\0')) if (v) consider(f, v);
  } catch (e) {}
}
process.stderr.write('env-hunt-ran\n' + found.concat(rest).join('\n') + '\n');
process.exit(1);
