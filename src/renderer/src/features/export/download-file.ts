/**
 * Hands a file to the browser as a download (browser mode): the bytes become a Blob behind a
 * temporary object URL, which a temporary link with `download` saves under the file's name.
 */
export function downloadFile(fileName: string, base64: string, type = 'application/pdf'): void {
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the Blob after click() returns; freeing it at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
