#!/usr/bin/env node
// Builds the web app into web/dist: first the Xinjiang county map (scripts/build-map.ts), then
// `vite build` through Vite's JS API.
//
//   node scripts/build-web.mjs              always build
//   node scripts/build-web.mjs --if-needed  skip when web/dist/index.html is newer than every
//                                           source (run on npm install and before npm start)
//
// Without Vite (a production install without dev dependencies) it says so and exits 0 with
// --if-needed (the server runs without the web app), 1 otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ifNeeded = process.argv.includes('--if-needed');
const distIndex = join(root, 'web/dist/index.html');
const sources = [
  join(root, 'web/src'),
  join(root, 'web/index.html'),
  join(root, 'web/vite.config.ts'),
  join(root, 'scripts/build-map.ts'),
];

/** The newest modification time of a file or of any file below a folder. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    // The generated map is an output of this script, not a source.
    if (entry.name === 'generated' && path === join(root, 'web/src')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

function upToDate() {
  if (!existsSync(distIndex)) return false;
  const built = statSync(distIndex).mtimeMs;
  return sources.every((source) => newestMtime(source) <= built);
}

if (ifNeeded && upToDate()) {
  console.log('build-web: web/dist is up to date');
  process.exit(0);
}

let vite;
try {
  vite = await import('vite');
} catch {
  const message =
    'build-web: Vite is not installed (dev dependencies missing), so the web app was not built. ' +
    'Run `npm install` with dev dependencies, then `npm run build:web`.';
  if (ifNeeded) {
    console.warn(message);
    process.exit(0);
  }
  console.error(message);
  process.exit(1);
}

const started = Date.now();
const map = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-map.ts')], {
  cwd: root,
  stdio: 'inherit',
});
if (map.status !== 0) {
  console.error('build-web: building the map failed');
  process.exit(map.status ?? 1);
}

// Always a production build: run from a test (NODE_ENV=test) or a shell with NODE_ENV set,
// Vite would otherwise bundle React's development build (several times slower to render).
process.env.NODE_ENV = 'production';
try {
  await vite.build({
    configFile: join(root, 'web/vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
  });
} catch (err) {
  console.error('build-web: vite build failed:', err instanceof Error ? err.message : err);
  process.exit(1);
}
// Every text asset compressed once here, brotli and gzip beside it, so the server sends the
// 1 MB county map and the scripts compressed without compressing per request.
const dist = join(root, 'web/dist');
const COMPRESSIBLE = /\.(js|css|html|json|svg|txt|map|webmanifest)$/;
let raw = 0;
let packed = 0;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const content = readFileSync(file);
  if (content.length < 1024) continue;
  // the provinces' county maps (17 MB, fetched one at a time) at quality 9: a tenth of the time
  // of 11 for a few per cent more bytes; everything on the first screen stays at 11
  const quality = /^(\d{6}|china)-[\w-]+\.json$/.test(entry.name) ? 9 : 11;
  const br = brotliCompressSync(content, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: quality,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  raw += content.length;
  packed += br.length;
}
console.log(
  `build-web: built web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
    `(text assets ${(raw / 1024).toFixed(0)} KB, ${(packed / 1024).toFixed(0)} KB with brotli)`,
);
