/**
 * Proof that every architecture rule in biome.json bites: violating files are planted in a
 * throwaway tree next to a copy of biome.json (version control off), Biome lints the tree, and each
 * planted file must fail with exactly the expected rules; clean files in the same places must pass.
 * The folder-cycle check (module-folders.ts) is proved on planted trees too.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreImports, folderCycles, moduleFolderGraph } from './module-folders.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const biome = join(repo, 'node_modules', '.bin', 'biome');

const RESTRICTED = 'lint/style/noRestrictedImports';
const CYCLE = 'lint/suspicious/noImportCycles';
const LINES = 'lint/style/noExcessiveLinesPerFile';
const SWITCH = 'lint/nursery/useExhaustiveSwitchCases';

/** A file to plant: where, what, and which rules must fire on it (none for a clean file). */
type Plant = { path: string; code: string; rules: string[]; message?: RegExp };

/** `n` lines of code, as Biome counts them (blank lines count; lines inside comments do not). */
function lines(n: number): string {
  return Array.from({ length: n }, (_, i) => `export const v${i} = ${i};\n`).join('');
}

/** A file that imports `specifier` and uses it, so only the import itself can be at fault. */
function importing(specifier: string): string {
  return `import { thing } from '${specifier}';\n\nexport const used = thing;\n`;
}

const SWITCH_OVER = (cases: string[]) =>
  [
    "export type Stage = 'draft' | 'submitted' | 'approved';",
    '',
    'export function label(stage: Stage): string {',
    '  switch (stage) {',
    ...cases.flatMap((c) => [`    case '${c}':`, `      return '${c}';`]),
    '  }',
    "  return '';",
    '}',
    '',
  ].join('\n');

const violations: Plant[] = [
  // src/domain: only itself and Node built-ins
  { path: 'src/domain/plant.ts', code: importing('../db/database.js'), rules: [RESTRICTED] },
  { path: 'src/domain/kysely.ts', code: importing('kysely'), rules: [RESTRICTED] },
  { path: 'src/domain/zod.ts', code: importing('zod'), rules: [RESTRICTED] },
  { path: 'src/domain/config.ts', code: importing('../config.js'), rules: [RESTRICTED] },
  { path: 'src/domain/modules.ts', code: importing('../modules/tx.js'), rules: [RESTRICTED] },
  // src/db: never modules, http, cli, seed (at any depth)
  {
    path: 'src/db/plant.ts',
    code: importing('../modules/areas/service.js'),
    rules: [RESTRICTED],
    message: /src\/db must not import src\/modules/,
  },
  {
    path: 'src/db/migrations/plant.ts',
    code: importing('../../http/types.js'),
    rules: [RESTRICTED],
    message: /src\/db must not import src\/http/,
  },
  { path: 'src/db/cli.ts', code: importing('../cli/main.js'), rules: [RESTRICTED] },
  { path: 'src/db/seed.ts', code: importing('../seed/demo.js'), rules: [RESTRICTED] },
  {
    path: 'src/db/migrations/0099_backfill.ts',
    code: "export async function up() {\n  await import('../../modules/projects/search.js');\n}\n",
    rules: [RESTRICTED],
  },
  // src/modules: never http, cli, seed
  {
    path: 'src/modules/x/service.ts',
    code: importing('../../http/types.js'),
    rules: [RESTRICTED],
    message: /src\/modules must not import src\/http/,
  },
  { path: 'src/modules/tx.ts', code: importing('../http/types.js'), rules: [RESTRICTED] },
  { path: 'src/modules/x/cli.ts', code: importing('../../cli/main.js'), rules: [RESTRICTED] },
  { path: 'src/modules/x/seed.ts', code: importing('../../seed/demo.js'), rules: [RESTRICTED] },
  {
    path: 'src/modules/x/deep/type.ts',
    code: "import type { App } from '../../../http/types.js';\n\nexport type Used = App;\n",
    rules: [RESTRICTED],
  },
  // routes: never the database, and still never http (the routes override must not drop it)
  {
    path: 'src/modules/x/routes.ts',
    code: importing('kysely'),
    rules: [RESTRICTED],
    message: /A route never touches the database/,
  },
  { path: 'src/modules/y/routes.ts', code: importing('../../db/database.js'), rules: [RESTRICTED] },
  { path: 'src/modules/y/user-routes.ts', code: importing('pg'), rules: [RESTRICTED] },
  { path: 'src/modules/z/routes.ts', code: importing('better-sqlite3'), rules: [RESTRICTED] },
  { path: 'src/modules/routes.ts', code: importing('../db/schema.js'), rules: [RESTRICTED] },
  {
    path: 'src/modules/w/routes.ts',
    code: importing('../../http/types.js'),
    rules: [RESTRICTED],
    message: /src\/modules must not import src\/http/,
  },
  // src/seed: never http or cli
  { path: 'src/seed/demo.ts', code: importing('../http/app.js'), rules: [RESTRICTED] },
  { path: 'src/seed/data/cli.ts', code: importing('../../cli/main.js'), rules: [RESTRICTED] },
  // src/http: never cli or seed
  { path: 'src/http/app.ts', code: importing('../cli/serve.js'), rules: [RESTRICTED] },
  { path: 'src/http/seed.ts', code: importing('../seed/demo.js'), rules: [RESTRICTED] },
  // web: nothing outside web/, at every depth
  {
    path: 'web/src/main.ts',
    code: importing('../../src/domain/money.js'),
    rules: [RESTRICTED],
    message: /web talks to the API over HTTP only/,
  },
  {
    path: 'web/src/pages/Plant.tsx',
    code: importing('../../../src/config.js'),
    rules: [RESTRICTED],
  },
  {
    path: 'web/src/pages/plans/Plant.tsx',
    code: importing('../../../../src/modules/tx.js'),
    rules: [RESTRICTED],
  },
  { path: 'web/vite.plant.ts', code: importing('../src/config.js'), rules: [RESTRICTED] },
  // cycles, including a type-only one and an extension-less one in web
  { path: 'src/modules/c/a.ts', code: importing('./b.js'), rules: [CYCLE] },
  { path: 'src/modules/c/b.ts', code: importing('./a.js'), rules: [CYCLE] },
  {
    path: 'src/domain/t1.ts',
    code: "import type { T2 } from './t2.js';\n\nexport type T1 = { next: T2 };\n",
    rules: [CYCLE],
  },
  {
    path: 'src/domain/t2.ts',
    code: "import type { T1 } from './t1.js';\n\nexport type T2 = { next: T1 };\n",
    rules: [CYCLE],
  },
  { path: 'web/src/lib/a.ts', code: importing('./b'), rules: [CYCLE] },
  { path: 'web/src/lib/b.ts', code: importing('./a'), rules: [CYCLE] },
  // file length
  { path: 'src/modules/x/long.ts', code: lines(401), rules: [LINES] },
  { path: 'web/src/pages/LongPage.tsx', code: lines(351), rules: [LINES] },
  { path: 'web/src/components/Long.tsx', code: lines(401), rules: [LINES] },
  { path: 'web/src/i18n/index.ts', code: lines(401), rules: [LINES] },
  { path: 'test/long.test.ts', code: lines(601), rules: [LINES] },
  // exhaustive switches
  { path: 'src/domain/switch.ts', code: SWITCH_OVER(['draft', 'submitted']), rules: [SWITCH] },
];

