/** Offers text as a file download. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers a value as `<name>.json`. */
export const downloadJson = (name: string, value: unknown): void =>
  downloadText(`${name}.json`, JSON.stringify(value, null, 1), 'application/json');

/** Offers CSV text as `<name>.csv`. */
export const downloadCsv = (name: string, csv: string): void =>
  downloadText(`${name}.csv`, csv, 'text/csv;charset=utf-8');
