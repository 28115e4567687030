/**
 * Build of the Excel add-in: the task pane (React, src/taskpane/index.tsx -> taskpane.html), the
 * ribbon's FunctionFile (src/commands/commands.ts -> commands.html), office.js served from the
 * add-in's own origin, the icons, and dist/manifest.xml; and, in a second compilation, the legacy
 * pane for Internet Explorer 11 / Edge Legacy (ES5, src/legacy/index.ts -> legacy.html), where
 * taskpane.html sends those webviews.
 *
 *   npm run build                         production build into dist/
 *   npm run build -- --env officeJsCdn    reference Microsoft's CDN for office.js instead
 *   npm run build -- --env publicUrl=https://intranet.example/selfeval/
 *                                         dist/manifest.xml points at that server instead of
 *                                         https://localhost:3000/
 *   npm start                             dev server on https://localhost:3000 (scripts/start.js)
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * What office.js may load at run time in Excel: office.js picks `excel-<platform>-<version>.js`
 * (plus `-core` variants) from its own folder, `<locale>/office_strings.js`, and the telemetry,
 * ariatelemetry, webauth (Excel on the web) and agaveerrorux helpers. Everything else in the
 * package is for other hosts (Outlook, Word, PowerPoint, OneNote, Project, Access), debug builds
 * (office.debug.js loads *.debug.js; we ship office.js) or editor docs, and is left out:
 * ~13.6 MB copied instead of ~87 MB. Nothing Excel-specific is filtered, so a new Excel platform
 * file in a later office-js release is copied too.
 */
const OFFICE_JS_IGNORE = [
  '**/*.debug.js',
  '**/*-vsdoc.js',
  'office.d.ts',
  '*/outlook_strings.js',
  ...['access', 'onenote', 'outlook', 'powerpoint', 'project', 'word'].map((h) => `${h}*.js`),
];

/** The pane's words for the pages themselves (their title), from pane.ts. */
function paneText() {
  require('ts-node').register({
    transpileOnly: true,
    compilerOptions: { module: 'commonjs' },
  });
  return require('./src/strings/pane.ts').PANE_TEXT;
}

/**
 * The script files of a named dynamic import (`import(/* webpackChunkName: "preview" *\/ …)`),
 * with the page's public path, for a page that loads them up front.
 */
function chunkGroupScripts(compilation, name, publicPath) {
  const group = compilation.namedChunkGroups.get(name);
  if (!group) return [];
  const files = group.chunks.flatMap((chunk) => [...chunk.files]);
  return files.filter((f) => f.endsWith('.js')).map((f) => `${publicPath}${f}`);
}

/** `--env publicUrl=…` as a base URL ending in '/', or the dev server's. */
function publicUrl(env) {
  if (!env.publicUrl || env.publicUrl === true) return DEV_URL;
  const url = new URL(String(env.publicUrl));
  if (url.protocol !== 'https:')
    console.warn(`[selfeval] publicUrl ${url.href} is not https: Office only loads https add-ins.`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * HTTPS for the dev server with office-addin-dev-certs' localhost certificate (Excel loads only
 * https add-ins). Where no certificate can be made or trusted (no admin rights, a Linux box
 * without sudo), serve plain http and say why, so the pane can still be opened in a browser.
 */
async function devServerTransport() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca, key, cert } };
  } catch (e) {
    const why = String((e && e.message) || e).split('\n')[0];
    console.warn(
      `[selfeval] No trusted localhost certificate (${why}).\n` +
        '[selfeval] Serving plain http://localhost:3000/ instead: a browser can open the pane, ' +
        'Excel cannot. Run `npx office-addin-dev-certs install` as an administrator, then npm start.',
    );
    return { type: 'http' };
  }
}

/** office.js as the pages reference it: the local copy, or Microsoft's CDN (--env officeJsCdn). */
const officeJsOf = (env) => (env.officeJsCdn ? CDN_OFFICE_JS : 'office-js/office.js');

/**
 * Both compilations write dist/ and each cleans only its own files (output.clean.keep), so
 * neither deletes the other's, whichever finishes first, in a build or the dev server.
 */
const LEGACY_NAME = 'legacy';
const ownedBy = (name) => (file) => file.startsWith(`${name}.`);

