import { base64Of } from "../../../src/taskpane/services/packDelivery";

describe("handing over the auditor pack", () => {
  it("encodes bytes as base64 for Excel.createWorkbook, large ones included", () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    expect(base64Of(new Uint8Array([]))).toBe("");
  });
});
