import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminanceOf, themeFor } from "../../src/taskpane/theme";

describe("following the Office theme", () => {
  it("uses the dark theme when Office's background is dark", () => {
    expect(themeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
  });

  it("falls back to the light theme when Office says nothing usable", () => {
    expect(themeFor(undefined)).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "dark" })).toBe(webLightTheme);
    expect(luminanceOf("#000000")).toBe(0);
  });
});
