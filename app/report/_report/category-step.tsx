"use client";

import { useState } from "react";
import { localName, type Language } from "@/app/_i18n/languages";
import type { Category } from "@/lib/contracts";
import mobile from "../_mobile/mobile.module.css";
import type { ReportMessages } from "./report-messages";
import styles from "./report.module.css";

// What residents report most; the rest of the catalogue is one tap further.
const commonCodes = [
  "garbage_pileup",
  "road_waterlogging",
  "streetlight_out",
  "road_surface_damage",
  "illegal_parking",
  "noise_nuisance",
  "shared_bike_clutter",
  "manhole_cover_missing",
];

interface Props {
  categories: readonly Category[] | null;
  selected: string | null;
  onSelect: (code: string) => void;
  language: Language;
  t: ReportMessages["category"];
}

export function CategoryStep({ categories, selected, onSelect, language, t }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (!categories) return <p className={mobile.hint}>{t.loading}</p>;
  const common = commonCodes.flatMap((code) => categories.filter((c) => c.code === code));
  const shortList = common.length > 0 ? common : categories.slice(0, 8);
  // A category picked from the full list stays in view when the list is folded again.
  const picked = categories.find((c) => c.code === selected);
  const shown = showAll ? categories : picked && !shortList.includes(picked) ? [...shortList, picked] : shortList;

  return (
    <div>
      <div className={styles.choiceGrid} role="radiogroup" aria-label={t.title}>
        {shown.map((category) => (
          <button
            key={category.code}
            type="button"
            role="radio"
            aria-checked={category.code === selected}
            className={styles.choice}
            data-testid={`category-${category.code}`}
            onClick={() => onSelect(category.code)}
          >
            {localName(language, category)}
          </button>
        ))}
      </div>
      {categories.length > shortList.length && (
        <button type="button" className={`${mobile.secondary} ${styles.moreButton}`} onClick={() => setShowAll((v) => !v)}>
          {showAll ? t.fewer : t.more(categories.length)}
        </button>
      )}
    </div>
  );
}
