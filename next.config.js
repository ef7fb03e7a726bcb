// @ts-check

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
  // The CISA KEV catalog file (about 1.5 MB today) is uploaded through a server action.
  experimental: { serverActions: { bodySizeLimit: "20mb" } },
  // Loaded from node_modules at run time: they read their own .wasm/.data/font files or native binaries from disk.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "@node-rs/argon2", "pdfkit", "pino"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
