"use client";

import { useEffect, useState, type FormEvent } from "react";
import { signInResponseSchema } from "@/lib/contracts/identity";
import type { Role } from "@/lib/contracts/roles";
import { signInMessages, type SignInLanguage } from "./sign-in-messages";
import styles from "./sign-in.module.css";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
}

interface Props {
  language: SignInLanguage;
  /** Already checked to be a path on this site. */
  next: string | null;
  demo: { password: string; accounts: DemoAccount[] } | null;
}

type Status = { kind: "idle" } | { kind: "submitting" } | { kind: "error"; message: string };

export function SignInForm({ language, next, demo }: Props) {
  const t = signInMessages[language];
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus({ kind: "submitting" });
    try {
      const response = await fetch("/api/auth/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username, password }),
      });
      if (response.ok) {
        const { home } = signInResponseSchema.parse(await response.json());
        // A full navigation, so the next page is rendered with the new cookie.
        window.location.assign(next ?? home);
        return;
      }
      const message =
        response.status === 401 || response.status === 400
          ? t.wrongCredentials
          : response.status === 429
            ? t.tooManyAttempts(Number(response.headers.get("retry-after") ?? "60"))
            : t.failed;
      setStatus({ kind: "error", message });
    } catch {
      setStatus({ kind: "error", message: t.failed });
    }
  }

  const otherLanguage = new URLSearchParams({ ...(language === "en" ? {} : { lang: "en" }), ...(next ? { next } : {}) });
  const submitting = status.kind === "submitting";

  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t.title}</h1>
          <p className={styles.subtitle}>{t.subtitle}</p>
          <a className={styles.language} href={`/sign-in${otherLanguage.size > 0 ? `?${otherLanguage}` : ""}`}>
            {t.switchLanguage}
          </a>
        </header>

        <form className={styles.form} onSubmit={(e) => void submit(e)}>
          <label className={styles.field}>
            <span>{t.username}</span>
            <input
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </label>
          <label className={styles.field}>
            <span>{t.password}</span>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          {status.kind === "error" && (
            <p className={styles.error} role="alert">
              {status.message}
            </p>
          )}
          <button className={styles.submit} type="submit" disabled={submitting}>
            {submitting ? t.submitting : t.submit}
          </button>
        </form>

        {demo && (
          <section className={styles.demo} aria-labelledby="demo-accounts">
            <h2 id="demo-accounts" className={styles.demoTitle}>
              {t.demoTitle}
            </h2>
            <p className={styles.demoHint}>{t.demoHint(demo.password)}</p>
            <ul className={styles.accounts}>
              {demo.accounts.map((account) => (
                <li key={account.username}>
                  <button
                    type="button"
                    className={styles.account}
                    aria-pressed={username === account.username}
                    onClick={() => {
                      setUsername(account.username);
                      setPassword(demo.password);
                      setStatus({ kind: "idle" });
                    }}
                  >
                    <span className={styles.accountName}>{account.username}</span>
                    <span className={styles.accountRole}>
                      {t.roles[account.role]} · {account.displayName}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
