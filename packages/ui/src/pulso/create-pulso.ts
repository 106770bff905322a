import { chatPlugin } from './chat-plugin';
import type { PulsoApi } from './pulso-types';
import { startPulso, type PulsoOptions } from './start-pulso';

/**
 * Creates a Pulso instance: surveys and the FAQ chat. Calls made before `init` (or while the
 * configuration is loading) are kept and run, in order, right after it. Nothing throws into the
 * host page: problems go to `console.error` and the `error` event.
 *
 * @example
 * const pulso = createPulso();
 * pulso.on('completed', ({ surveyId }) => console.log('thanks for answering', surveyId));
 * pulso.init({ endpoint: '/v1/events', surveys: [npsSurvey] });
 * pulso.track('purchase', { order: { total: 120 } });
 */
export function createPulso(options: PulsoOptions = {}): PulsoApi {
  return startPulso(options, chatPlugin);
}

export type { PulsoOptions };
