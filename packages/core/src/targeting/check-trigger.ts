import { describeCondition, firstFailing } from './match-conditions';
import { matchUrl } from './match-url';
import type { TargetingContext } from './targeting-context';
import type { SimpleTrigger, TriggerInput } from './targeting-schema';

type SimpleInput = Extract<TriggerInput, { type: SimpleTrigger['type'] }>;

/** `{ ok: true, why }` when a trigger holds, `{ ok: false, why }` when not. Throws on an invalid regex. */
type Check = { ok: boolean; why: string };

function checkSimple(trigger: SimpleInput, context: TargetingContext): Check {
  switch (trigger.type) {
    case 'pageView': {
      if (!trigger.url) return { ok: context.url !== undefined, why: context.url !== undefined ? 'page view' : 'no page URL in context' };
      const pattern = `${trigger.url.match ?? 'exact'} ${trigger.url.value}`;
      if (context.url === undefined) return { ok: false, why: `no page URL in context to match ${pattern}` };
      const ok = matchUrl(context.url, trigger.url);
      return { ok, why: ok ? `page ${context.url} matches ${pattern}` : `page ${context.url} does not match ${pattern}` };
    }
    case 'event': {
      if (context.event?.name !== trigger.event) return { ok: false, why: `waiting for event "${trigger.event}"` };
      const failing = firstFailing(context.event.props ?? {}, trigger.where ?? []);
      if (failing) return { ok: false, why: `event "${trigger.event}" does not satisfy ${describeCondition(failing)}` };
      return { ok: true, why: `event "${trigger.event}"` };
    }
    case 'delay': {
      const ok = (context.elapsedMs ?? 0) >= trigger.ms;
      return { ok, why: ok ? `${trigger.ms} ms after load` : `waiting until ${trigger.ms} ms after load (now ${context.elapsedMs ?? 0} ms)` };
    }
    case 'scroll': {
      const ok = (context.scrollPercent ?? 0) >= trigger.percent;
      return { ok, why: ok ? `scrolled ${trigger.percent}%` : `waiting for ${trigger.percent}% scroll (now ${context.scrollPercent ?? 0}%)` };
    }
    case 'exitIntent':
      return { ok: context.exitIntent === true, why: context.exitIntent === true ? 'exit intent' : 'waiting for exit intent' };
    case 'journeyStage': {
      const ok = context.journeyStage === trigger.stage;
      return { ok, why: ok ? `journey stage ${trigger.stage}` : `journey stage is ${context.journeyStage ?? 'unknown'}, not ${trigger.stage}` };
    }
    default:
      // Only reachable with an unvalidated definition; `decideSurvey` reports it as `invalid`.
      throw new TypeError(`unknown trigger type ${JSON.stringify((trigger as { type: unknown }).type)}`);
  }
}

/** Whether `trigger` holds in `context`, with a sentence saying why (or why not). */
export function checkTrigger(trigger: TriggerInput, context: TargetingContext): Check {
  if (trigger.type === 'all') {
    const whys: string[] = [];
    for (const part of trigger.of) {
      const check = checkSimple(part, context);
      if (!check.ok) return check;
      whys.push(check.why);
    }
    return { ok: true, why: whys.join(' and ') };
  }
  if (trigger.type === 'any') {
    const checks = trigger.of.map((part) => checkSimple(part, context));
    const hit = checks.find((check) => check.ok);
    return hit ?? { ok: false, why: checks.map((check) => check.why).join('; ') };
  }
  return checkSimple(trigger, context);
}
