// Every unit test sees the extension's English messages through chrome.i18n, as in a browser.
import { beforeEach } from 'vitest';
import { installI18n } from './i18n-stub';

installI18n('en');
beforeEach(() => installI18n('en'));
