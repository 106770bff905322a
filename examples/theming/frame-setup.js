// Runs before pulso.min.js in each sandboxed frame. A sandboxed frame has an opaque origin, where
// Chromium refuses Web Locks with a SecurityError; hiding them lets Pulso use its fallback (a
// lease in storage, which here lives in memory), so each frame shows its own survey.
try {
  Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
} catch (error) {
  console.warn('theming demo: could not hide navigator.locks', error);
}
