"use client";

import { useCallback, useEffect, useState, type FormEvent } from "react";
import { householdListSchema, householdViewSchema, residentCategories, type HouseholdView, type SessionUser } from "@/lib/contracts";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { ApiError, apiRequest, postJson } from "../_shared/api";
import styles from "./care-registry.module.css";

type Field = keyof ReturnType<typeof useMobileMessages>["t"]["care"]["fields"];
const textFields: readonly Field[] = ["name", "address", "phone", "idNumber", "lat", "lng", "waterMeterId", "electricityMeterId", "gridWorkerId", "familyName", "familyRelation", "familyPhone", "consentGivenBy", "consentScope"];

/** The API's body from the form: empty optional fields left out, so the API names what is missing or wrong. */
function bodyOf(form: FormData) {
  const value = (name: string) => String(form.get(name) ?? "").trim();
  const optional = (name: string) => value(name) || undefined;
  const family = value("familyName") ? [{ name: value("familyName"), relation: value("familyRelation"), phone: value("familyPhone") }] : [];
  return {
    category: value("category"),
    name: value("name"),
    address: value("address"),
    phone: optional("phone"),
    idNumber: optional("idNumber"),
    location: { lat: Number(value("lat")), lng: Number(value("lng")) },
    waterMeterId: optional("waterMeterId"),
    electricityMeterId: optional("electricityMeterId"),
    gridWorkerId: value("gridWorkerId"),
    familyContacts: family,
    consent: { givenBy: value("consentGivenBy"), at: new Date().toISOString(), scope: value("consentScope") },
  };
}

/** The grid's households (whole for this worker) and a form to register one. */
export function CareRegistry({ user }: { user: SessionUser }) {
  const { t } = useMobileMessages();
  const [households, setHouseholds] = useState<HouseholdView[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setHouseholds((await apiRequest("/api/care/households", householdListSchema)).households);
    } catch {
      setProblem(t.care.failed);
    }
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);

  async function register(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setProblem(null);
    setNotice(null);
    try {
      await postJson("/api/care/households", bodyOf(new FormData(form)), householdViewSchema);
      form.reset();
      setNotice(t.care.registered);
      await load();
    } catch (error) {
      setProblem(error instanceof ApiError ? t.care.invalid(error.message) : t.care.failed);
    }
  }

  return (
    <div className={styles.registry}>
      <h1 className={styles.title}>{t.care.registryTitle}</h1>
      {households === null ? (
        <p className={styles.muted}>{t.care.loading}</p>
      ) : households.length === 0 ? (
        <p className={styles.muted}>{t.care.registryEmpty}</p>
      ) : (
        <ul className={styles.list} data-testid="care-households">
          {households.map((h) => (
            <li key={h.id} className={styles.item}>
              <strong>{h.name}</strong>
              <span className={styles.muted}>{t.care.categories[h.category]}</span>
              {h.openAlerts > 0 && <span className={styles.alert}>{t.care.openAlerts(h.openAlerts)}</span>}
              <span className={styles.address}>{h.address}</span>
            </li>
          ))}
        </ul>
      )}
      <form className={styles.form} onSubmit={(e) => void register(e)}>
        <h2 className={styles.subtitle}>{t.care.register}</h2>
        <label>
          {t.care.fields.category}
          <select name="category" defaultValue="elderly_alone">
            {residentCategories.map((c) => (
              <option key={c} value={c}>
                {t.care.categories[c]}
              </option>
            ))}
          </select>
        </label>
        {textFields.map((field) => (
          <label key={field}>
            {t.care.fields[field]}
            <input name={field} defaultValue={field === "gridWorkerId" ? (user.workerId ?? "") : ""} inputMode={field === "lat" || field === "lng" ? "decimal" : undefined} />
          </label>
        ))}
        {problem && (
          <p role="alert" className={styles.problem}>
            {problem}
          </p>
        )}
        {notice && <p className={styles.notice}>{notice}</p>}
        <button type="submit" className={styles.submit}>
          {t.care.register}
        </button>
      </form>
    </div>
  );
}
