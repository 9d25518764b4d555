"use client";

import { useState } from "react";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { ApiError } from "../_shared/api";
import { fieldErrorsOf, type FieldErrors } from "./field-errors";

/**
 * Sends one of the registry's changes: while it runs `sending`; then the notice it returns, or the API's refusal:
 * each field it named with its message, and "check the marked fields" (else its message). Anything else that fails
 * is "could not load".
 */
export function useCareSubmit() {
  const { t } = useMobileMessages();
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function run(send: () => Promise<string>) {
    setSending(true);
    setErrors({});
    setProblem(null);
    setNotice(null);
    try {
      setNotice(await send());
    } catch (error) {
      if (!(error instanceof ApiError)) setProblem(t.care.failed);
      else {
        setErrors(fieldErrorsOf(error));
        setProblem(error.fields.length > 0 ? t.care.checkFields : t.care.invalid(error.message));
      }
    } finally {
      setSending(false);
    }
  }

  return { sending, errors, problem, notice, setProblem, run };
}
