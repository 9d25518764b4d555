import type { AlertSummary } from "@/lib/contracts/cap-alert";

const escapeXml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface FeedSite {
  /** The site's public address, without a trailing slash (PUBLIC_BASE_URL, or the request's origin). */
  baseUrl: string;
  title: string;
  /** When the feed was generated: its `updated` when it has no entries. */
  now: Date;
}

/**
 * The city's own alerts as an Atom feed, the way CAP alerts are syndicated (as national warning
 * services do): one entry per alert, linking its CAP 1.2 document as application/cap+xml.
 */
export function alertAtomFeed(alerts: readonly AlertSummary[], site: FeedSite): string {
  const self = `${site.baseUrl}/api/alerts/feed.xml`;
  const updated = alerts.length > 0 ? new Date(Math.max(...alerts.map((stored) => Date.parse(stored.alert.sent)))) : site.now;
  const entries = alerts.map((stored) => {
    const info = stored.alert.infos[0];
    const title = info?.headline ?? info?.event ?? stored.alert.identifier;
    const href = `${site.baseUrl}/api/alerts/${stored.id}.xml`;
    return [
      "  <entry>",
      `    <id>${escapeXml(href)}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <updated>${new Date(stored.alert.sent).toISOString()}</updated>`,
      `    <author><name>${escapeXml(info?.senderName ?? stored.alert.sender)}</name></author>`,
      `    <link rel="alternate" type="application/cap+xml" href="${escapeXml(href)}"/>`,
      ...(info ? [`    <category term="${escapeXml(info.severity)}" label="${escapeXml(info.event)}"/>`] : []),
      ...(info?.description ? [`    <summary>${escapeXml(info.description)}</summary>`] : []),
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(self)}</id>`,
    `  <title>${escapeXml(site.title)}</title>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
