import { useRef } from 'preact/hooks';

/** One option of a {@link RadioScale}. */
export interface ScaleOption<V> {
  value: V;
  /** What is drawn inside the option (a digit, a star, a face). */
  content: string;
  /** Accessible name when it differs from `content` ("4 of 5 — Satisfied"). */
  name?: string;
  /** Extra class, e.g. `on` for stars up to the chosen one. */
  className?: string;
}

export interface RadioScaleProps<V> {
  options: ScaleOption<V>[];
  value: V | undefined;
  onChange(value: V): void;
  /** Id of the element naming the group (the question title). */
  labelledBy: string;
  /** Ids of hints and errors describing the group. */
  describedBy?: string | undefined;
  invalid?: boolean;
  className: string;
}

// Left/Right follow the reading direction, as native radio buttons do in RTL pages.
function isRtl(el: Element): boolean {
  for (let node: Element | null = el; node; ) {
    const dir = node.getAttribute('dir');
    if (dir) return dir === 'rtl';
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return false;
}

/**
 * A radio group following the WAI-ARIA pattern (https://www.w3.org/WAI/ARIA/apg/patterns/radio/):
 * one tab stop (roving tabindex on the checked option, else the first), arrow keys move and
 * select, wrapping; Home/End jump; Space selects; Enter selects and submits the form.
 */
export function RadioScale<V>(props: RadioScaleProps<V>) {
  const { options, value, onChange } = props;
  const group = useRef<HTMLDivElement>(null);
  const checked = options.findIndex((o) => o.value === value);
  const stop = checked < 0 ? 0 : checked;

  const move = (event: KeyboardEvent) => {
    const rtl = isRtl(event.currentTarget as Element);
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
    };
    const count = options.length;
    let next: number;
    if (event.key === 'Enter') {
      // As with native radio buttons, Enter submits the form, with the focused option chosen.
      const index = Array.from(group.current?.querySelectorAll('[role=radio]') ?? []).indexOf(event.target as Element);
      if (index < 0) return;
      event.preventDefault();
      onChange(options[index]!.value);
      (event.currentTarget as HTMLElement).closest('form')?.requestSubmit();
      return;
    }
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (event.key in step) next = (stop + step[event.key]! + count) % count;
    else return;
    event.preventDefault();
    onChange(options[next]!.value);
    group.current?.querySelectorAll<HTMLElement>('[role=radio]')[next]?.focus();
  };

  return (
    <div
      ref={group}
      role="radiogroup"
      class={`scale ${props.className}`}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid ? 'true' : undefined}
      onKeyDown={move}
    >
      {options.map((option, index) => {
        const on = index === checked;
        return (
          <button
            type="button"
            role="radio"
            class={option.className ? `opt ${option.className}` : 'opt'}
            part={on ? 'option option-selected' : 'option'}
            aria-checked={on ? 'true' : 'false'}
            aria-label={option.name}
            tabIndex={index === stop ? 0 : -1}
            onClick={() => onChange(option.value)}
          >
            {option.content}
          </button>
        );
      })}
    </div>
  );
}
