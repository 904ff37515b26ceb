/** Hands the auditor pack to the user: a new Excel workbook where the host can, else a file. */

/** The bytes of a file as base64, in slices so a large pack does not overflow the stack. */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  }
  return btoa(binary);
}

/** True when this Excel can open a workbook from base64 (ExcelApi 1.8, Excel.createWorkbook). */
export function canCreateWorkbook(): boolean {
  try {
    const supported = Office.context?.requirements?.isSetSupported("ExcelApi", "1.8") === true;
    return supported && typeof Excel !== "undefined" && typeof Excel.createWorkbook === "function";
  } catch {
    return false;
  }
}

/** Offers the bytes as a download named `fileName`. */
export function download(bytes: Uint8Array, fileName: string): void {
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Opens the pack as a new workbook, or downloads it where Excel cannot; also downloads it, with
 * a note saying why, when Excel refuses to open it (a pack over Excel on the web's size limit,
 * a host that lacks the call), so the pack is never lost to an error. Excel's own words go to
 * the console.
 */
export async function deliverPack(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ opened: boolean; fileName: string; note?: string }> {
  if (canCreateWorkbook()) {
    try {
      await Excel.createWorkbook(base64Of(bytes));
      return { opened: true, fileName };
    } catch (error) {
      console.error("Excel.createWorkbook refused the auditor pack", error);
      download(bytes, fileName);
      const size = `${Math.max(1, Math.round(bytes.length / 1024))} KB`;
      const note = `Excel could not open the pack (${size}) as a new workbook, so it was ` +
        `downloaded instead: open ${fileName} from your downloads.`;
      return { opened: false, fileName, note };
    }
  }
  download(bytes, fileName);
  return { opened: false, fileName };
}
