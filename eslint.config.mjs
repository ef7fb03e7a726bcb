import i18next from "eslint-plugin-i18next";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Files whose words all come from the message catalogs (messages/*.json): literal text in their JSX is an error. Every
 * page joins this list when its strings move to the catalogs (see docs/i18n.md).
 */
const TRANSLATED = [
  "components/shell/**/*.tsx",
  "components/ui/page.tsx",
  "components/ui/sheet.tsx",
  "app/layout.tsx",
  "app/sign-in/**/*.tsx",
  "app/(staff)/vendors/(list)/*.tsx",
  "components/vendors/vendor-filters.tsx",
  "components/vendors/vendor-view-menu.tsx",
  "components/vendors/saved-views.tsx",
  "components/vendors/bulk-actions.tsx",
  "app/(staff)/vendors/[[]id]/layout.tsx",
  "app/(staff)/vendors/[[]id]/page.tsx",
  "components/vendors/vendor-tabs.tsx",
  "components/vendors/tier-badge.tsx",
  "app/(staff)/dashboard/page.tsx",
  "components/risk/heat-map.tsx",
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    files: TRANSLATED,
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": {
            // Attributes that hold code, not words.
            exclude: ["className", "type", "key", "id", "name", "href", "rel", "role", "autoComplete", "inputMode", "variant", "size", "tone", "align", "side", "lang", "value", "defaultValue", "htmlFor", "form", "method", "target", "aria-hidden", "aria-current", "aria-keyshortcuts", "icon", "data-.*"],
          },
          // Translation functions (t, tCommon…) and properties that hold code.
          callees: { exclude: ["t\\w*", "cn", "cva"] },
          "object-properties": { exclude: ["href", "icon", "value", "key", "id", "variant", "tone"] },
          // The product's name is the same in every language.
          words: { exclude: ["Chainward", "[0-9!-/:-@[-`{-~·…—→←↑↓×÷]+"] },
        },
      ],
    },
  },
  { ignores: [".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
