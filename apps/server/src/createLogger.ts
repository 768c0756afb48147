import { pino, type Logger } from 'pino';
import type { ServerConfig } from './config.js';

/** JSON logs on stdout, one line per event, for operators and their log shippers. */
export function createLogger(level: ServerConfig['logLevel']): Logger {
  return pino({ level, base: { service: 'cairn' } });
}
