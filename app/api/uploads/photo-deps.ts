import type { PhotoDeps } from "@/lib/pipeline/store-photo";
import type { AppContext } from "@/lib/runtime/app-context";
import { PhotoStore } from "@/lib/storage/photo-store";

/** What the photo pipeline needs, from the process's context. */
export function photoDeps(app: AppContext): PhotoDeps {
  return { db: app.database.db, store: new PhotoStore(app.config.UPLOAD_DIR), clock: app.pipeline.clock };
}
