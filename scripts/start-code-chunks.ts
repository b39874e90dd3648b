import type { Plugin, Rolldown } from 'vite';

interface StartCode {
  /** The page's first script (main.tsx): kept small, so it runs and sends the reads at once. */
  firstScript: string;
  /** The modules the page shows first (the app and step 1), loaded right behind it. */
  shownFirst: readonly string[];
}

/**
 * Builds the code the page runs at start-up as two files: the first script's own imports
 * (`opening-*.js`) and everything the app and step 1 import (`start-*.js`); every other step
 * keeps its own chunks. Split the usual way, the same code came as about thirty files, each
 * compiled on its own on the page's one thread before the first script could run; as one file
 * it is compiled as it arrives. Both are named in index.html as `modulepreload` links, so they
 * download alongside the first script instead of after it has run (decision 69).
 *
 * Fails the build if a named module is gone, so the split cannot silently go stale.
 */
export function startCodeChunks({ firstScript, shownFirst }: StartCode): Plugin {
  const opening = new Set<string>();
  const start = new Set<string>();
  const groups: Rolldown.CodeSplittingGroup[] = [
    { name: 'opening', test: (id) => opening.has(id) && !id.endsWith(firstScript) },
    { name: 'start', test: (id) => start.has(id) && !opening.has(id) },
  ];
  return {
    name: 'los:start-code-chunks',
    apply: 'build',
    config: () => ({
      build: {
        rollupOptions: { output: { codeSplitting: { groups } } },
        // The start file is large on purpose (800 KB, 240 KB gzipped): it is the code step 1
        // needs, which came before in as many pieces; the budget is on what loads, not per file.
        chunkSizeWarningLimit: 1024,
      },
    }),
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const moduleAt = (path: string) => {
        const id = ids.find((candidate) => candidate.endsWith(path));
        if (!id) this.error(`No module at ${path}: the start-up chunks are stale.`);
        return id;
      };
      const addWithImports = (into: Set<string>, id: string) => {
        if (into.has(id)) return;
        into.add(id);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? [])
          addWithImports(into, imported);
      };
      addWithImports(opening, moduleAt(firstScript));
      for (const path of shownFirst) addWithImports(start, moduleAt(path));
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((output) =>
          output.type === 'chunk' ? [output] : [],
        );
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const wanted = new Set<string>();
        const add = (fileName: string) => {
          if (wanted.has(fileName)) return;
          wanted.add(fileName);
          for (const imported of byFile.get(fileName)?.imports ?? []) add(imported);
        };
        for (const chunk of chunks) {
          if (!chunk.isEntry && chunk.moduleIds.some((id) => start.has(id))) add(chunk.fileName);
        }
        // Vite already names the first script's own imports.
        return [...wanted]
          .filter((fileName) => !html.includes(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
