/** The `goTo` target that finishes the survey (a reserved id). */
export const END = 'end';
