// @ts-check
// Turns what the Electron installer printed when it failed into a few plain words. The
// installer prints a stack trace; a board member needs to know whether it was the internet,
// a proxy, the disk or the download itself.

/** @type {ReadonlyArray<[RegExp, string | ((match: RegExpMatchArray) => string)]>} */
const explanations = [
  [
    /ENOTFOUND|EAI_AGAIN|getaddrinfo/,
    'there is no internet connection (the download server could not be found)',
  ],
  [/Response code 407|Proxy Authentication/i, 'a proxy server asks for a password'],
  [
    /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|UND_ERR_CONNECT|fetch failed|socket hang up/,
    'the download server could not be reached (no internet, or a proxy or firewall in the way)',
  ],
  [/Response code (\d{3})/, (match) => `the download server answered with error ${match[1]}`],
  [/checksum/i, 'the downloaded file was damaged (its checksum did not match); try again'],
  [/ENOSPC/, 'the disk is full'],
  [/EACCES|EPERM/, 'this account may not write to node_modules/electron'],
];

/**
 * @param {string} installerOutput everything the installer printed on stderr
 * @returns {string}
 */
export function explainFetchFailure(installerOutput) {
  for (const [pattern, words] of explanations) {
    const match = installerOutput.match(pattern);
    if (match) return typeof words === 'string' ? words : words(match);
  }
  const firstLine = installerOutput.trim().split('\n')[0]?.trim();
  return firstLine
    ? `the installer failed: ${firstLine}`
    : 'the installer failed without saying why';
}
