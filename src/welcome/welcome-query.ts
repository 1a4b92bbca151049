/** welcome.html?updated=<version>: the page opened after an update (the version is checked, it is shown as text). */
export function updatedVersion(search: string): string | undefined {
  const raw = new URLSearchParams(search).get('updated');
  return raw !== null && /^\d{1,9}(?:\.\d{1,9}){0,3}$/.test(raw) ? raw : undefined;
}
