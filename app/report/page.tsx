import type { Metadata } from "next";
import { parseLanguage } from "../_i18n/languages";
import { pageSession } from "./page-session";
import { ReportForm } from "./_report/report-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "随手拍 · 我要反映" };

/** Residents report a problem from their phone, signed in or not. */
export default async function ReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ lang }, session] = await Promise.all([searchParams, pageSession()]);
  return <ReportForm requestedLanguage={parseLanguage(typeof lang === "string" ? lang : null)} userName={session?.user.displayName ?? null} />;
}
