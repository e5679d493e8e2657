import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerContentSecurityPolicy, pageContentSecurityPolicy } from '../../src-main/app/content-security-policy';

/** The modules a script loads at run time: require() calls and import statements that are not `import type`. */
function runtimeImports(code: string): string[] {
  const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const imported = [...code.matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]);
  return [...new Set([...required, ...imported])];
}

describe('the sandboxed preload', () => {
  it('imports nothing but electron at run time in its source (the rest are types)', () => {
    expect(runtimeImports(readFileSync('src-main/app/preload.ts', 'utf8'))).toEqual(['electron']);
  });

  it('is built into one file that requires only electron', () => {
    const built = 'out/preload/index.cjs';
    if (!existsSync(built)) throw new Error('Chưa có out/preload: chạy "npm run build" trước.');
    expect(runtimeImports(readFileSync(built, 'utf8'))).toEqual(['electron']);
  });
});

describe('the Content-Security-Policy', () => {
  it('is written into the built page as a meta tag, the same policy the response header carries', () => {
    const html = readFileSync('out/renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    expect(meta).toBe(pageContentSecurityPolicy());
    expect(headerContentSecurityPolicy().startsWith(pageContentSecurityPolicy())).toBe(true);
    // Before any script of the page, or it would not cover it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('runs only the app own scripts and talks only to the app', () => {
    const directive = (name: string) => pageContentSecurityPolicy().split('; ').find((d) => d.startsWith(`${name} `));
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('style-src')).toBe("style-src 'self'");
    expect(pageContentSecurityPolicy()).not.toMatch(/unsafe|\*|https?:/);
    // Only the dev server, which injects <style> elements, is allowed inline styles.
    expect(pageContentSecurityPolicy(true)).toContain("style-src 'self' 'unsafe-inline'");
  });
});
