// Builds the task pane and the ribbon commands page into dist/.
// Production: no eval-based source maps (the pane's Content-Security-Policy forbids eval).
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DistFilesPlugin, distFiles } = require('./scripts/dist-files.js');
const { devCertificates } = require('./scripts/dev-certs.js');

/** The dev server's protocol: https with the office-addin-dev-certs certificate when it is installed. */
function devServer() {
  const files = devCertificates();
  if (!files) return 'http';
  const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file) : undefined);
  return { type: 'https', options: { key: read(files.key), cert: read(files.cert), ca: read(files.ca) } };
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
    // publicPath '': chunks load beside taskpane.html, so webpack emits no script-URL detection (its
    // runtime probes importScripts for that, which the privacy test bans).
    // Views the pane shows after its first screen (findings, review, sign-off, meeting, the policy
    // dialog, the .docx writer) are chunks named after the view and hashed by their content, so a cached
    // chunk can never be paired with a newer taskpane.js.
    // compareBeforeEmit false: every build writes every file, so dist/taskpane.html's time says when dist/
    // was built (webpack otherwise leaves an unchanged file alone, and the bench took its old time for a
    // stale build and built again on every run).
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: true, publicPath: '', compareBeforeEmit: false },
    // extensionAlias: dynamic import() needs the '.js' spelling under TypeScript's nodenext resolution.
    resolve: { extensions: ['.ts', '.tsx', '.js'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
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
    // Code that views loaded on demand share is named after the views that need it
    // ('findings+sign-off.<hash>.js'), so the bench can say what each view costs when it is opened.
    optimization: { splitChunks: { name: (_module, chunks) => chunks.map((chunk) => chunk.name ?? String(chunk.id)).sort().join('+') } },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }, { from: 'src/taskpane/legacy-check.js', to: 'legacy-check.js' }] }),
      // manifest.xml for ADDIN_ORIGIN (default https://localhost:3000) with package.json's version,
      // the support page with ADDIN_SUPPORT_CONTACT (see docs/deploy.md).
      new DistFilesPlugin({ origin: process.env.ADDIN_ORIGIN, supportContact: process.env.ADDIN_SUPPORT_CONTACT }),
      // The council's policies, checked, built into the pane (no request for them at run time).
      new (require('webpack').DefinePlugin)({ COUNCIL_POLICIES: distFiles({ origin: process.env.ADDIN_ORIGIN }).get('policies/index.json') }),
    ],
    devServer: {
      // This computer only (scripts/start.js says which protocol it serves, and why).
      host: 'localhost',
      port: 3000,
      server: production ? undefined : devServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
    },
  };
};
