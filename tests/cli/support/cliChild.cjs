// Runs `fupan` from its TypeScript sources in a child process (the hostile tests' memory measurement):
// each .ts file is transpiled on require, as tsc -p tsconfig.cli.json would compile it. On exit it writes
// the process's peak resident set (process.resourceUsage().maxRSS, kB) to $FUPAN_PEAK_FILE. A process
// that dies of an out-of-memory abort writes nothing, and the test sees its exit code instead.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
};
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

process.on('exit', () => {
  if (process.env.FUPAN_PEAK_FILE)
    fs.writeFileSync(process.env.FUPAN_PEAK_FILE, String(process.resourceUsage().maxRSS));
});

const { main } = require(path.join(__dirname, '..', '..', '..', 'src', 'cli', 'main.ts'));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
