// attack: infinite recursion in Node: V8 stops it at its own stack limit
//   with a RangeError, which must be an RE that says so
// verdicts: RE
// message-contains: RangeError
function down(n) {
  return down(n + 1) + 1;
}
console.log(down(0));
