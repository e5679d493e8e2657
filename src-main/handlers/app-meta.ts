import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../../package.json') as { productName: string; version: string };

export const appName = pkg.productName;
export const appVersion = pkg.version;
