/** Writes docs/api.md from the route and socket event registries in lib/contracts. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderApiDoc } from "./render-api-doc";

export const apiDocPath = fileURLToPath(new URL("../../docs/api.md", import.meta.url));

writeFileSync(apiDocPath, renderApiDoc());
console.log(`wrote ${apiDocPath}`);
