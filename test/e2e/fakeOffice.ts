/**
 * The browser test's stand-in for office.js: installs the in-memory Excel as the Office.js
 * globals and leaves its handle on window, so the test can look at the document.
 */
import { installFakeExcel } from "../support/fakeExcel";

(window as unknown as Record<string, unknown>).fakeExcel = installFakeExcel({ sheets: ["Sheet1"] });
