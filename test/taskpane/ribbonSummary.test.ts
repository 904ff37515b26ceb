import { summaryOfHash, summaryText, summaryUrl } from "../../src/commands/summary";

describe("the ribbon check's summary", () => {
  it("counts the findings in one sentence and says where to see them", () => {
    expect(summaryText({ errors: 1, warnings: 2, info: 0 })).toBe(
      "Check done: 1 error, 2 warnings, 0 info. Open the ARM pane (Home > ARM) to see each " +
        "finding and go to its cell.",
    );
    expect(summaryText({ errors: 0, warnings: 0, info: 0 })).toMatch(/^Check done: no findings/);
  });

  it("carries the summary to the dialog page in its address, and back", () => {
    const text = "Check done: 3 errors & 1 warning #1";
    const url = summaryUrl("https://localhost:3000/commands.html#old", text);
    expect(url.startsWith("https://localhost:3000/commands.html#summary=")).toBe(true);
    expect(summaryOfHash(new URL(url).hash)).toBe(text);
    expect(summaryOfHash("")).toBeNull();
    expect(summaryOfHash("#summary=%E0%A4%A")).toBeNull();
  });
});
