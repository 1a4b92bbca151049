/** Replaced at build time by esbuild: the browser the bundle is built for. */
declare const __TARGET__: 'chrome' | 'firefox';
