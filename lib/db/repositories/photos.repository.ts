import { sql, type ExpressionBuilder, type Kysely, type Transaction } from "kysely";
import type { CasePhoto, PhotoKind, PhotoMime } from "@/lib/contracts/photo";
import { photoUrl } from "@/lib/contracts/photo";
import { REPORT_PHOTO_WINDOW_MINUTES, type ReportFacts } from "@/lib/domain/photos/report-photo-rule";
import type { PhotoFacts } from "@/lib/domain/photos/photo-rules";
import { isUuid, onlyUuids } from "../is-uuid";
import type { Database } from "../schema";

export interface NewPhoto {
  id: string;
  sha256: string;
  mime: PhotoMime;
  bytes: number;
  uploadedBy: string;
  createdAt: Date;
  eventId: string | null;
}

export async function insertPhoto(db: Kysely<Database>, photo: NewPhoto): Promise<void> {
  await db
    .insertInto("photos")
    .values({
      id: photo.id,
      sha256: photo.sha256,
      mime: photo.mime,
      bytes: photo.bytes,
      uploaded_by: photo.uploadedBy,
      created_at: photo.createdAt,
      event_id: photo.eventId,
    })
    .execute();
}

export interface StoredPhoto extends PhotoFacts {
  /** The case its report opened, when the photo is its reporter's own (report-photo-rule.ts). */
  reportCaseId: string | null;
  sha256: string;
  mime: PhotoMime;
  bytes: number;
}

/** The stored report a photo and its case, joined only when its reporter took the photo within the window (report-photo-rule.ts). */
type ReportJoin = ExpressionBuilder<Database & { reported: Database["cases"] }, "photos" | "events" | "reported">;
const reportersOwnPhoto = (eb: ReportJoin) =>
  eb.and([
    eb("reported.reporter_id", "=", eb.ref("photos.uploaded_by")),
    sql<boolean>`abs(extract(epoch FROM photos.created_at - events.received_at)) <= ${REPORT_PHOTO_WINDOW_MINUTES * 60}`,
  ]);

function photoQuery(db: Kysely<Database>) {
  return db
    .selectFrom("photos")
    .leftJoin("case_photos", "case_photos.photo_id", "photos.id")
    .leftJoin("events", "events.id", "photos.event_id")
    .leftJoin("cases as reported", (join) => join.onRef("reported.id", "=", "events.case_id").on(reportersOwnPhoto))
    .select([
      "photos.id", "photos.sha256", "photos.mime", "photos.bytes", "photos.uploaded_by", "photos.event_id", "case_photos.case_id",
      "reported.id as report_case_id",
    ]);
}

type PhotoRow = Awaited<ReturnType<ReturnType<typeof photoQuery>["executeTakeFirstOrThrow"]>>;

const toStoredPhoto = (row: PhotoRow): StoredPhoto => ({
  id: row.id,
  sha256: row.sha256,
  mime: row.mime as PhotoMime,
  bytes: row.bytes,
  uploadedBy: row.uploaded_by,
  caseId: row.case_id,
  eventId: row.event_id,
  reportCaseId: row.report_case_id,
});

export async function findPhoto(db: Kysely<Database>, id: string): Promise<StoredPhoto | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await photoQuery(db).where("photos.id", "=", id).executeTakeFirst();
  return row && toStoredPhoto(row);
}

export async function findPhotos(db: Kysely<Database>, ids: readonly string[]): Promise<StoredPhoto[]> {
  const known = onlyUuids(ids);
  if (known.length === 0) return [];
  const rows = await photoQuery(db).where("photos.id", "in", known).execute();
  return rows.map(toStoredPhoto);
}

/** Who sent a stored report and when it came in; undefined while intake has not stored it. */
export async function findReportFacts(db: Kysely<Database>, eventId: string): Promise<ReportFacts | undefined> {
  if (!isUuid(eventId)) return undefined;
  const row = await db
    .selectFrom("events")
    .leftJoin("cases", "cases.id", "events.case_id")
    .select(["cases.reporter_id", "events.received_at"])
    .where("events.id", "=", eventId)
    .executeTakeFirst();
  return row && { reporterId: row.reporter_id, receivedAt: new Date(row.received_at) };
}

export interface PhotoLinks {
  ids: readonly string[];
  kind: Exclude<PhotoKind, "report">;
  action: string;
}

/** Called inside the transaction of the case change the photos were taken for. */
export async function linkCasePhotos(tx: Transaction<Database>, caseId: string, links: PhotoLinks, at: Date): Promise<void> {
  if (links.ids.length === 0) return;
  await tx
    .insertInto("case_photos")
    .values(links.ids.map((id) => ({ photo_id: id, case_id: caseId, kind: links.kind, action: links.action, attached_at: at })))
    .execute();
}

/** Photos of a case: those of its reports, then those taken at each step, oldest first. */
export async function listCasePhotos(db: Kysely<Database>, caseId: string): Promise<CasePhoto[]> {
  if (!isUuid(caseId)) return [];
  const [reported, taken] = await Promise.all([
    db
      .selectFrom("photos")
      .innerJoin("events", "events.id", "photos.event_id")
      .innerJoin("cases as reported", (join) => join.onRef("reported.id", "=", "events.case_id").on(reportersOwnPhoto))
      .select(["photos.id", "photos.created_at as at"])
      .where("events.case_id", "=", caseId)
      .orderBy("photos.created_at")
      .execute(),
    db
      .selectFrom("case_photos")
      .select(["photo_id as id", "kind", "attached_at as at"])
      .where("case_id", "=", caseId)
      .orderBy("attached_at")
      .orderBy("photo_id")
      .execute(),
  ]);
  return [
    ...reported.map((r) => ({ id: r.id, kind: "report" as const, url: photoUrl(r.id), at: new Date(r.at).toISOString() })),
    ...taken.map((r) => ({ id: r.id, kind: r.kind as PhotoKind, url: photoUrl(r.id), at: new Date(r.at).toISOString() })),
  ];
}
