/** The version of @pulso/ui. */
export const version = '0.1.0';
