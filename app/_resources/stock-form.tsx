"use client";

import { useState } from "react";
import { bagAmount } from "./bag-amount";
import { useResourceMessages } from "./use-resource-messages";

interface Props {
  stock: number;
  pending: boolean;
  onMove: (action: "take" | "restock", amount: number) => Promise<boolean>;
  /** The page's own styles for the row, the field and the buttons. */
  classes: { form?: string; input?: string; button?: string };
}

/** A depot's bags out (领用) or in (补充), a typed number at a time; the number is cleared once the move is saved. */
export function StockForm({ stock, pending, onMove, classes }: Props) {
  const r = useResourceMessages();
  const [typed, setTyped] = useState("");
  const run = (action: "take" | "restock") => {
    const amount = bagAmount(typed, action, stock);
    if (amount === null) return;
    const sent = typed;
    void onMove(action, amount).then((done) => done && setTyped((current) => (current === sent ? "" : current)));
  };
  return (
    <form className={classes.form} data-testid="stock-form" onSubmit={(event) => event.preventDefault()}>
      <input
        className={classes.input}
        inputMode="numeric"
        aria-label={r.bagsLabel}
        placeholder={r.bagsLabel}
        value={typed}
        onChange={(event) => setTyped(event.target.value.replace(/[^0-9]/g, ""))}
        data-testid="stock-amount"
      />
      {(["take", "restock"] as const).map((action) => (
        <button
          key={action}
          type="button"
          className={classes.button}
          disabled={pending || bagAmount(typed, action, stock) === null}
          onClick={() => run(action)}
          data-testid={`stock-${action}`}
        >
          {r.actions[action]}
        </button>
      ))}
    </form>
  );
}
