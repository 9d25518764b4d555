import tseslint from "typescript-eslint";

// The typhoon replay's hidden ground truth (where water really gathers) is what the risk model is
// measured against: no product code may read it. Every block below forbids it beside its own patterns,
// since a later block's no-restricted-imports replaces an earlier one's.
const hiddenGroundTruth = {
  group: ["**/ground-truth", "**/ground-truth/*", "@/scripts/typhoon/*", "**/scripts/typhoon/*"],
  message: "the typhoon replay's hidden ground truth is for the replay and the backtest only (docs/typhoon-replay.md)",
};
const forbid = (patterns, message) => ["error", { patterns: [{ group: patterns, message }, hiddenGroundTruth] }];

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "data/", "public/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  // Direction of imports: app → lib, workers → lib; lib never reaches back; app and workers never meet.
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": forbid(
        ["@/app/*", "@/workers/*", "@/scripts/*", "**/app/*", "**/workers/*", "**/scripts/*", "next", "next/*", "react", "react-dom"],
        "lib/ is framework-free and never imports app/, workers/ or scripts/",
      ),
    },
  },
  {
    files: ["workers/**/*.ts"],
    rules: {
      "no-restricted-imports": forbid(["@/app/*", "**/app/*", "next", "next/*"], "workers/ import lib/, never app/"),
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": forbid(["@/workers/*", "**/workers/*"], "app/ imports lib/, never workers/"),
    },
  },
  // The browser sees only the contracts.
  {
    files: [
      "app/_live/**/*.{ts,tsx}",
      "app/_map/**/*.{ts,tsx}",
      "app/_screen/**/*.{ts,tsx}",
      "app/_i18n/**/*.{ts,tsx}",
      "app/sign-in/sign-in-*.{ts,tsx}",
      "app/*/_*/**/*.{ts,tsx}",
    ],
    ignores: ["app/api/**"],
    rules: {
      "no-restricted-imports": forbid(
        ["@/workers/*", "**/workers/*", "@/lib/*", "!@/lib/contracts", "!@/lib/contracts/*"],
        "client code imports only @/lib/contracts",
      ),
    },
  },
);
