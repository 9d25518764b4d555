"use client";

import { useState } from "react";
import type { ScreenMode } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import styles from "./typhoon-switch.module.css";

/**
 * The header's typhoon-mode switch (operators, leaders, admins; PUT /api/screen/mode). Every screen
 * follows through the `screen-mode` delta, this one included. While an alert keeps the mode on, the
 * switch says so and cannot turn it off.
 */
export function TyphoonSwitch({ mode }: { mode: ScreenMode | null }) {
  const { messages } = useI18n();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  if (!mode) return null;
  const byAlert = mode.alertInForce;
  const flip = async () => {
    setBusy(true);
    setRefused(false);
    try {
      const response = await fetch("/api/screen/mode", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ typhoon: !mode.typhoonSwitch }),
      });
      setRefused(!response.ok);
    } catch {
      setRefused(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.wrap}>
      {refused && (
        <span className={styles.refused} role="status">
          {messages.typhoon.switchRefused}
        </span>
      )}
      <button
        type="button"
        className={styles.switch}
        aria-pressed={mode.typhoon}
        disabled={busy || (byAlert && !mode.typhoonSwitch)}
        onClick={flip}
        data-testid="typhoon-switch"
      >
        {byAlert && !mode.typhoonSwitch ? messages.typhoon.byAlert : mode.typhoon ? messages.typhoon.switchOff : messages.typhoon.switchOn}
      </button>
    </div>
  );
}
