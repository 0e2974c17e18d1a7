// attack: stdout flood in Node (64 KiB synchronous writes forever)
// verdicts: OLE
const fs = require('fs');
const block = Buffer.alloc(65536, '7');
for (;;) fs.writeSync(1, block);
