import { useLiveView } from '../../api/use-live-view';

/** What the reports can cover and the misses the report card prints, with their follow-ups. */
export function useReports() {
  return useLiveView('report:get', (api) => api['report:get']());
}
