import { describe, expect, it } from 'vitest';
import { findLicense, licenseFromUrl, recognizeLicense } from '../../../../src/reader/attribution/license';

describe('recognizeLicense', () => {
  it.each([
    ['CC BY 4.0', 'CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/'],
    ['CC BY-SA 2.0', 'CC BY-SA 2.0', 'https://creativecommons.org/licenses/by-sa/2.0/'],
    ['cc by-nd 3.0', 'CC BY-ND 3.0', 'https://creativecommons.org/licenses/by-nd/3.0/'],
    ['CC BY-NC 2.5', 'CC BY-NC 2.5', 'https://creativecommons.org/licenses/by-nc/2.5/'],
    ['CC-BY-NC-SA-4.0', 'CC BY-NC-SA 4.0', 'https://creativecommons.org/licenses/by-nc-sa/4.0/'],
    ['CC BY NC ND 1.0', 'CC BY-NC-ND 1.0', 'https://creativecommons.org/licenses/by-nd-nc/1.0/'],
    ['Creative Commons Attribution-Share Alike 3.0 Unported', 'CC BY-SA 3.0', 'https://creativecommons.org/licenses/by-sa/3.0/'],
    ['Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License', 'CC BY-NC-ND 4.0', 'https://creativecommons.org/licenses/by-nc-nd/4.0/'],
    ['CC0', 'CC0 1.0', 'https://creativecommons.org/publicdomain/zero/1.0/'],
    ['CC0 1.0 Universal', 'CC0 1.0', 'https://creativecommons.org/publicdomain/zero/1.0/'],
    ['Public Domain Mark 1.0', 'Public Domain Mark 1.0', 'https://creativecommons.org/publicdomain/mark/1.0/'],
  ])('%s', (text, name, url) => {
    expect(recognizeLicense(text)).toEqual({ name, url });
  });

  it('names a licence without a version but does not invent a deed URL', () => {
    expect(recognizeLicense('CC BY-SA')).toEqual({ name: 'CC BY-SA' });
  });

  it('plain "public domain" is named without a link', () => {
    expect(recognizeLicense('Photo in the public domain')).toEqual({ name: 'Public domain' });
  });

  it('a Creative Commons URL wins over the text', () => {
    expect(recognizeLicense('some licence', 'https://creativecommons.org/licenses/by-nc-sa/3.0/de/')).toEqual({
      name: 'CC BY-NC-SA 3.0 DE',
      url: 'https://creativecommons.org/licenses/by-nc-sa/3.0/de/',
    });
  });

  it('ignores javascript: links and unknown text', () => {
    expect(recognizeLicense('CC BY 4.0', 'javascript:alert(1)')).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(recognizeLicense('All rights reserved')).toBeUndefined();
    expect(licenseFromUrl('https://creativecommons.org/licenses/foo/4.0/')).toBeUndefined();
  });

  it('does not read "Attribution:" alone as a licence', () => {
    expect(findLicense('Attribution: Jane Doe')).toBeUndefined();
  });
});
