# The SPA as static files on unprivileged nginx; /config.json is written at start from the
# environment, so one image serves every environment. Build context: the repository root.
FROM node:20-bookworm-slim AS build
WORKDIR /build
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY deploy/docker/spa-nginx.conf /etc/nginx/conf.d/default.conf
COPY deploy/docker/spa-config.sh /docker-entrypoint.d/40-kuailv-config.sh
COPY --from=build /build/dist/ /usr/share/nginx/html/
USER root
RUN chown -R 101:101 /usr/share/nginx/html && chmod 0755 /docker-entrypoint.d/40-kuailv-config.sh
USER 101
ENV KUAILV_OIDC_AUTHORITY=http://localhost:8180/realms/kuailv \
    KUAILV_OIDC_CLIENT_ID=kuailv-spa
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s CMD wget -qO- http://127.0.0.1:8080/config.json || exit 1
