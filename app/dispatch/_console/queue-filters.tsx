"use client";

import type { CatalogueResponse } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { localName } from "@/app/_i18n/languages";
import { defaultQueueFilter, stageViews, type QueueFilter } from "./queue-filter";
import styles from "./queue.module.css";
import { useDispatchMessages } from "./use-dispatch-messages";

interface Props {
  filter: QueueFilter;
  catalogue: CatalogueResponse | null;
  onChange: (filter: QueueFilter) => void;
}

/** Stage, overdue, department, district and category: every change reloads the queue from the server. */
export function QueueFilters({ filter, catalogue, onChange }: Props) {
  const m = useDispatchMessages();
  const { language } = useI18n();
  const set = (patch: Partial<QueueFilter>) => onChange({ ...filter, ...patch });
  const option = (value: string | number, named: { nameZh: string; nameEn: string }) => (
    <option key={value} value={value}>
      {localName(language, named)}
    </option>
  );

  return (
    <form className={styles.filters} aria-label={m.filters.label} onSubmit={(event) => event.preventDefault()}>
      <div className={styles.segments} role="group" aria-label={m.filters.stage}>
        {stageViews.map((view) => (
          <button
            key={view}
            type="button"
            className={styles.segment}
            aria-pressed={filter.stageView === view}
            data-testid={`filter-stage-${view}`}
            onClick={() => set({ stageView: view })}
          >
            {m.filters.stageOptions[view]}
          </button>
        ))}
      </div>
      <label className={styles.toggle} data-on={filter.overdueOnly}>
        <input type="checkbox" checked={filter.overdueOnly} onChange={(event) => set({ overdueOnly: event.target.checked })} data-testid="filter-overdue" />
        {m.filters.overdueOnly}
      </label>
      <label className={styles.select}>
        <span>{m.filters.department}</span>
        <select value={filter.department ?? ""} onChange={(event) => set({ department: event.target.value || null })} data-testid="filter-department">
          <option value="">{m.filters.any}</option>
          {catalogue?.departments.map((d) => option(d.code, d))}
        </select>
      </label>
      <label className={styles.select}>
        <span>{m.filters.district}</span>
        <select
          value={filter.district ?? ""}
          onChange={(event) => set({ district: event.target.value ? Number(event.target.value) : null })}
          data-testid="filter-district"
        >
          <option value="">{m.filters.any}</option>
          {catalogue?.districts.map((d) => option(d.adcode, d))}
        </select>
      </label>
      <label className={styles.select}>
        <span>{m.filters.category}</span>
        <select value={filter.category ?? ""} onChange={(event) => set({ category: event.target.value || null })} data-testid="filter-category">
          <option value="">{m.filters.any}</option>
          {catalogue?.categories.map((c) => option(c.code, c))}
        </select>
      </label>
      <button type="button" className={styles.reset} onClick={() => onChange(defaultQueueFilter)}>
        {m.filters.reset}
      </button>
    </form>
  );
}
