// Flat config: typescript-eslint (type-aware) for everything, Microsoft's office-addins rules
// for the only code that touches Excel.*, Prettier decides formatting (checked by `npm run lint`).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import { boundaries } from "./eslint.boundaries.mjs";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "lib/",
      "coverage/",
      "test-output/",
      ".tmp/",
      "bin/",
      "*.config.js",
      "*.config.mjs",
      "eslint.boundaries.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "TSEnumDeclaration", message: "Use a union of string literals, not enum." },
      ],
    },
  },
  ...boundaries,
  {
    files: ["src/hosts/office/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
    },
  },
  {
    // The plain-Node runner of the boundary test: JavaScript, not type-checked.
    files: ["test/lint/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: "readonly" },
    },
  },
  prettier,
);
