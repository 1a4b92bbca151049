// The package's index pulls in the whole Readability parser; the detector imports only this file.
declare module '@mozilla/readability/Readability-readerable.js' {
  interface ReaderableOptions {
    minScore?: number;
    minContentLength?: number;
    visibilityChecker?: (node: Node) => boolean;
  }
  const isProbablyReaderable: (doc: Document, options?: ReaderableOptions | ((node: Node) => boolean)) => boolean;
  export = isProbablyReaderable;
}
