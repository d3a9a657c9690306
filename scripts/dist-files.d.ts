// Types for scripts/dist-files.js (CommonJS, used by webpack.config.js and the tests).
export interface DistOptions {
  /** ADDIN_ORIGIN: the https address dist/ is served from (default the dev origin). */
  origin?: string;
  /** ADDIN_SUPPORT_CONTACT: who a worker contacts for help, shown on the support page. */
  supportContact?: string;
  /** Defaults to package.json's version. */
  version?: string;
  /** The council's policy folder (default policies/). */
  policiesDir?: string;
  /** Reads and checks one policy file, returning its profile (default: src/io/policy-file.ts through tsx). */
  readPolicy?: (path: string) => { id: string };
}
export declare function distFiles(options?: DistOptions): Map<string, string>;
export declare function supportContactHtml(contact: string | undefined): string;
export declare class DistFilesPlugin {
  constructor(options: DistOptions);
  apply(compiler: unknown): void;
}
