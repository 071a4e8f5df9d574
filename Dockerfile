# Leg Cramp Check: a production image of the standalone Next.js server.
# Stateless (answers live only in the page address), so run as many replicas as you need.
#
# Docker is not installed on the project's CI machines, so `npm run test:container`
# (scripts/dockerfile-run.ts) carries out these same steps on the host and probes
# the health route: keep to FROM, WORKDIR, ENV, COPY, RUN, USER, EXPOSE,
# HEALTHCHECK and CMD, which it understands.

# 1. Dependencies, exactly as package-lock.json lists them.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. The production build, as a standalone server (only the files it needs).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN node scripts/next.mjs build

# 3. What runs: the standalone server, its static files and public/, no dev dependencies, not root.
FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=15s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
