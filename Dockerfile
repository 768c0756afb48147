# Cairn in a container: the same server `npm start` runs, built once at image build time.
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles its native module with node-gyp.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /cairn
COPY . .
RUN node scripts/pnpm.mjs install --frozen-lockfile \
  && node scripts/pnpm.mjs -r --workspace-concurrency=1 run build

FROM node:20-bookworm-slim
WORKDIR /cairn
COPY --from=build /cairn /cairn
ENV HOST=0.0.0.0 PORT=1234 DATA_DIR=/data NODE_ENV=production
EXPOSE 1234
VOLUME /data
CMD ["node", "apps/server/dist/main.js"]
