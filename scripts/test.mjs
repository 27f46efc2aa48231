// `npm test`: the static checks (type-check, ESLint, Prettier) one after another, while jest runs beside them.
// Run one after the other, the checks kept one core of two idle for about a minute before jest started; side
// by side, they fill it (TESTING.md, "Times"). Each check's output is printed as a block when it ends; jest
// writes as it goes. The run fails when any step fails, and every step runs to its end either way, so one
// run reports every kind of failure. Arguments go to jest: `npm test -- --selectProjects node`.
import { spawn } from 'node:child_process';

const CHECKS = ['typecheck', 'lint', 'format:check'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <script>`; with `inherit`, its output goes straight to the terminal, else it is kept. */
function run(script, args, inherit) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
      stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    const done = (code) =>
      resolve({ script, code, seconds: (performance.now() - started) / 1000, output: Buffer.concat(output) });
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function checks() {
  const results = [];
  for (const script of CHECKS) {
    const result = await run(script, [], false);
    const text = result.output.toString('utf8').trimEnd();
    process.stdout.write(
      `\n── ${script}: ${result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`}` +
        ` in ${result.seconds.toFixed(1)} s${text ? `\n${text}` : ''}\n`,
    );
    results.push(result);
  }
  return results;
}

const [checked, jest] = await Promise.all([checks(), run('jest', process.argv.slice(2), true)]);
const all = [...checked, jest];
process.stdout.write(
  '\n' +
    all
      .map((r) => `${r.code === 0 ? 'ok  ' : 'FAIL'}  ${r.script.padEnd(12)} ${r.seconds.toFixed(1)} s`)
      .join('\n') +
    '\n',
);
process.exitCode = all.every((r) => r.code === 0) ? 0 : 1;
