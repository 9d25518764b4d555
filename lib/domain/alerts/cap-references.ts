import { capDateTimeSchema } from "@/lib/contracts/cap-alert";

/** An earlier message named by a later one: who sent it, its identifier and when it was sent. */
export interface CapReference {
  sender: string;
  identifier: string;
  sent: string;
}

/** A `references` text, `sender,identifier,sent` triples separated by whitespace; null when one is malformed. */
export function parseCapReferences(text: string): CapReference[] | null {
  const references: CapReference[] = [];
  for (const triple of text.trim().split(/\s+/).filter((part) => part !== "")) {
    const [sender, identifier, sent, ...rest] = triple.split(",");
    if (!sender || !identifier || !sent || rest.length > 0 || !capDateTimeSchema.safeParse(sent).success) return null;
    references.push({ sender, identifier, sent });
  }
  return references;
}

export function formatCapReferences(references: readonly CapReference[]): string {
  return references.map((reference) => `${reference.sender},${reference.identifier},${reference.sent}`).join(" ");
}
