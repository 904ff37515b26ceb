/** Waits for office.js to find its host, without hanging when there is none. */

/** How long to wait for Office before saying the pane is not inside Excel. */
export const HOST_TIMEOUT_MS = 10_000;

/**
 * Resolves true when office.js reports Excel as the host; false when office.js did not load,
 * reports another host or none (a plain browser), or stays silent past the timeout.
 */
export function waitForExcel(timeoutMs = HOST_TIMEOUT_MS): Promise<boolean> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    // The promise form: office.js resolves it with the host once the page is ready.
    Promise.resolve()
      .then(() => office.onReady())
      .then(
        (info) => String(info?.host ?? office.context?.host ?? "") === "Excel",
        () => false,
      )
      .then((inExcel) => {
        clearTimeout(timer);
        resolve(inExcel);
      });
  });
}
