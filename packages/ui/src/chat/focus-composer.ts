/**
 * Moves focus to the composer from a button that its own action removes ("Yes", "End chat", a
 * rating, the handoff offer): a removed focused element leaves a keyboard or screen-reader user on
 * the page's `<body>`, outside the chat.
 */
export function focusComposer(event: Event): void {
  const root = (event.currentTarget as Element).getRootNode() as Document | ShadowRoot;
  root.getElementById('pulso-chat-input')?.focus();
}
