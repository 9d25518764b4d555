"use client";

import type { ResourceSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { stateCssColor } from "@/app/_resources/resource-colors";
import { ResourceCapabilityFacts, resourceTargetText } from "@/app/_resources/resource-capability-facts";
import { resourceName, useResourceMessages } from "@/app/_resources/use-resource-messages";
import styles from "./case-popup-content.module.css";

/** What a resource on the map is, where it was sent, and what it has: places, m³/h, bags or people. */
export function ResourcePopupContent({ resource, districtName }: { resource: ResourceSummary; districtName: string }) {
  const { language } = useI18n();
  const r = useResourceMessages();
  return (
    <article className={styles.popup} data-testid="resource-popup" data-resource-id={resource.id} aria-label={resource.code}>
      <header className={styles.header}>
        <h3 className={styles.code}>{resource.code}</h3>
        <span className={styles.time} style={{ color: stateCssColor(resource.state) }}>
          {r.states[resource.state]}
        </span>
      </header>
      <dl className={styles.facts}>
        <dt>{r.kinds[resource.kind]}</dt>
        <dd>
          {resourceName(resource, language)} · {districtName}
        </dd>
        <ResourceCapabilityFacts resource={resource} testIdPrefix="resource-popup" />
        {resource.target && (
          <>
            <dt>{r.target}</dt>
            <dd>{resourceTargetText(resource.target, 4)}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
