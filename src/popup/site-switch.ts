/** The popup's per-site switch ("Clean <site> automatically"). Filled in by the settings work. */
export async function mountSiteSwitch(_container: HTMLElement, _pageUrl: string | undefined): Promise<void> {}
