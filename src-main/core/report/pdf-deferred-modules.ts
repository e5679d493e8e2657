/**
 * pdfmake, pdfkit and fontkit load, when they start, modules for what a report seldom or never
 * has: WOFF2 fonts (brotli), encrypted PDFs (@noble's hashes and ciphers), PNG images (png-js:
 * only with a signature or seal), SVG images (svg-to-pdfkit, xmldoc) and QR codes, together
 * over a tenth of a second of the PDF's thread in every run. Each is put in Node's module
 * cache as a stand-in that loads the real module the first time it is used, so nothing is
 * lost when a report does have them. (Not the modules a report always uses: a stand-in costs
 * on every use.) tiny-inflate, which they do use, is stood in for by Node's own inflate.
 */
import Module, { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';

/** A module to defer: where it is required from and how, and whether it is an ES module compiled to CommonJS. */
interface Deferred {
  /** The package that requires it. */
  from: string;
  /** The module it requires, as it requires it. */
  id: string;
  /** Marked `__esModule`: its importer asks that before anything else, which must not load it. */
  esModule?: true;
}

const DEFERRED: readonly Deferred[] = [
  { from: 'fontkit', id: 'brotli/decompress.js' },
  { from: 'pdfkit', id: '@noble/hashes/utils' },
  { from: 'pdfkit', id: '@noble/hashes/sha2' },
  { from: 'pdfkit', id: '@noble/ciphers/aes' },
  { from: 'pdfkit', id: 'png-js' },
  { from: 'pdfmake', id: './3rd-party/svg-to-pdfkit.js', esModule: true },
  { from: 'pdfmake', id: './qrEnc.js', esModule: true },
  { from: 'pdfmake', id: 'xmldoc' },
];

const require = createRequire(import.meta.url);
const loaded = new Set<string>();

/** A module's exports, loaded on first use: its properties read, called, constructed. */
function standIn(file: string, load: () => unknown, esModule: boolean): unknown {
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
    get: (_, key) => (esModule && key === '__esModule' ? true : Reflect.get(exports(), key)),
    has: (_, key) => Reflect.has(exports(), key),
    apply: (_, self, args) => Reflect.apply(exports() as (...a: unknown[]) => unknown, self, args),
    construct: (_, args) => Reflect.construct(exports() as new (...a: unknown[]) => object, args),
  });
}

/** Puts the stand-ins and the native inflate in place; before pdfmake loads, else it does nothing. Once is enough. */
export function deferPdfModules(): void {
  for (const { from, id, esModule } of DEFERRED) {
    let file: string;
    let requireFrom: NodeJS.Require;
    try {
      requireFrom = createRequire(require.resolve(from));
      file = requireFrom.resolve(id);
    } catch {
      continue; // another version of the library, without this module: nothing to defer
    }
    if (!require.cache[file]) cacheModule(file, standIn(file, () => requireFrom(file), esModule === true));
  }
  inflateNatively();
}

/** `exports` as the module `file` in Node's module cache: what requiring it gives. */
function cacheModule(file: string, exports: unknown): void {
  const module = new Module(file);
  module.filename = file;
  module.loaded = true;
  module.exports = exports;
  require.cache[file] = module;
}

/**
 * tiny-inflate's `inflate(source, dest)`, done by Node's zlib: the Unicode tables of fontkit
 * and of the line breaker are inflated with it when they load, a few hundredths of a second in
 * JavaScript. The same contract: raw DEFLATE into `dest`, which is returned, or a copy of the
 * part filled when the data is shorter.
 */
export function nativeInflate(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const out = inflateRawSync(source, { maxOutputLength: Math.max(dest.length, 1) });
  dest.set(out);
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
}

/** Every copy of tiny-inflate the PDF's libraries load, through its package names. */
const INFLATE_USERS = ['unicode-trie', 'fontkit', 'linebreak', 'unicode-properties'];

function inflateNatively(): void {
  for (const user of INFLATE_USERS) {
    let file: string;
    try {
      file = createRequire(require.resolve(user)).resolve('tiny-inflate');
    } catch {
      continue;
    }
    if (!require.cache[file]) cacheModule(file, nativeInflate);
  }
}

/** The deferred modules that were needed after all (tests). */
export function deferredModulesLoaded(): string[] {
  return [...loaded];
}