const clean: Plant[] = [
  {
    path: 'src/domain/plant.ts',
    code: "import { createHash } from 'node:crypto';\nimport { thing } from './money.js';\n\nexport const used = [createHash, thing];\n",
    rules: [],
  },
  { path: 'src/domain/money.ts', code: 'export const thing = 1;\n', rules: [] },
  {
    path: 'src/db/migrations/plant.ts',
    code: "import { sql } from 'kysely';\nimport { thing } from '../../domain/areas.js';\n\nexport const used = [sql, thing];\n",
    rules: [],
  },
  {
    path: 'src/db/seed/loader.ts',
    code: importing('../database.js'),
    rules: [],
  },
  {
    path: 'src/modules/x/service.ts',
    code: "import { sql } from 'kysely';\nimport { db } from '../../db/database.js';\nimport { rule } from '../../domain/money.js';\nimport { tx } from '../tx.js';\n\nexport const used = [sql, db, rule, tx];\n",
    rules: [],
  },
  {
    path: 'src/modules/x/routes.ts',
    code: "import { z } from 'zod';\nimport { rule } from '../../domain/errors.js';\nimport { tx } from '../tx.js';\nimport { thing } from './service.js';\n\nexport const used = [z, rule, tx, thing];\n",
    rules: [],
  },
  { path: 'src/modules/routes.ts', code: importing('./x/routes.js'), rules: [] },
  {
    path: 'src/seed/demo.ts',
    code: "import { db } from '../db/database.js';\nimport { thing } from '../modules/x/service.js';\n\nexport const used = [db, thing];\n",
    rules: [],
  },
  {
    path: 'src/http/app.ts',
    code: "import fastify from 'fastify';\nimport { db } from '../db/database.js';\nimport { thing } from '../modules/routes.js';\n\nexport const used = [fastify, db, thing];\n",
    rules: [],
  },
  {
    path: 'src/cli/main.ts',
    code: "import { app } from '../http/app.js';\nimport { demo } from '../seed/demo.js';\n\nexport const used = [app, demo];\n",
    rules: [],
  },
  {
    path: 'web/src/pages/plans/Plan.tsx',
    code: "import { useQuery } from '@tanstack/react-query';\nimport { thing } from '../../api/client';\n\nexport const used = [useQuery, thing];\n",
    rules: [],
  },
  { path: 'web/src/lib/a.ts', code: importing('./b'), rules: [] },
  { path: 'web/src/lib/b.ts', code: 'export const thing = 1;\n', rules: [] },
  { path: 'src/modules/x/long.ts', code: lines(400), rules: [] },
  { path: 'web/src/pages/LongPage.tsx', code: lines(350), rules: [] },
  { path: 'web/src/components/Long.tsx', code: lines(400), rules: [] },
  { path: 'web/src/i18n/zh-CN.ts', code: lines(900), rules: [] },
  { path: 'web/src/api/generated/schema.ts', code: lines(900), rules: [] },
  { path: 'test/long.test.ts', code: lines(600), rules: [] },
  {
    path: 'src/domain/switch.ts',
    code: SWITCH_OVER(['draft', 'submitted', 'approved']),
    rules: [],
  },
];

