import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIE } from "@/lib/contracts/identity";
import { riskCellParamsSchema } from "@/lib/contracts/risk-action";
import type { Role } from "@/lib/contracts/roles";
import { roleHome } from "@/lib/domain/identity/role-home";
import { resolveSession } from "@/lib/pipeline/resolve-session";
import { currentAppContext } from "@/lib/runtime/shared-app-context";
import { LanguageProvider } from "../_i18n/language-provider";
import { parseLanguage } from "../_i18n/languages";
import { DispatchConsole } from "./_console/dispatch-console";
import { rolePermissions } from "./role-permissions";

export const dynamic = "force-dynamic";

const deskRoles: readonly Role[] = ["dispatcher", "operator", "admin"];

/** 调度台: the desk's queue and case console. Signed-in desk roles only; the session is checked here, on the server. */
export default async function DispatchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const app = await currentAppContext();
  const session = token ? await resolveSession(app.database.db, token, new Date()) : null;
  const { lang, case: caseParam, risk: riskParam } = await searchParams;
  const initialCase = z.uuid().safeParse(caseParam);
  const initialRisk = riskCellParamsSchema.shape.cell.safeParse(riskParam);
  const back = initialCase.success ? `/dispatch?case=${initialCase.data}` : initialRisk.success ? `/dispatch?risk=${initialRisk.data}` : "/dispatch";
  if (!session) redirect(`/sign-in?next=${encodeURIComponent(back)}`);
  if (!deskRoles.includes(session.user.role)) redirect(roleHome(session.user.role));

  return (
    <LanguageProvider requested={parseLanguage(typeof lang === "string" ? lang : null)}>
      <DispatchConsole
        user={{ displayName: session.user.displayName, role: session.user.role }}
        permissions={rolePermissions(session.user.role)}
        initialCaseId={initialCase.success ? initialCase.data : null}
        initialRiskCell={initialRisk.success ? initialRisk.data : null}
      />
    </LanguageProvider>
  );
}
