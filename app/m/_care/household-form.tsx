"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { residentCategories, type ResidentCategory } from "@/lib/contracts";
import type { CareFormField } from "../_i18n/mobile-messages";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import type { ContactDraft, HouseholdDraft } from "./household-draft";
import { SubmitStatus } from "./submit-status";
import { useCareSubmit } from "./use-care-submit";
import styles from "./care-registry.module.css";

type TextField = Exclude<keyof HouseholdDraft, "category" | "familyContacts">;

/**
 * The household's details as a form, to register one or to change one: each field the API refuses shows the
 * API's own message beneath it. `submit` throws the API's error; anything else is a failure to send.
 */
export function HouseholdForm({
  initial,
  title,
  submitLabel,
  submit,
}: {
  initial: HouseholdDraft;
  title: string;
  submitLabel: string;
  submit: (draft: HouseholdDraft) => Promise<string>;
}) {
  const { t } = useMobileMessages();
  const [draft, setDraft] = useState(initial);
  const { sending, errors, problem, notice, setProblem, run } = useCareSubmit();
  const [locating, setLocating] = useState(false);
  const set = (field: TextField, value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const setContact = (index: number, field: keyof ContactDraft, value: string) =>
    setDraft((d) => ({ ...d, familyContacts: d.familyContacts.map((c, i) => (i === index ? { ...c, [field]: value } : c)) }));

  function locate() {
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setDraft((d) => ({ ...d, lat: coords.latitude.toFixed(6), lng: coords.longitude.toFixed(6) }));
        setLocating(false);
      },
      () => {
        setProblem(t.care.locateFailed);
        setLocating(false);
      },
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  }

  function send(event: FormEvent) {
    event.preventDefault();
    void run(() => submit(draft));
  }

  const field = (name: TextField, extra: { inputMode?: "decimal" | "tel" | "numeric"; type?: string } = {}): ReactNode => (
    <label key={name}>
      {t.care.fields[name as CareFormField]}
      <input name={name} value={draft[name]} onChange={(e) => set(name, e.target.value)} aria-invalid={errors[name] !== undefined} {...extra} />
      {errors[name] && <span className={styles.fieldError}>{errors[name]}</span>}
    </label>
  );

  return (
    <form className={styles.form} onSubmit={send} noValidate>
      <h2 className={styles.subtitle}>{title}</h2>
      <label>
        {t.care.fields.category}
        <select name="category" value={draft.category} onChange={(e) => setDraft((d) => ({ ...d, category: e.target.value as ResidentCategory }))}>
          {residentCategories.map((c) => (
            <option key={c} value={c}>
              {t.care.categories[c]}
            </option>
          ))}
        </select>
      </label>
      {field("name")}
      {field("address")}
      {field("phone", { inputMode: "tel" })}
      {field("idNumber")}

      <fieldset className={styles.group}>
        <legend>{t.care.fields.location}</legend>
        <button type="button" className={styles.secondary} disabled={locating} onClick={locate}>
          {locating ? t.care.locating : t.care.locate}
        </button>
        <div className={styles.pair}>
          {field("lat", { inputMode: "decimal" })}
          {field("lng", { inputMode: "decimal" })}
        </div>
        {errors.location && <span className={styles.fieldError}>{errors.location}</span>}
        <span className={styles.muted}>{t.care.gridFromPosition}</span>
      </fieldset>

      {field("waterMeterId")}
      {field("electricityMeterId")}
      {field("gridWorkerId")}

      <fieldset className={styles.group}>
        <legend>{t.care.fields.familyContacts}</legend>
        {draft.familyContacts.map((contact, i) => (
          <div key={i} className={styles.contact} data-testid="family-contact">
            {(["name", "relation", "phone"] as const).map((part) => {
              const label = { name: t.care.fields.familyName, relation: t.care.fields.familyRelation, phone: t.care.fields.familyPhone }[part];
              const error = errors[`familyContacts.${i}.${part}`];
              return (
                <label key={part}>
                  {label}
                  <input
                    name={`familyContacts.${i}.${part}`}
                    value={contact[part]}
                    inputMode={part === "phone" ? "tel" : undefined}
                    aria-invalid={error !== undefined}
                    onChange={(e) => setContact(i, part, e.target.value)}
                  />
                  {error && <span className={styles.fieldError}>{error}</span>}
                </label>
              );
            })}
            <button
              type="button"
              className={styles.secondary}
              onClick={() => setDraft((d) => ({ ...d, familyContacts: d.familyContacts.filter((_, j) => j !== i) }))}
            >
              {t.care.removeContact}
            </button>
          </div>
        ))}
        {errors.familyContacts && <span className={styles.fieldError}>{errors.familyContacts}</span>}
        {draft.familyContacts.length < 5 && (
          <button
            type="button"
            className={styles.secondary}
            onClick={() => setDraft((d) => ({ ...d, familyContacts: [...d.familyContacts, { name: "", relation: "", phone: "" }] }))}
          >
            {t.care.addContact}
          </button>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend>{t.care.consent}</legend>
        {field("consentGivenBy")}
        {field("consentAt", { type: "datetime-local" })}
        {field("consentScope")}
      </fieldset>

      <SubmitStatus problem={problem} notice={notice} />
      <button type="submit" className={styles.submit} disabled={sending}>
        {sending ? t.care.sending : submitLabel}
      </button>
    </form>
  );
}