/**
 * The legacy pane's compilation: ES5 everywhere. webpack's own runtime is ES5 (target es5),
 * our TypeScript goes through ts-loader with tsconfig.legacy.json (target ES5, downlevel
 * iteration), and nothing in node_modules is transpiled: what the bundle takes from there
 * (core-js, decimal.js) is already ES5, which test/e2e/legacyEs5.test.ts checks by parsing the
 * built files at ecmaVersion 5. The browser test's harness (test/e2e/legacyHarness.ts) is
 * compiled by this same function, so it cannot drift from the product build.
 *
 *   options.name        chunk and page name (legacy -> legacy.[hash].js, legacy.html)
 *   options.entry       the entry module (src/legacy/index.ts)
 *   options.html        { template, officeJs }: the page; officeJs null leaves office.js out
 *   options.outputPath  where to write (dist/)
 */
function legacyConfig(env = {}, argv = {}, options = {}) {
  const production = argv.mode === 'production';
  const name = options.name || LEGACY_NAME;
  const html = options.html || {};
  return {
    name,
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    target: ['web', 'es5'],
    entry: { [name]: options.entry || './src/legacy/index.ts' },
    output: {
      path: options.outputPath || path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: { keep: (file) => !ownedBy(name)(file) },
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            configFile: 'tsconfig.legacy.json',
            onlyCompileBundledFiles: true,
            compilerOptions: { sourceMap: !production },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: `${name}.html`,
        template: html.template || 'src/legacy/legacy.html',
        chunks: [name],
        // A plain script at the end of the body, after office.js in the head.
        inject: 'body',
        scriptLoading: 'blocking',
        templateParameters: {
          officeJs: html.officeJs === undefined ? officeJsOf(env) : html.officeJs,
          title: paneText().title,
          loading: paneText().loading,
        },
      }),
    ],
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => [
  await modernConfig(env, argv),
  legacyConfig(env, argv),
];
module.exports.legacyConfig = legacyConfig;

/** The task pane (React), the ribbon commands, office.js, icons and manifest. */
async function modernConfig(env, argv) {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = publicUrl(env);
  const officeJs = officeJsOf(env);
  const text = paneText();

  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    { from: 'assets/support.html', to: 'support.html' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      // The one place URLs change for an intranet deployment (docs/sideload.md): attribute
      // values only, so the header comment keeps describing the source file.
      transform: (content) => content.toString('utf8').split(`"${DEV_URL}`).join(`"${baseUrl}`),
    },
  ];
  if (!env.officeJsCdn)
    copies.push({
      from: '**/*',
      context: OFFICE_JS_DIR,
      to: 'office-js/',
      globOptions: { ignore: OFFICE_JS_IGNORE },
      // Microsoft's files go out as published: no second minification (and no 2-minute build).
      info: { minimized: true },
    });

  return {
    name: 'modern',
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Office's webviews cache hard: a content hash makes a new build load for sure.
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Named lazy chunks (preview, word-attachments, dialogs, settings, report-body) keep their
      // names: bench:bundle tells the one fetched at start-up from those fetched only at a click.
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: { keep: ownedBy(LEGACY_NAME) },
    },
    // One file per lazy import, its libraries inside (no separate vendor chunks): what a click
    // fetches is one named file.
    optimization: { splitChunks: false },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            configFile: 'tsconfig.web.json',
            onlyCompileBundledFiles: true,
            compilerOptions: { sourceMap: !production },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: 'src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // The page writes its own script tags: IE11 and Edge Legacy go to legacy.html before
        // office.js or the bundle is fetched; outside Office the preview's chunks are fetched
        // beside the pane's bundle rather than after it has run (see the template).
        inject: false,
        templateParameters: (compilation, assets, assetTags, options) => ({
          compilation,
          webpackConfig: compilation.options,
          htmlWebpackPlugin: { tags: assetTags, files: assets, options },
          officeJs,
          title: text.title,
          loading: text.loading,
          previewJs: chunkGroupScripts(compilation, 'preview', assets.publicPath),
        }),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: 'src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJs, title: text.title },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    // The budget that matters is gzip of all the pane's JS (scripts/benchBundle.js); webpack's
    // raw-size hints would only flag office.js's host files, which are not ours.
    performance: { hints: false },
    devServer: serving
      ? {
          port: 3000,
          // Loopback only: the dev build is for this machine, not the office network.
          host: 'localhost',
          server: await devServerTransport(),
          static: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
}
