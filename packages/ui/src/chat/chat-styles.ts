// Uses the base sheet's internal variables (--_bg, --_fg, --_ac, --_af, --_bd, --_r, --_z) so the
// chat follows the same theme, dark mode and page overrides as the surveys. Logical properties
// mirror the layout for right-to-left languages; the corner follows the site's chosen position.
// The base sheet's reduced-motion rule uses `*`, which the `.dot` rule here would beat, hence
// the chat's own.
/** The chat widget's stylesheet, adopted into the widget's shadow root after the base one. */
export const chatStyles = `
.launcher,.chat{position:fixed;z-index:var(--_z);right:16px;box-shadow:0 6px 24px rgba(0,0,0,.25)}
:host([data-position=bottom-left]) :is(.launcher,.chat){right:auto;left:16px}
.launcher{bottom:16px;width:56px;height:56px;display:grid;place-items:center;border:0;border-radius:50%;background:var(--_ac);color:var(--_af)}
.badge{position:absolute;top:-2px;right:-2px;min-width:22px;padding:0 6px;border-radius:11px;background:#c5221f;color:#fff;font:700 12px/22px inherit}
.chat{bottom:84px;display:flex;flex-direction:column;width:min(380px,calc(100vw - 32px));height:min(560px,calc(100vh - 100px));background:var(--_bg);border:1px solid var(--_bd);border-radius:var(--_r);overflow:hidden;animation:pulso-in .2s ease-out}
@media (max-width:479.98px){.chat{inset:auto 0 0;width:100%;height:85vh;border-radius:var(--_r) var(--_r) 0 0}}
.head,.composer,.actions.handoff,.handoff-form,.csat{display:flex;gap:8px;align-items:center;margin:0;padding:8px 12px;border-top:1px solid var(--_bd)}
.head{border:0;border-bottom:1px solid var(--_bd)}
.note{margin:0;padding:6px 12px;font-size:.85em;background:color-mix(in srgb,var(--_fg) 8%,var(--_bg))}
.head .close{position:static}
.name{flex:1;margin:0;font-size:1em}
.avatar{display:grid;place-items:center;width:32px;height:32px;border-radius:50%;background:var(--_ac);color:var(--_af);object-fit:cover}
.log{flex:1;overflow-y:auto;padding:12px}
.msgs{list-style:none;margin:0;padding:0;display:grid;gap:10px}
.msg{display:grid;justify-items:start;gap:6px}
.shopper{justify-items:end}
.bubble,.typing{max-width:85%;margin:0;padding:8px 12px;border-radius:var(--_r);background:color-mix(in srgb,var(--_fg) 8%,var(--_bg));overflow-wrap:anywhere}
.shopper .bubble{background:var(--_ac);color:var(--_af);white-space:pre-wrap}
.bubble *{margin:0}
.bubble>*+*{margin-top:6px}
.bubble ul,.bubble ol{padding-inline-start:20px}
.bubble a{color:inherit}
.chips,.fb{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin:0;font-size:.9em}
.chip{min-height:36px;padding:4px 12px;border:1px solid var(--_ac);border-radius:18px;background:none}
.typing{display:flex;gap:4px;margin-top:10px;width:max-content}
.dot{width:7px;height:7px;border-radius:50%;background:currentColor;opacity:.5;animation:pulso-dot 1s infinite alternate}
.dot:nth-child(2){animation-delay:.2s}.dot:nth-child(3){animation-delay:.4s}
@keyframes pulso-dot{to{opacity:1;translate:0 -3px}}
.handoff-form,.csat{display:grid}
.handoff-form p,.csat p{margin:0}
.composer input{flex:1}
@media (prefers-reduced-motion:reduce){.chat,.dot{animation:none}}
`;
