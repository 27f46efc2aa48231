// Runs `fupan` from its TypeScript sources in a child process (the hostile tests' memory measurement):
// each .ts file is transpiled on require, as tsc -p tsconfig.cli.json would compile it. On exit it writes
// the process's peak resident set (process.resourceUsage().maxRSS, kB) to $FUPAN_PEAK_FILE. A process
// that dies of an out-of-memory abort writes nothing, and the test sees its exit code instead.
//
// Transpiling the CLI's sources costs about 9 s of CPU, more than most runs it measures, so each output is
// kept in a cache folder under the system temp folder, keyed by the source text and the compiler's version
// and options: the first child of a run fills it, the others (and the next run) load plain JavaScript and
// never load the TypeScript compiler. $FUPAN_CLI_CHILD_CACHE names another folder.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const compilerOptions = {
  module: 'CommonJS',
  target: 'ES2022',
  esModuleInterop: true,
  resolveJsonModule: true,
};
const typescriptVersion = require('typescript/package.json').version;
const cacheDir =
  process.env.FUPAN_CLI_CHILD_CACHE ||
  path.join(
    os.tmpdir(),
    `fupan-cli-child-${crypto
      .createHash('sha1')
      .update(JSON.stringify([typescriptVersion, compilerOptions]))
      .digest('hex')
      .slice(0, 12)}`,
  );

let ts = null;
function transpile(source, filename) {
  ts ??= require('typescript');
  const options = ts.convertCompilerOptionsFromJson(compilerOptions, '').options;
  return ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText;
}

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = transpile(source, filename);
    // Written under a temporary name, then renamed: a child reading at the same time sees all or nothing.
    fs.mkdirSync(cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, cached);
  }
  module._compile(output, filename);
};

process.on('exit', () => {
  if (process.env.FUPAN_PEAK_FILE)
    fs.writeFileSync(process.env.FUPAN_PEAK_FILE, String(process.resourceUsage().maxRSS));
});

const { main } = require(path.join(__dirname, '..', '..', '..', 'src', 'cli', 'main.ts'));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
