import { localeChain, normalizeLocale } from '../i18n/locale-chain';
import { describeCondition, firstFailing } from './match-conditions';
import { memo } from './memo';
import { sampleBucket } from './sample-bucket';
import type { Skip, TargetingContext } from './targeting-context';
import type { TargetingInput } from './targeting-schema';

const normalized = memo(normalizeLocale);
const chainOf = memo(localeChain);

/**
 * The first targeting rule that excludes the visitor, or `undefined` when none does.
 * `random` is used for sampling only when the visitor has no id (nothing stable to hash).
 */
export function checkTargeting(
  targeting: TargetingInput | undefined,
  surveyId: string,
  context: TargetingContext,
  random: () => number,
): Skip | undefined {
  if (!targeting) return undefined;
  if (targeting.locales && targeting.locales.length > 0) {
    const wanted = targeting.locales.map(normalized);
    // `pt` in the list covers `pt-BR`, so compare the visitor's whole fallback chain.
    const chain = context.locale ? chainOf(context.locale) : [];
    if (!chain.some((tag) => wanted.includes(tag))) {
      return { code: 'locale', reason: `locale ${context.locale ?? 'unknown'} is not in ${wanted.join(', ')}` };
    }
  }
  if (targeting.devices && targeting.devices.length > 0 && !(context.device && targeting.devices.includes(context.device))) {
    return { code: 'device', reason: `device ${context.device ?? 'unknown'} is not in ${targeting.devices.join(', ')}` };
  }
  const failing = firstFailing(context.visitor.attributes ?? {}, targeting.attributes ?? []);
  if (failing) return { code: 'attributes', reason: `visitor attribute does not satisfy ${describeCondition(failing)}` };
  const sample = targeting.sample ?? 100;
  if (sample < 100) {
    const bucket = context.visitor.id ? sampleBucket(context.visitor.id, surveyId) : random() * 100;
    if (bucket >= sample) return { code: 'sample', reason: `visitor is outside the ${sample}% sample` };
  }
  return undefined;
}
