// Uses the base sheet's internal variables (--_bg, --_fg, --_ac, --_af, --_bd, --_r, --_z) so the
// chat follows the same theme, dark mode and page overrides as the surveys. Logical properties
// mirror the layout for right-to-left languages; the corner follows the site's chosen position.
/** The chat widget's stylesheet, adopted into the widget's shadow root after the base one. */
export const chatStyles = `
.launcher{position:fixed;z-index:var(--_z);bottom:16px;right:16px;width:56px;height:56px;display:grid;place-items:center;border:0;border-radius:50%;background:var(--_ac);color:var(--_af);box-shadow:0 4px 16px rgba(0,0,0,.25)}
:host([data-position=bottom-left]) .launcher,:host([data-position=bottom-left]) .chat{right:auto;left:16px}
.badge{position:absolute;top:-2px;right:-2px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#c5221f;color:#fff;font-size:12px;font-weight:700;line-height:22px;text-align:center}
.chat{position:fixed;z-index:var(--_z);bottom:84px;right:16px;display:flex;flex-direction:column;width:min(380px,calc(100vw - 32px));height:min(560px,calc(100vh - 100px));background:var(--_bg);color:var(--_fg);border:1px solid var(--_bd);border-radius:var(--_r);box-shadow:0 8px 30px rgba(0,0,0,.25);overflow:hidden;animation:pulso-in .2s ease-out}
@media (max-width:479.98px){.chat{inset:auto 0 0 0;width:100%;height:85vh;border-radius:var(--_r) var(--_r) 0 0}}
.head{display:flex;align-items:center;gap:10px;padding:6px 6px 6px 14px;border-bottom:1px solid var(--_bd)}
.head .close{position:static}
.name{flex:1;margin:0;font-size:1em;font-weight:600}
.avatar{display:grid;place-items:center;width:32px;height:32px;border-radius:50%;background:var(--_ac);color:var(--_af);object-fit:cover;font-size:16px}
.end{min-height:36px;padding:0 10px;font-size:.85em}
.log{flex:1;overflow-y:auto;padding:12px}
.msgs{list-style:none;margin:0;padding:0;display:grid;gap:10px}
.msg{display:grid;justify-items:start;gap:6px}
.msg.shopper{justify-items:end}
.bubble{max-width:85%;padding:8px 12px;border-radius:var(--_r);background:color-mix(in srgb,var(--_fg) 8%,var(--_bg));overflow-wrap:anywhere;white-space:pre-wrap}
.bot .bubble,.agent .bubble{white-space:normal}
.shopper .bubble{background:var(--_ac);color:var(--_af)}
.bubble p,.bubble ul,.bubble ol{margin:0}
.bubble p+*,.bubble ul+*,.bubble ol+*{margin-top:6px}
.bubble ul,.bubble ol{padding-inline-start:20px}
.bubble a{color:inherit;text-decoration:underline}
.chips,.fb{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin:0;font-size:.9em}
.chip{min-height:36px;padding:4px 12px;border:1px solid var(--_ac);border-radius:18px;background:var(--_bg);color:var(--_fg)}
.typing{display:flex;gap:4px;margin:10px 0 0;padding:10px 12px;width:max-content;border-radius:var(--_r);background:color-mix(in srgb,var(--_fg) 8%,var(--_bg))}
.dot{width:7px;height:7px;border-radius:50%;background:currentColor;opacity:.5;animation:pulso-dot 1s infinite alternate}
.dot:nth-child(2){animation-delay:.2s}.dot:nth-child(3){animation-delay:.4s}
@keyframes pulso-dot{to{opacity:1;translate:0 -3px}}
.handoff,.handoff-form,.csat{margin:0;padding:8px 12px;border-top:1px solid var(--_bd)}
.handoff{margin:0}
.handoff-form{display:grid;gap:6px}
.handoff-form p{margin:0}
.csat p{margin:0 0 6px}
.composer{display:flex;gap:8px;padding:10px 12px;border-top:1px solid var(--_bd)}
.composer input{flex:1}
@media (prefers-reduced-motion:reduce){.chat,.dot{animation:none}}
`;
