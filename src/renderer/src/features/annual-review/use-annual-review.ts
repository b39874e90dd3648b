import { useLiveView } from '../../api/use-live-view';

/** The annual review: each goal's year, the suggestion and the board's saved decision. */
export function useAnnualReview() {
  return useLiveView('annual:get', (api) => api['annual:get']());
}
