# Candor's image: the packaged runtime (`npm run package`, laid out as tools/package-layout.json
# says) on Node 24 LTS, the version CI also runs the packaged server's journey with (.ci/run).
# apps/api/test/packaging.integration-spec.ts checks this file against that layout.

# Build: every workspace's package.json first (so `npm ci` is cached apart from the sources),
# then the sources, then the package.
FROM node:24.22.3-bookworm-slim AS build
WORKDIR /src
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/portal/package.json apps/portal/
COPY libs/domain/package.json libs/domain/
COPY libs/emails/package.json libs/emails/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run package

# Runtime: exactly the package folder, its production dependencies installed by npm from its own
# lock, owned by root and run as the unprivileged user `node` (it cannot change its own code).
FROM node:24.22.3-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY --from=build /src/dist/package ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
USER node
EXPOSE 3000
# Slim images have no curl: Node's own fetch asks the readiness check (database and queue answer).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
