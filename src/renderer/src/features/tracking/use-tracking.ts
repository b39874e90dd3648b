import { useLiveView } from '../../api/use-live-view';

/** The overview: the agreement in force, what is due, each goal's results and standing. */
export function useTracking() {
  return useLiveView('tracking:get', (api) => api['tracking:get']());
}
