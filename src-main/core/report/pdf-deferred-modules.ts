/**
 * pdfkit and fontkit load, when they start, modules for what a report seldom or never has:
 * WOFF2 fonts (brotli), encrypted PDFs (@noble's hashes and ciphers) and PNG images (png-js:
 * only with a signature or seal), together a tenth of a second of the PDF's thread in every
 * run. Each is put in Node's module cache as a stand-in that loads the real module the first
 * time it is used, so nothing is lost when a report does have them. (Not the modules a report
 * always uses: a stand-in costs on every use.)
 */
import Module, { createRequire } from 'node:module';

/** [the package that requires it, the module it requires]. */
const DEFERRED: ReadonlyArray<readonly [string, string]> = [
  ['fontkit', 'brotli/decompress.js'],
  ['pdfkit', '@noble/hashes/utils'],
  ['pdfkit', '@noble/hashes/sha2'],
  ['pdfkit', '@noble/ciphers/aes'],
  ['pdfkit', 'png-js'],
];

const require = createRequire(import.meta.url);
const loaded = new Set<string>();

/** A module's exports, loaded on first use: its properties read, called, constructed. */
function standIn(file: string, load: () => unknown): unknown {
  let real: unknown;
  const exports = () => {
    if (real === undefined) {
      delete require.cache[file];
      real = load();
      loaded.add(file);
    }
    return real as object;
  };
  // A function as target, so that a module exporting a function or a class can be called or constructed.
  return new Proxy(function deferred() {}, {
    get: (_, key) => Reflect.get(exports(), key),
    has: (_, key) => Reflect.has(exports(), key),
    apply: (_, self, args) => Reflect.apply(exports() as (...a: unknown[]) => unknown, self, args),
    construct: (_, args) => Reflect.construct(exports() as new (...a: unknown[]) => object, args),
  });
}

/** Puts the stand-ins in place; before pdfmake loads, else it does nothing. Once is enough. */
export function deferPdfModules(): void {
  for (const [from, id] of DEFERRED) {
    let file: string;
    let requireFrom: NodeJS.Require;
    try {
      requireFrom = createRequire(require.resolve(from));
      file = requireFrom.resolve(id);
    } catch {
      continue; // another version of the library, without this module: nothing to defer
    }
    if (require.cache[file]) continue;
    const module = new Module(file);
    module.filename = file;
    module.loaded = true;
    module.exports = standIn(file, () => requireFrom(file));
    require.cache[file] = module;
  }
}

/** The deferred modules that were needed after all (tests). */
export function deferredModulesLoaded(): string[] {
  return [...loaded];
}
