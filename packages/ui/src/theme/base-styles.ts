import { palettes, type Palette } from './palettes';

// Internal variables (`--_bg` …) read the public `--pulso-*` ones with a palette fallback, so a
// theme object, a page's own CSS (`pulso-widget { --pulso-accent: … }`) and the colour scheme
// all feed the same place. The chat's stylesheet reads these internal names too (`--_bg`, `--_fg`,
// `--_ac`, `--_af`, `--_bd`, `--_r`, `--_z`): renaming one means renaming it there.
const scheme = (p: Palette, mode: string) =>
  `--_bg:var(--pulso-bg,${p.background});--_fg:var(--pulso-fg,${p.foreground});` +
  `--_ac:var(--pulso-accent,${p.accent});--_af:var(--pulso-accent-fg,${p.accentForeground});` +
  `--_bd:var(--pulso-border,${p.border});color-scheme:${mode}`;

const dark = scheme(palettes.dark, 'dark');

// In forced colours (Windows high contrast) backgrounds are dropped, so the chosen option gets an
// outline in the system highlight colour instead.
// A title takes focus only so a screen reader reads the new step; it is not a control, so no ring.
// Targets: every control is at least 44px tall; the eleven NPS options share one row, which
// leaves each at least 24px wide (WCAG 2.5.8) down to a 320px phone. Layout inside the panel uses logical properties so RTL
// mirrors it; the popover corner is physical because the site chose it.
/** The widget's base stylesheet, adopted into every shadow root (chat adds its own sheet). */
export const baseStyles = `
:host{all:initial;display:block;${scheme(palettes.light, 'light')};--_r:var(--pulso-radius,12px);--_z:var(--pulso-z,2147483000);font:16px/1.4 var(--pulso-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--_fg)}
:host([data-mode=dark]){${dark}}
@media (prefers-color-scheme:dark){:host([data-mode=auto]){${dark}}}
*,*::before,*::after{box-sizing:border-box}
button,input,textarea{font:inherit;color:inherit;margin:0}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--_ac);outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.survey{position:fixed;z-index:var(--_z);bottom:16px;right:16px;width:min(380px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow:auto;padding:20px;background:var(--_bg);color:var(--_fg);border:1px solid var(--_bd);border-radius:var(--_r);box-shadow:0 8px 30px rgba(0,0,0,.25)}
@media (prefers-reduced-motion:no-preference){.survey{animation:pulso-in .2s ease-out}}
:host([data-position=bottom-left]) .survey{right:auto;left:16px}
:host([data-layout=modal]) .survey{top:50%;left:50%;bottom:auto;right:auto;transform:translate(-50%,-50%);width:min(480px,calc(100vw - 32px))}
.backdrop{position:fixed;inset:0;z-index:var(--_z);background:rgba(0,0,0,.45)}
:host([data-layout=inline]) .survey{position:relative;width:auto;max-height:none;box-shadow:none;z-index:auto}
@media (max-width:479.98px){:host(:not([data-layout=inline])) .survey{top:auto;bottom:0;left:0;right:0;transform:none;width:100%;max-height:85vh;padding:16px;border-radius:var(--_r) var(--_r) 0 0}}
@keyframes pulso-in{from{opacity:0;translate:0 8px}}
.close{position:absolute;top:6px;inset-inline-end:6px;min-width:44px;min-height:44px;border:0;border-radius:var(--_r);background:none;font-size:24px;line-height:1}
.title{margin:0 0 12px;padding-inline-end:36px;font-size:1.05em;font-weight:600}
.title:focus{outline:0}
.desc{margin:-6px 0 12px}
progress{display:block;width:calc(100% - 40px);height:4px;margin:8px 0 12px;border:0;border-radius:2px;appearance:none;background:var(--_bd);color:var(--_ac)}
progress::-webkit-progress-bar{background:var(--_bd);border-radius:2px}
progress::-webkit-progress-value{background:var(--_ac);border-radius:2px}
progress::-moz-progress-bar{background:var(--_ac)}
.scale{display:flex;flex-wrap:wrap;gap:4px}
.list{display:grid;gap:6px}
.opt{display:inline-flex;flex:1 0 auto;align-items:center;justify-content:center;gap:8px;min-width:44px;min-height:44px;padding:4px 8px;border:1px solid var(--_bd);border-radius:calc(var(--_r)/2);background:var(--_bg);text-align:start}
.list .opt{justify-content:flex-start;padding-inline:12px}
.nps{display:grid;grid-template-columns:repeat(11,minmax(0,1fr));gap:2px}
.nps .opt{min-width:0;padding:0}
.opt[aria-checked=true]{background:var(--_ac);color:var(--_af);border-color:var(--_ac)}
.opt:has(:checked){border-color:var(--_ac);box-shadow:inset 0 0 0 2px var(--_ac)}
.faces .opt,.stars .opt{font-size:24px}
.stars .opt{border:0;background:none;color:var(--_bd)}
.stars .opt.on{color:var(--_ac)}
.ends{display:flex;justify-content:space-between;gap:8px;margin-top:6px;font-size:.85em}
input[type=text],textarea{display:block;width:100%;min-height:44px;padding:8px 10px;border:1px solid var(--_bd);border-radius:calc(var(--_r)/2);background:var(--_bg)}
textarea{min-height:96px;resize:vertical}
input[type=checkbox]{width:20px;height:20px;accent-color:var(--_ac)}
.other{margin-top:8px}
.count{margin-top:4px;font-size:.85em;text-align:end}
.err{margin:10px 0 0;padding-inline-start:8px;border-inline-start:3px solid #d1242f;font-weight:600}
.actions{display:flex;flex-wrap:wrap;gap:8px;justify-content:flex-end;margin-top:16px}
.btn{display:inline-flex;align-items:center;min-height:44px;padding:0 18px;border:1px solid var(--_bd);border-radius:calc(var(--_r)/2);background:none;color:inherit;text-decoration:none}
.primary{border-color:var(--_ac);background:var(--_ac);color:var(--_af);font-weight:600}
.btn:disabled{opacity:.6;cursor:default}
.back{margin-inline-end:auto}
@media (forced-colors:active){.opt[aria-checked=true],.opt:has(:checked){outline:3px solid Highlight;outline-offset:-5px}.stars .opt.on{forced-color-adjust:none;color:Highlight}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none;transition:none}}
`;
