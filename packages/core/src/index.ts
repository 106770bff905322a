/**
 * @packageDocumentation
 * Public API of @pulso/core. Everything exported here is public; nothing else is.
 */
export const version = '0.1.0';
