import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { webpack, type Configuration } from 'webpack';

const ROOT = path.resolve(__dirname, '../../..');

/** Bundles tests/e2e/fakeOffice.ts for the browser into `outDir` and returns the script's text. */
export async function buildFakeOffice(outDir: string): Promise<string> {
  const config: Configuration = {
    mode: 'development',
    devtool: false,
    context: ROOT,
    target: 'web',
    entry: path.join(ROOT, 'tests/e2e/fakeOffice.ts'),
    output: { path: outDir, filename: 'fakeOffice.js' },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, 'tsconfig.json'),
              compilerOptions: { noEmit: false, module: 'esnext' },
            },
          },
        },
      ],
    },
    performance: false,
  };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
  return readFile(path.join(outDir, 'fakeOffice.js'), 'utf8');
}
