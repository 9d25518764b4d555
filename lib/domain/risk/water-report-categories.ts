/** Reports that say water stands in a place (积水, 进水): the risk model's evidence of water now. */
export const WATER_REPORT_CATEGORIES: ReadonlySet<string> = new Set(["road_waterlogging", "home_flooding"]);
