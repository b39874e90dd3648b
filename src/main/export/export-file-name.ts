// Characters Windows refuses in a file name, plus control characters; the name is typed by the
// board, so it may hold any of them.
// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const forbidden = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
const maxNameLength = 80;

/** The utility's name as it can appear in a file name on every system, or '' if nothing is left. */
export function fileNamePart(text: string): string {
  const cleaned = text.replace(forbidden, ' ').replace(/\s+/g, ' ').trim();
  // Windows drops trailing dots and spaces, which would change the name the user was told.
  return cleaned.slice(0, maxNameLength).replace(/[. ]+$/, '');
}

/** "LOS Agreement - Mesa Verde Water Users - revision 2 (draft).pdf" */
export function exportFileName(title: string, utilityName: string, detail: string): string {
  const name = fileNamePart(utilityName);
  return `${[title, name, detail].filter(Boolean).join(' - ')}.pdf`;
}

/** "Mesa Verde Water Users results 2028-02-03.csv": the spreadsheet of one day's figures. */
export function spreadsheetFileName(utilityName: string, day: string): string {
  return `${[fileNamePart(utilityName), 'results', day].filter(Boolean).join(' ')}.csv`;
}
