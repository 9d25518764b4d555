import type { Role } from "@/lib/contracts/roles";

export type SignInLanguage = "zh-CN" | "en";

export interface SignInMessages {
  title: string;
  subtitle: string;
  username: string;
  password: string;
  submit: string;
  submitting: string;
  wrongCredentials: string;
  tooManyAttempts: (seconds: number) => string;
  failed: string;
  demoTitle: string;
  demoHint: (password: string) => string;
  switchLanguage: string;
  roles: Record<Role, string>;
}

const zhCN: SignInMessages = {
  title: "一网统管 · 登录",
  subtitle: "城市运行管理平台",
  username: "用户名",
  password: "密码",
  submit: "登录",
  submitting: "正在登录…",
  wrongCredentials: "用户名或密码错误",
  tooManyAttempts: (seconds) => `尝试次数过多，请 ${seconds} 秒后再试`,
  failed: "登录失败，请稍后再试",
  demoTitle: "演示账号",
  demoHint: (password) => `点选账号即可填入，统一密码 ${password}`,
  switchLanguage: "English",
  roles: {
    resident: "居民",
    grid_worker: "网格员",
    department_staff: "部门人员",
    dispatcher: "调度员",
    operator: "值班员",
    leader: "领导",
    admin: "管理员",
  },
};

const en: SignInMessages = {
  title: "Sign in",
  subtitle: "City operations · tonglan",
  username: "Username",
  password: "Password",
  submit: "Sign in",
  submitting: "Signing in…",
  wrongCredentials: "Wrong username or password",
  tooManyAttempts: (seconds) => `Too many attempts; try again in ${seconds} s`,
  failed: "Sign-in failed; please try again shortly",
  demoTitle: "Demo accounts",
  demoHint: (password) => `Tap an account to fill it in; every one uses the password ${password}`,
  switchLanguage: "中文",
  roles: {
    resident: "Resident",
    grid_worker: "Grid worker",
    department_staff: "Department staff",
    dispatcher: "Dispatcher",
    operator: "Operator",
    leader: "Leader",
    admin: "Administrator",
  },
};

export const signInMessages: Record<SignInLanguage, SignInMessages> = { "zh-CN": zhCN, en };
