/** A count of sandbags typed for taking or restocking: a whole positive number, and no more than the stock when taken. */
export function bagAmount(typed: string, action: "take" | "restock", stock: number): number | null {
  if (!/^\d+$/.test(typed)) return null;
  const amount = Number(typed);
  if (amount <= 0 || amount > 1_000_000) return null;
  return action === "take" && amount > stock ? null : amount;
}
