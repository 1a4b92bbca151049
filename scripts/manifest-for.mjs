/** The manifest for one browser, from manifest.json: each browser's keys, and none it does not know. */
export function manifestFor(base, version, target) {
  const m = structuredClone(base);
  m.version = version;
  if (target === 'chrome') {
    // Chromium only reads service_worker; drop the Firefox-only keys so it shows no warnings.
    delete m.background.scripts;
    delete m.browser_specific_settings;
    // The offscreen document reads page copies (the service worker has no DOMParser).
    m.permissions = [...m.permissions, 'offscreen'];
    // Messages are copied by structured clone, as Firefox always does, instead of JSON: the page's
    // copy (a string of up to a megabyte) then leaves the page without JSON.stringify and a UTF-8
    // conversion on its main thread. Chromium reads this key from version 148.
    m.message_serialization = 'structured_clone';
    // From 148 Chromium also has the promise-based `browser` namespace the content scripts use.
    m.minimum_chrome_version = '148';
  } else {
    // Firefox runs background scripts (event page); it does not support service_worker.
    delete m.background.service_worker;
  }
  return m;
}