/** The plants, each with its rules' short names for the test title. */
function named(plants: Plant[]) {
  return plants.map((p) => ({ ...p, names: p.rules.map((r) => r.split('/').at(-1)).join(' + ') }));
}

type Diagnostic = { category: string; message: string; location: { path: string } };

/** Plants the files next to a copy of biome.json and lints them; diagnostics per file. */
function lintPlanted(dir: string, plants: Plant[]) {
  const config = JSON.parse(readFileSync(join(repo, 'biome.json'), 'utf8'));
  config.vcs = { enabled: false };
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config, null, 2));
  for (const { path, code } of plants) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), code);
  }
  const run = spawnSync(
    biome,
    ['lint', '--reporter=json', '--max-diagnostics=none', `--config-path=${dir}`, dir],
    { cwd: dir, encoding: 'utf8' },
  );
  if (!run.stdout.trim()) throw new Error(`biome printed no report:\n${run.stderr}`);
  const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const file = d.location.path;
    byFile.set(file, [...(byFile.get(file) ?? []), d]);
  }
  return { status: run.status, byFile };
}

const dirs: string[] = [];
function scratch(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `shanhai-lint-${name}-`));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('biome.json architecture rules', () => {
  let bad: ReturnType<typeof lintPlanted>;
  let good: ReturnType<typeof lintPlanted>;
  beforeAll(() => {
    bad = lintPlanted(scratch('bad'), violations);
    good = lintPlanted(scratch('good'), clean);
  });

  it.each(named(violations))('fails $path with $names', ({ path, rules, message }) => {
    expect(bad.status).not.toBe(0);
    const found = bad.byFile.get(path) ?? [];
    expect([...new Set(found.map((d) => d.category))].sort()).toEqual([...rules].sort());
    if (message) expect(found.map((d) => d.message).join('\n')).toMatch(message);
  });

  it.each(clean)('passes $path', ({ path }) => {
    expect(good.byFile.get(path) ?? []).toEqual([]);
  });

  it('reports nothing on a file it was not meant to', () => {
    const planted = new Set(violations.map((p) => p.path));
    expect([...bad.byFile.keys()].filter((file) => !planted.has(file))).toEqual([]);
  });

  it('passes the clean tree as a whole', () => {
    expect([...good.byFile.keys()]).toEqual([]);
    expect(good.status).toBe(0);
  });
});

describe('the module-folder cycle check', () => {
  /** Plants `src/modules/<folder>/<file>` files and returns the folder graph of the tree. */
  function graphOf(files: Record<string, string>) {
    const dir = scratch('folders');
    for (const [path, code] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, 'src/modules', path)), { recursive: true });
      writeFileSync(join(dir, 'src/modules', path), code);
    }
    return moduleFolderGraph(dir);
  }

  it('names a two-folder cycle, counting type-only imports', () => {
    const graph = graphOf({
      'a/service.ts': "import { b } from '../b/service.js';\nexport const a = b;\n",
      'b/service.ts': "import type { A } from '../a/types.js';\nexport const b: A = 1;\n",
      'a/types.ts': 'export type A = number;\n',
      'c/service.ts': "import { a } from '../a/service.js';\nexport const c = a;\n",
    });
    expect(folderCycles(graph)).toEqual([['a', 'b', 'a']]);
  });

  it('names a longer cycle made by a dynamic import from a nested file', () => {
    const graph = graphOf({
      'a/x.ts': "export * from '../b/y.js';\n",
      'b/y.ts': "export { z } from '../c/z.js';\n",
      'c/z.ts': "export const z = () => import('../a/deep/w.js');\n",
      'a/deep/w.ts': 'export const w = 1;\n',
    });
    expect(folderCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('ignores the composition roots directly in src/modules, and packages', () => {
    const graph = graphOf({
      'policies.ts': "export * from './a/policy.js';\nexport * from './b/policy.js';\n",
      'a/policy.ts': "import '../policies.js';\nimport 'kysely';\nexport const a = 1;\n",
      'b/policy.ts': "import '../policies.js';\nimport '../a/policy.js';\nexport const b = 1;\n",
    });
    expect(graph.edges.map((e) => `${e.from}→${e.to}`)).toEqual(['b→a']);
    expect(folderCycles(graph)).toEqual([]);
  });

  it('flags core importing another capability folder', () => {
    const graph = graphOf({
      'core/ids.ts': "import type { A } from '../a/types.js';\nexport type Id = A;\n",
      'a/types.ts': "import type { Id } from '../core/ids.js';\nexport type A = string | Id;\n",
    });
    expect(coreImports(graph).map((e) => e.file)).toEqual(['src/modules/core/ids.ts']);
  });
});
