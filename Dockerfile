# The API image: TypeScript sources run by tsx, the explorer built by Vite. Needs a Neo4j 5.26 with APOC core
# (NEO4J_URI); see docker-compose.yml.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY neo4j/package.json neo4j/
COPY schema/package.json schema/
COPY seeds/package.json seeds/
COPY api/package.json api/
COPY explorer/package.json explorer/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

FROM deps AS prod-deps
RUN npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/neo4j/package.json neo4j/package.json
COPY --from=build /app/neo4j/src neo4j/src
COPY --from=build /app/schema schema
COPY --from=build /app/seeds seeds
COPY --from=build /app/api api
COPY --from=build /app/explorer/package.json explorer/package.json
COPY --from=build /app/explorer/dist explorer/dist
# The API renders embeds with the explorer's catalogue and styles (pure TypeScript, no React).
COPY --from=build /app/explorer/src/core explorer/src/core
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--import", "tsx", "api/src/main.ts"]
