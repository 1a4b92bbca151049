/** Service worker (Chromium) / event page (Firefox): wires the background's parts together. */
import { onContentEvent } from './auto-clean';
import { startBadge } from './badge';
import { startComfortSheets } from './cleaner-link';
import { startKeyboardCommand } from './keyboard-command';
import { startMessageRouter } from './message-router';
import { startReadAloudCommand } from './read-aloud';
import { startWelcome } from './welcome';

startMessageRouter(onContentEvent);
startKeyboardCommand();
startReadAloudCommand();
startBadge();
startComfortSheets();
startWelcome();
