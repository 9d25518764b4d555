/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages with native or WASM parts run from node_modules, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pg",
    "kysely",
    "bullmq",
    "ioredis",
    "socket.io",
    "@socket.io/redis-adapter",
    "@socket.io/redis-emitter",
  ],
};

export default nextConfig;
