// `npm run build`: always rebuild the model, the server and the web client.
import { ensureBuilt, ensureInstalled } from './lib/prepare.mjs';

ensureInstalled();
ensureBuilt({ force: true });
