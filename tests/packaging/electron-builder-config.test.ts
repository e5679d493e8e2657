import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  productName: string;
  scripts: Record<string, string>;
  build: Record<string, unknown> & {
    files: string[];
    asarUnpack: string[];
    electronFuses: Record<string, boolean>;
    nsis: Record<string, unknown>;
    win: { target: Array<{ target: string }> };
    linux: { target: string[] };
  };
};

const require = createRequire(import.meta.url);

describe('the installers configuration (electron-builder), checked offline', () => {
  it("passes electron-builder's own schema check", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(pkg.build, new DebugLogger(false))).resolves.toBeUndefined();
    // The check is real: a misspelt option is refused.
    await expect(validateConfiguration({ ...pkg.build, nsis: { ...pkg.build.nsis, oneClik: false } }, new DebugLogger(false))).rejects.toThrow(/configuration\.nsis/);
  });

  it('builds a per-user Windows installer in Vietnamese, a portable build and a Linux AppImage', () => {
    expect(pkg.build.productName).toBe(pkg.productName);
    expect(pkg.build.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(pkg.build.linux.target).toEqual(['AppImage']);
    expect(pkg.build.nsis).toMatchObject({ oneClick: false, perMachine: false, installerLanguages: ['vi_VN'], language: '1066' });
  });

  it('ships only the build and the resources, with the SQLite driver outside the archive', () => {
    expect(pkg.build.files.filter((f) => !f.startsWith('!'))).toEqual(['out/**/*', 'resources/**/*']);
    expect(pkg.build.asarUnpack.some((p) => p.includes('better-sqlite3') && p.endsWith('.node'))).toBe(true);
  });

  it('hardens the Electron binary: no running as Node, no NODE_OPTIONS or inspector, only the checked app.asar', () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('rebuilds native modules for Electron only when packaging, so npm test runs in plain Node', () => {
    expect(pkg.scripts.postinstall ?? '').not.toMatch(/rebuild|install-app-deps/);
    expect(pkg.scripts['dist:win']).toContain('scripts/dist.mjs');
    expect(pkg.scripts['dist:linux']).toContain('scripts/dist.mjs');
    expect(readFileSync('scripts/dist.mjs', 'utf8')).toContain("'rebuild', 'better-sqlite3'");
  });
});
