import type { Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` to index.html for the code the page loads at once:
 * the app (`app/start-app.tsx`) and step 1, with every chunk they import. The page's first
 * script asks for them itself, but only after it has been downloaded and run; named in the
 * page, they download alongside it.
 */
export function preloadStartCode(entries: readonly string[]): Plugin {
  return {
    name: 'los:preload-start-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' ? [output] : [],
        );
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const wanted = new Set<string>();
        const add = (fileName: string) => {
          if (wanted.has(fileName)) return;
          wanted.add(fileName);
          for (const imported of byFile.get(fileName)?.imports ?? []) add(imported);
        };
        for (const entry of entries) {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(entry));
          if (!chunk)
            throw new Error(`No chunk starts at ${entry}: the start-up preload is stale.`);
          add(chunk.fileName);
        }
        return [...wanted].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
