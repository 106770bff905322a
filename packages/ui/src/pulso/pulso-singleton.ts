import { createPulso } from './create-pulso';
import type { PulsoApi } from './pulso-types';

let instance: PulsoApi | undefined;
const get = () => (instance ??= createPulso());

/**
 * The page's Pulso, created on first use: importing `@pulso/ui` does nothing by itself (and a
 * bundler drops this when unused). Use {@link createPulso} for separate instances, e.g. in tests.
 *
 * @example
 * import { Pulso } from '@pulso/ui';
 * Pulso.init({ endpoint: '/v1/events', surveys });
 */
export const Pulso: PulsoApi = {
  init: (config) => get().init(config),
  showSurvey: (id) => get().showSurvey(id),
  track: (event, props) => get().track(event, props),
  identify: (visitor) => get().identify(visitor),
  setJourney: (stage) => get().setJourney(stage),
  openChat: () => get().openChat(),
  consent: () => get().consent(),
  on: (event, handler) => get().on(event, handler),
  destroy: () => get().destroy(),
};
