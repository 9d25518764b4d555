import type { Forecast, ForecastStored } from "@/lib/contracts/forecast";
import { insertForecast } from "@/lib/db/repositories/forecasts.repository";
import { forecastIdFor } from "@/lib/domain/ids";
import type { PipelineContext } from "./pipeline-context";

/**
 * A weather service's forecast, stored once per source, storm and issue time and pushed to screens as a
 * `forecast` delta the first time only: a resent forecast changes nothing and is not pushed again.
 */
export async function storeForecast(ctx: Pick<PipelineContext, "db" | "publisher" | "clock">, forecast: Forecast): Promise<ForecastStored> {
  const id = forecastIdFor(forecast.source, forecast.storm.id, Date.parse(forecast.issuedAt));
  const { stored, duplicate } = await insertForecast(ctx.db, { id, forecast, receivedAt: ctx.clock() });
  if (!duplicate) await ctx.publisher.publish([{ kind: "forecast", forecast: stored }]);
  return { id: stored.id, duplicate };
}
