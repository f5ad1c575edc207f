/**
 * The dependency graph between capability folders (`src/modules/<folder>`), for the folder-cycle
 * check Biome cannot do: `noImportCycles` sees cycles between files, not between folders.
 *
 * Every import specifier of every `.ts` file under `src/modules/<folder>/` counts, found with
 * `ts.preProcessFile`: static imports and re-exports, `import type`, `import()` and
 * `import('…').T` types. Relative specifiers are resolved to the folder they land in; package
 * imports and imports of files directly in `src/modules/` (the composition roots: policies.ts,
 * routes.ts, tx.ts …) are not edges, and those root files are not nodes either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One folder-to-folder import, with the file and specifier that make it. */
export type FolderEdge = { from: string; to: string; file: string; specifier: string };

export type FolderGraph = {
  /** The capability folders, sorted. */
  folders: string[];
  /** Every import from one folder into another, sorted by folder, then file. */
  edges: FolderEdge[];
};

/** The folder named `core` holds the shared kernel: it may import no other capability folder. */
export const CORE_FOLDER = 'core';

/** Reads `<root>/src/modules` and returns its folders and the imports between them. */
export function moduleFolderGraph(root: string): FolderGraph {
  const modulesDir = join(root, 'src', 'modules');
  const folders = readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const edges: FolderEdge[] = [];
  for (const folder of folders) {
    for (const file of typeScriptFiles(join(modulesDir, folder))) {
      const text = readFileSync(file, 'utf8');
      for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
        if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
        const to = folderOf(modulesDir, resolve(dirname(file), specifier));
        if (to && to !== folder) {
          edges.push({
            from: folder,
            to,
            file: relative(root, file).split(sep).join('/'),
            specifier,
          });
        }
      }
    }
  }
  edges.sort(
    (a, b) =>
      a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.file.localeCompare(b.file),
  );
  return { folders, edges };
}

/**
 * Every simple cycle of the graph, as a closed path starting at its alphabetically first folder
 * (`['areas', 'pairings', 'areas']`); shortest first. Capped at `limit` cycles: the graph is small,
 * but the number of cycles in a tangle grows fast.
 */
export function folderCycles(graph: FolderGraph, limit = 50): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of graph.edges) {
    const targets = next.get(from) ?? [];
    if (!targets.includes(to)) targets.push(to);
    next.set(from, targets.sort());
  }
  const cycles: string[][] = [];
  // Depth-first from each start, through folders after it only, so each cycle is found once.
  const walk = (start: string, path: string[]) => {
    for (const to of next.get(path.at(-1) ?? '') ?? []) {
      if (cycles.length >= limit) return;
      if (to === start) cycles.push([...path, start]);
      else if (to > start && !path.includes(to)) walk(start, [...path, to]);
    }
  };
  for (const start of graph.folders) walk(start, [start]);
  return cycles.sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
}

/** Imports from the `core` folder into another capability folder. */
export function coreImports(graph: FolderGraph): FolderEdge[] {
  return graph.edges.filter((edge) => edge.from === CORE_FOLDER);
}

/** A cycle as one line per step, naming the files that make each step (at most three). */
export function describeCycle(cycle: string[], graph: FolderGraph): string {
  const steps = cycle.slice(1).map((to, i) => {
    const from = cycle[i] ?? '';
    const files = [
      ...new Set(graph.edges.filter((e) => e.from === from && e.to === to).map((e) => e.file)),
    ];
    const more = files.length > 3 ? ` and ${files.length - 3} more` : '';
    return `  ${from} → ${to}: ${files.slice(0, 3).join(', ')}${more}`;
  });
  return [`src/modules folder cycle ${cycle.join(' → ')}`, ...steps].join('\n');
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The capability folder an absolute path lies in, or null outside one (or for root files). */
function folderOf(modulesDir: string, target: string): string | null {
  const rel = relative(modulesDir, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  const parts = rel.split(sep);
  return parts.length > 1 ? (parts[0] ?? null) : null;
}
