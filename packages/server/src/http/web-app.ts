import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Serves the built web app. Hashed assets are cached for a year; index.html never, so a new
 * release is picked up at once. Unknown non-API paths get index.html (client-side routing).
 */
export async function installWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  const index = path.join(webDir, "index.html");
  if (!fs.existsSync(index)) return false;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    // The build writes .br and .gz beside each asset; the smallest the browser accepts is sent.
    preCompressed: true,
    setHeaders(reply, filePath) {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  return true;
}

/** A page route of the web app: not the API, and not a missing file (which stays a 404). */
export function wantsWebPage(method: string, url: string): boolean {
  const path = url.split("?")[0] ?? "";
  const lastSegment = path.slice(path.lastIndexOf("/") + 1);
  return (
    (method === "GET" || method === "HEAD") &&
    !path.startsWith("/api/") &&
    path !== "/api" &&
    !lastSegment.includes(".")
  );
}
