import { listCategories, listDepartments } from "@/lib/db/repositories/catalogue.repository";
import { currentAppContext } from "@/lib/runtime/shared-app-context";
import { requirePageSession } from "../_session/page-session";
import { SummonsBoard } from "./_board/summons-board";

export const dynamic = "force-dynamic";

/** 报到 board: a department's staff see the summons to their department and report in. */
export default async function SummonsPage({ searchParams }: { searchParams: Promise<{ lang?: string }> }) {
  const session = await requirePageSession("/summons", ["department_staff", "dispatcher", "operator", "leader", "admin"]);
  const { database } = await currentAppContext();
  const [departments, categories] = await Promise.all([listDepartments(database.db), listCategories(database.db)]);
  const language = (await searchParams).lang === "en" ? "en" : "zh-CN";
  return (
    <SummonsBoard
      language={language}
      departments={departments}
      categories={categories}
      viewerRole={session.user.role}
      myDepartment={session.actor.role === "department_staff" ? (session.actor.department ?? null) : null}
    />
  );
}
