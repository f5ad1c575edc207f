import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CORE_FOLDER,
  coreImports,
  describeCycle,
  folderCycles,
  moduleFolderGraph,
} from './module-folders.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Capability folders must form a DAG: a cycle between two folders means neither can be
// understood, tested or moved without the other. Biome's noImportCycles only sees file cycles, so
// this test checks the folders. The planted trees in rules.test.ts prove that it bites.
describe('src/modules capability folders', () => {
  const graph = moduleFolderGraph(root);

  it('are found, with imports between them (so the checks below are not vacuous)', () => {
    expect(graph.folders.length).toBeGreaterThan(1);
    expect(graph.edges.length).toBeGreaterThan(0);
  });

  // Expected to FAIL until the folder cycles areas ↔ pairings and organisations ↔ compliance
  // (present when this check was added) are broken up by the src/ restructuring.
  it('do not import each other in a cycle', () => {
    const cycles = folderCycles(graph).map((cycle) => describeCycle(cycle, graph));
    expect(
      cycles,
      'capability folders import each other; move the shared piece into one of them (or into ' +
        `src/modules/${CORE_FOLDER}), or invert the dependency`,
    ).toEqual([]);
  });

  it(`keep src/modules/${CORE_FOLDER} (the shared kernel) free of other capability folders`, () => {
    const imports = coreImports(graph).map((e) => `${e.file} imports '${e.specifier}'`);
    expect(imports, `src/modules/${CORE_FOLDER} must import no other capability folder`).toEqual(
      [],
    );
  });
});
