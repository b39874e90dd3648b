/** The Customers step's tabs, in the order they are shown (named `customers.tab.<tab>`). */
export const customersTabs = ['plan', 'outreach', 'heard', 'complaints', 'forms'] as const;
export type CustomersTab = (typeof customersTabs)[number];

let requested: CustomersTab | null = null;

/**
 * Asks the Customers step to open on `tab` the next time it is shown. For buttons on other
 * steps such as "Link evidence on the Customers step": the wizard moves between steps by name
 * only, and the place to link evidence is a tab ("What we heard"), not the step's first one.
 */
export function requestCustomersTab(tab: CustomersTab): void {
  requested = tab;
}

/** The tab asked for, if any; read while the step first draws, so it has no side effect. */
export function requestedCustomersTab(): CustomersTab | null {
  return requested;
}

/** Once the step is on screen: a later visit opens on its usual tab again. */
export function forgetCustomersTabRequest(): void {
  requested = null;
}
