# The API image: the compiled JavaScript (tsc -b) with source maps, the explorer built by Vite. Needs a Neo4j 5.26
# with APOC core (NEO4J_URI); see docker-compose.yml.
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
ENV NODE_ENV=production PORT=4000 CHROMIUM_PATH=/usr/bin/chromium
# Debian's Chromium prints the steering-committee reports to PDF (/report.pdf, npm run report); DejaVu gives it
# fonts with every French character. Without them the HTML report still works and /report.pdf answers 503.
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/neo4j/package.json neo4j/package.json
COPY --from=build /app/neo4j/dist neo4j/dist
# The SDL is read at start-up (schema/*.graphql, handwritten/), beside the compiled code.
COPY --from=build /app/schema/package.json schema/package.json
COPY --from=build /app/schema/dist schema/dist
COPY --from=build /app/schema/handwritten schema/handwritten
COPY --from=build /app/schema/*.graphql schema/
COPY --from=build /app/seeds/package.json seeds/package.json
COPY --from=build /app/seeds/dist seeds/dist
COPY --from=build /app/api/package.json api/package.json
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/explorer/package.json explorer/package.json
COPY --from=build /app/explorer/dist explorer/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--enable-source-maps", "api/dist/main.js"]
