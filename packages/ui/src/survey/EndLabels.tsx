import type { TextsLang } from './texts-lang';

/** The labels under both ends of a scale ("Not at all likely" … "Extremely likely"). */
export function EndLabels(props: {
  id: string;
  low: string | undefined;
  high: string | undefined;
  lowLang?: TextsLang | undefined;
  highLang?: TextsLang | undefined;
}) {
  if (!props.low && !props.high) return null;
  return (
    <div class="ends" id={props.id}>
      <span {...props.lowLang}>{props.low}</span>
      <span {...props.highLang}>{props.high}</span>
    </div>
  );
}

/** Joins the ids that describe a control, skipping the missing ones. */
export function ids(...parts: (string | false | undefined)[]): string | undefined {
  return parts.filter(Boolean).join(' ') || undefined;
}
