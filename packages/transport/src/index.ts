/**
 * @packageDocumentation
 * Public API of @pulso/transport. Everything exported here is public; nothing else is.
 */
export const version = '0.1.0';
