// Options page: settings (filled in by the settings work).
export {};
