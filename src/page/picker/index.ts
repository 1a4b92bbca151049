/**
 * picker.js: injected by the background into a page whose cleaner asks for the picker (see
 * loader.ts). Leaves its factory where the cleaner's script finds it; a second injection adds
 * nothing.
 */
import { Corrections } from './corrections-ui';
import { PICKER_KEY, type MakeCorrections } from './loader';

const scope = globalThis as unknown as Record<string, MakeCorrections | undefined>;
scope[PICKER_KEY] ??= (doc, host) => new Corrections(doc, host);
