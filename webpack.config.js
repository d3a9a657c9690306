// Builds the task pane and the ribbon commands page into dist/.
// Production: no eval-based source maps (the pane's Content-Security-Policy forbids eval).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** HTTPS for the dev server from office-addin-dev-certs (npx office-addin-dev-certs install), if present. */
function devHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const key = path.join(dir, 'localhost.key');
  const cert = path.join(dir, 'localhost.crt');
  if (fs.existsSync(key) && fs.existsSync(cert)) return { type: 'https', options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ca: fs.readFileSync(path.join(dir, 'ca.crt')) } };
  process.stderr.write('No development certificates found: serving over http. Run "npx office-addin-dev-certs install" for https, which Office requires.\n');
  return 'http';
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type-checking is `npm run typecheck`; ES modules here let webpack drop unused Fluent UI code.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: !production } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }, { from: 'manifest.xml', to: 'manifest.xml' }, { from: 'src/taskpane/support.html', to: 'support.html' }] }),
    ],
    devServer: {
      port: 3000,
      server: production ? undefined : devHttps(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
    },
  };
};
