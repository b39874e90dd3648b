import { runnerImport, type Plugin } from 'vite';

const prefix = 'virtual:catalog/';

type Catalogs = Record<string, Record<string, string>>;

/**
 * `virtual:catalog/en` and `virtual:catalog/es`: the screens' words in one language each, so a
 * start loads the language it shows and not the other (decision 68). The area files keep both
 * languages side by side, where a missing translation does not compile; a build evaluates them
 * once and writes each language as a module of its own, a JSON string (V8 parses JSON faster
 * than an object literal). In development and tests the module re-exports the live catalog,
 * so an edit shows at once.
 */
export function catalogPerLanguage(
  catalogFile: string,
  exportName: string,
  alias: Record<string, string>,
): Plugin {
  let building = false;
  let evaluated: Promise<{ module: Record<string, Catalogs>; dependencies: string[] }> | undefined;
  return {
    name: 'los:catalog-per-language',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const language = JSON.stringify(id.slice(prefix.length + 1));
      if (!building) {
        return `import { ${exportName} } from ${JSON.stringify(catalogFile)};\nexport default ${exportName}[${language}];`;
      }
      evaluated ??= runnerImport<Record<string, Catalogs>>(catalogFile, {
        configFile: false,
        logLevel: 'error',
        resolve: { alias },
      });
      const { module, dependencies } = await evaluated;
      for (const file of dependencies) this.addWatchFile(file);
      const words = module[exportName]?.[JSON.parse(language) as string];
      if (!words) this.error(`${catalogFile} has no ${exportName}[${language}].`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(words))});`;
    },
  };
}
