import { DEMO_PASSWORD, demoUsers } from "@/lib/city/shanghai/demo-users";
import { safeNextPath } from "@/lib/domain/identity/role-home";
import { currentAppContext } from "@/lib/runtime/shared-app-context";
import { SignInForm, type DemoAccount } from "./sign-in-form";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : null);

/** Sign-in for every role; the demo accounts are listed only when the server runs the demo city. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { config } = await currentAppContext();
  const demo = config.SEED_DEMO_CITY
    ? {
        password: DEMO_PASSWORD,
        accounts: demoUsers.map((u): DemoAccount => ({ username: u.username, displayName: u.displayName, role: u.role })),
      }
    : null;
  return <SignInForm language={single(params.lang) === "en" ? "en" : "zh-CN"} next={safeNextPath(single(params.next))} demo={demo} />;
}
