// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

// Each request's language and messages (lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** Headers every response carries. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Browsers ignore it over plain HTTP; behind TLS it keeps them on HTTPS for two years.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Files (the KEV catalog, a backup: up to 20 MB) are uploaded through server actions. Both limits are
  // REQUEST_BODY_MAX_BYTES of lib/uploads.ts (21 MB; lib/uploads.test.ts checks that they agree): Next.js refuses a
  // larger action body, and, because proxy.ts exists, buffers a body only up to proxyClientMaxBodySize (default 10 MB)
  // and cuts off the rest. proxy.ts answers a larger body with a 413 first.
  experimental: { serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb" },
  // Loaded from node_modules at run time: they read their own .wasm/.data/font files or native binaries from disk.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "@node-rs/argon2", "pdfkit", "pino"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
