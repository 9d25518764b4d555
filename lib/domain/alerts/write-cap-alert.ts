import { CAP_NAMESPACE, type CapAlert, type CapArea, type CapInfo } from "@/lib/contracts/cap-alert";
import { formatCapCircle, formatCapPolygon } from "./cap-geometry";

const escapeXml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

type Field = [name: string, value: string | number | undefined];

function elements(indent: string, fields: readonly Field[]): string[] {
  return fields.flatMap(([name, value]) => (value === undefined ? [] : [`${indent}<${name}>${escapeXml(String(value))}</${name}>`]));
}

function valuePairs(indent: string, name: string, pairs: readonly { valueName: string; value: string }[]): string[] {
  return pairs.flatMap((pair) => [
    `${indent}<${name}>`,
    ...elements(`${indent}  `, [["valueName", pair.valueName], ["value", pair.value]]),
    `${indent}</${name}>`,
  ]);
}

/** A typed alert as a CAP 1.2 document, its elements in the schema's order. */
export function writeCapAlert(alert: CapAlert): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<alert xmlns="${CAP_NAMESPACE}">`,
    ...elements("  ", [
      ["identifier", alert.identifier],
      ["sender", alert.sender],
      ["sent", alert.sent],
      ["status", alert.status],
      ["msgType", alert.msgType],
      ["source", alert.source],
      ["scope", alert.scope],
      ["restriction", alert.restriction],
      ["addresses", alert.addresses],
      ...alert.codes.map((code): Field => ["code", code]),
      ["note", alert.note],
      ["references", alert.references],
      ["incidents", alert.incidents],
    ]),
    ...alert.infos.flatMap((info) => writeInfo(info)),
    "</alert>",
    "",
  ].join("\n");
}

function writeInfo(info: CapInfo): string[] {
  const indent = "    ";
  return [
    "  <info>",
    ...elements(indent, [
      ["language", info.language],
      ...info.categories.map((category): Field => ["category", category]),
      ["event", info.event],
      ...info.responseTypes.map((type): Field => ["responseType", type]),
      ["urgency", info.urgency],
      ["severity", info.severity],
      ["certainty", info.certainty],
      ["audience", info.audience],
    ]),
    ...valuePairs(indent, "eventCode", info.eventCodes),
    ...elements(indent, [
      ["effective", info.effective],
      ["onset", info.onset],
      ["expires", info.expires],
      ["senderName", info.senderName],
      ["headline", info.headline],
      ["description", info.description],
      ["instruction", info.instruction],
      ["web", info.web],
      ["contact", info.contact],
    ]),
    ...valuePairs(indent, "parameter", info.parameters),
    ...info.resources.flatMap((resource) => [
      `${indent}<resource>`,
      ...elements(`${indent}  `, [
        ["resourceDesc", resource.resourceDesc],
        ["mimeType", resource.mimeType],
        ["size", resource.size],
        ["uri", resource.uri],
        ["derefUri", resource.derefUri],
        ["digest", resource.digest],
      ]),
      `${indent}</resource>`,
    ]),
    ...info.areas.flatMap((area) => writeArea(area, indent)),
    "  </info>",
  ];
}

function writeArea(area: CapArea, indent: string): string[] {
  const inner = `${indent}  `;
  return [
    `${indent}<area>`,
    ...elements(inner, [
      ["areaDesc", area.areaDesc],
      ...area.polygons.map((polygon): Field => ["polygon", formatCapPolygon(polygon)]),
      ...area.circles.map((circle): Field => ["circle", formatCapCircle(circle)]),
    ]),
    ...valuePairs(inner, "geocode", area.geocodes),
    ...elements(inner, [["altitude", area.altitude], ["ceiling", area.ceiling]]),
    `${indent}</area>`,
  ];
}
