// Three projects: pure code and Node hosts run in node; React components in jsdom; tests of what
// `npm run build` produced (lib/ for the kam command, dist/ for the add-in) in "build", so that
// `npm run test:unit` passes on a clean clone without a build.
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }];
const BUILD_TESTS = "\\.build\\.test\\.ts$";
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", BUILD_TESTS],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "jsdom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "build",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.build.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
