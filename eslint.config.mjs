import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const maxLen = { code: 100, ignoreUrls: true };

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "coverage/**", "test-output/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "max-len": ["error", maxLen],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
