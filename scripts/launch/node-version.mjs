// @ts-check
// Which Node.js versions run LOS Builder's tools. Kept to syntax that very old Node versions
// can parse, because this check must speak before anything newer is loaded.
//
// The floor comes from the Electron installer: it loads @electron/get 5, an ES module, with
// require(), which works from Node 20.19 on the 20 line and from 22.12 on later lines.

/** The versions we support, as package.json's `engines` says them. */
export var supportedNodeRange = '^20.19.0 || >=22.12.0';

/** The versions we support, in words for a person. */
export var supportedNodeWords = 'Node.js 22.12 or newer (or 20.19 or newer on the 20 line)';

/**
 * @param {string} version such as "v20.20.2" or "22.12.0"
 * @returns {boolean}
 */
export function isSupportedNode(version) {
  var parts = String(version).replace(/^v/, '').split('.');
  var major = Number(parts[0]);
  var minor = Number(parts[1]);
  if (!(major >= 0) || !(minor >= 0)) return false;
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 12;
  return major >= 23;
}

/**
 * The one line shown when this Node.js is too old.
 * @param {string} version
 * @returns {string}
 */
export function tooOldNodeMessage(version) {
  return (
    'LOS Builder needs ' +
    supportedNodeWords +
    '; this computer has Node.js ' +
    String(version).replace(/^v/, '') +
    '. Install the current LTS version from nodejs.org, then run npm install and npm start again.'
  );
}
