// Types for scripts/manifest.js (CommonJS, used by webpack.config.js and the tests).
export declare const DEV_ORIGIN: string;
export declare function addinOrigin(value: string | undefined): string;
export declare function manifestVersion(packageVersion: string): string;
export declare function rewriteManifest(xml: string, options: { base: string; version: string }): string;
export declare function checkManifest(xml: string, options: { base: string }): string[];
