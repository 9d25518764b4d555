"use client";

import { householdViewSchema, type SessionUser } from "@/lib/contracts";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { postJson } from "../_shared/api";
import { bodyOf, emptyDraft, type HouseholdDraft } from "./household-draft";
import { HouseholdForm } from "./household-form";
import styles from "./care-registry.module.css";

/** 登记新关怀对象: the form, then the new household's own page. */
export function RegisterHousehold({ user }: { user: SessionUser }) {
  const { t } = useMobileMessages();
  async function register(draft: HouseholdDraft): Promise<string> {
    const created = await postJson("/api/care/households", bodyOf(draft), householdViewSchema);
    window.location.assign(`/m/care/${created.id}`);
    return t.care.registered;
  }
  return (
    <div className={styles.registry}>
      <HouseholdForm initial={emptyDraft(user, t.care.consentScopeDefault, new Date())} title={t.care.register} submitLabel={t.care.register} submit={register} />
    </div>
  );
}
