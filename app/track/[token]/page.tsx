import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseLanguage } from "@/app/_i18n/languages";
import { trackingParamsSchema } from "@/lib/contracts/path-params";
import { loadTracking } from "@/lib/pipeline/load-tracking";
import { currentAppContext } from "@/lib/runtime/shared-app-context";
import { pageSession } from "../../report/page-session";
import { TrackingPage } from "../_track/tracking-page";

export const dynamic = "force-dynamic";

// The token in the address is the key to the report: never sent on as a referrer, never indexed.
export const metadata: Metadata = { title: "我的反映 · 处理进度", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A reporter's private tracking page, reached by the link their report was answered with. */
export default async function TrackPage({ params, searchParams }: Props) {
  const [path, { lang }, app, session] = await Promise.all([params, searchParams, currentAppContext(), pageSession()]);
  const parsed = trackingParamsSchema.safeParse(path);
  if (!parsed.success) notFound();
  const { token } = parsed.data;
  const view = await loadTracking(app.pipeline, token);
  if (!view) notFound();
  return (
    <TrackingPage token={token} initial={view} requestedLanguage={parseLanguage(typeof lang === "string" ? lang : null)} listen={session !== null} />
  );
}
