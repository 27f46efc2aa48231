// @ts-check
/* Builds the task pane into dist/ (npm run build) and serves it on https://localhost:3000 (npm run dev-server). */
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** The origin the manifest names during development; the production build replaces it with FUPAN_URL. */
const DEV_URL = 'https://localhost:3000/';

/** The production origin from FUPAN_URL (with a trailing slash), or undefined to keep DEV_URL. */
function productionUrl() {
  const url = process.env.FUPAN_URL;
  if (!url) return undefined;
  if (!/^https:\/\/[^/]+/.test(url)) throw new Error(`FUPAN_URL must be an https URL, got "${url}"`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** Localhost certificates trusted by Office, as the official add-in templates do. Only called when serving. */
async function devServerHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/**
 * @param {Record<string, unknown>} env webpack-cli sets WEBPACK_SERVE for `webpack serve`, WEBPACK_BUILD for builds
 * @param {{ mode?: string }} argv
 * @returns {Promise<import('webpack').Configuration & { devServer?: import('webpack-dev-server').Configuration }>}
 */
module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const prodUrl = dev ? undefined : productionUrl();

  return {
    mode: dev ? 'development' : 'production',
    context: __dirname,
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true, // type-checking is `npm run typecheck`
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              compilerOptions: { noEmit: false, module: 'esnext', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'support.html',
        template: './src/taskpane/support.html',
        chunks: [],
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/*.mjs'] } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              return prodUrl ? content.toString().split(DEV_URL).join(prodUrl) : content;
            },
          },
        ],
      }),
    ],
    performance: dev ? false : { maxAssetSize: 1_500_000, maxEntrypointSize: 1_500_000 },
    devServer: env.WEBPACK_SERVE
      ? {
          port: Number(process.env.npm_package_config_dev_server_port) || 3000,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await devServerHttpsOptions() },
        }
      : undefined,
  };
};
