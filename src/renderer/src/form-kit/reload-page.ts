/**
 * Loads the page again from the start. After another utility is opened every record on screen
 * belongs to the one before; reading everything afresh is simpler and safer than patching it.
 */
export function reloadPage(): void {
  window.location.reload();
}
