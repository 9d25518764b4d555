import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

/** Row types for the tables of migrations/*.sql; keep in step with them. */
export interface DistrictsTable {
  adcode: number;
  name_zh: string;
  name_en: string;
}

export interface GridsTable {
  cell: string;
  district: number;
  lat: number;
  lng: number;
}

export interface DepartmentsTable {
  code: string;
  name_zh: string;
  name_en: string;
}

export interface CategoriesTable {
  code: string;
  name_zh: string;
  name_en: string;
  department: string;
  priority: string;
  skills: string[];
  sla_sign_for_minutes: number;
  sla_arrive_minutes: number;
  sla_resolve_minutes: number;
  summon_departments: Generated<string[]>;
  auto_dispatch: Generated<boolean>;
}

export interface WorkersTable {
  id: string;
  name: string;
  phone: string;
  district: number;
  grid_cell: string;
  skills: string[];
  on_duty: Generated<boolean>;
  load: Generated<number>;
  max_load: Generated<number>;
  lat: number;
  lng: number;
  version: Generated<number>;
}

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface CasesTable {
  id: string;
  code: string;
  category: string;
  channel: string;
  priority: string;
  stage: string;
  description: string;
  /** All three null while the case waits for a dispatcher to place it. */
  lat: number | null;
  lng: number | null;
  grid_cell: string | null;
  district: number | null;
  /** Placed at the centre of the district its address names, until a dispatcher confirms the place. */
  location_approximate: Generated<boolean>;
  department: string;
  assignee_id: string | null;
  created_at: Timestamp;
  dispatched_at: Timestamp | null;
  updated_at: Timestamp;
  version: Generated<number>;
  reporter_id: string | null;
  signed_for_at: Timestamp | null;
  arrived_at: Timestamp | null;
  resolved_at: Timestamp | null;
  rated_at: Timestamp | null;
  closed_at: Timestamp | null;
  result: string | null;
  rating: string | null;
  merged_into: string | null;
  merged_at: Timestamp | null;
  carries_reports: Generated<boolean>;
  reopen_count: Generated<number>;
  overdue_since: Timestamp | null;
  escalated_at: Timestamp | null;
}

export interface SlaBreachesTable {
  id: Generated<string>;
  case_id: string;
  clock: string;
  started_at: Timestamp;
  due_at: Timestamp;
  detected_at: Timestamp;
  response: string;
}

export interface EventsTable {
  id: string;
  idempotency_key: string;
  channel: string;
  category: string;
  payload: ColumnType<unknown, string, string>;
  received_at: Timestamp;
  case_id: string | null;
}

export interface CaseHistoryTable {
  id: Generated<string>;
  case_id: string;
  at: Timestamp;
  actor: string;
  action: string;
  from_stage: string | null;
  to_stage: string | null;
  detail: ColumnType<unknown, string, never>;
}

export interface AssignmentsTable {
  id: Generated<string>;
  case_id: string;
  worker_id: string;
  distance_m: number;
  reason: ColumnType<unknown, string, never>;
  assigned_at: Timestamp;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  department: string | null;
  worker_id: string | null;
  phone: string | null;
  /** Civil-affairs community staff: the H3 grid cells whose care registry they keep (migration 0020). */
  community_cells: Generated<string[]>;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface SummonsTable {
  id: string;
  case_id: string;
  whistle: string;
  summoned_by: string;
  reason: string;
  created_at: Timestamp;
  ack_due_at: Timestamp;
}

export interface SummonDepartmentsTable {
  summon_id: string;
  department: string;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  missed_at: Timestamp | null;
  score: number | null;
  rated_at: Timestamp | null;
  rated_by: string | null;
}

export interface PhotosTable {
  id: string;
  sha256: string;
  mime: string;
  bytes: number;
  uploaded_by: string;
  created_at: Timestamp;
  event_id: string | null;
}

export interface CasePhotosTable {
  photo_id: string;
  case_id: string;
  kind: string;
  action: string;
  attached_at: Timestamp;
}

export interface TrackingLinksTable {
  token_hash: string;
  case_id: string;
  created_at: Timestamp;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: Generated<Date>;
}

export interface SensorsTable {
  id: string;
  kind: string;
  lat: number;
  lng: number;
  district: number;
  grid_cell: string;
  unit: string;
  alarm_above: number | null;
  alarm_category: string | null;
}

export interface SensorReadingsTable {
  sensor_id: string;
  measured_at: Timestamp;
  value: number;
}

export interface ResourcesTable {
  id: string;
  kind: string;
  code: string;
  name_zh: string;
  name_en: string;
  district: number;
  department: string;
  lat: number;
  lng: number;
  state: string;
  version: Generated<number>;
  capacity: number | null;
  occupancy: number | null;
  m3_per_hour: number | null;
  stock: number | null;
  members: number | null;
  skills: Generated<string[]>;
  target_case_id: string | null;
  target_lat: number | null;
  target_lng: number | null;
  target_label: string | null;
  demo: Generated<boolean>;
  updated_at: Timestamp;
}

export interface ResourceHistoryTable {
  id: Generated<string>;
  resource_id: string;
  at: Timestamp;
  actor: string;
  action: string;
  from_state: string | null;
  to_state: string | null;
  detail: ColumnType<unknown, string, never>;
}

export interface ForecastsTable {
  id: string;
  source: string;
  storm_id: string;
  storm_name: string;
  issued_at: Timestamp;
  received_at: Timestamp;
  body: ColumnType<unknown, string, never>;
}

export interface RiskComputationsTable {
  computed_at: Timestamp;
  inputs_as_of: Timestamp;
  horizon_hours: number;
  cells: ColumnType<unknown, string, never>;
}

export interface RiskActionsTable {
  client_key: string;
  cell: string;
  horizon_hours: number;
  computed_at: Timestamp;
  kind: string;
  resource_id: string | null;
  actor: string;
  case_id: string | null;
  refusal: string | null;
  created_at: Timestamp;
}

export interface AlertsTable {
  id: string;
  identifier: string;
  sender: string;
  sent: Timestamp;
  status: string;
  msg_type: string;
  scope: string;
  refs: string | null;
  origin: string;
  issued_by: string | null;
  state: Generated<string>;
  replaced_by: string | null;
  version: Generated<number>;
  received_at: Timestamp;
  updated_at: Timestamp;
  body: ColumnType<unknown, string, never>;
  xml: string;
}

export interface AlertInfosTable {
  alert_id: string;
  position: number;
  language: string | null;
  categories: string[];
  event: string;
  urgency: string;
  severity: string;
  certainty: string;
  effective: Timestamp;
  onset: Timestamp | null;
  expires: Timestamp | null;
  headline: string | null;
  description: string | null;
}

export interface AlertAreasTable {
  alert_id: string;
  info_position: number;
  position: number;
  area_desc: string;
  polygons: ColumnType<unknown, string, never>;
  circles: ColumnType<unknown, string, never>;
}

export interface CareHouseholdsTable {
  id: string;
  category: string;
  name: string;
  address: string;
  phone: string | null;
  id_number: string | null;
  lat: number;
  lng: number;
  district: number;
  grid_cell: string;
  water_meter_id: string | null;
  electricity_meter_id: string | null;
  grid_worker_id: string;
  family_contacts: ColumnType<unknown, string, string>;
  consent_given_by: string;
  consent_at: Timestamp;
  consent_scope: string;
  model_state: ColumnType<unknown, string | null, string | null>;
  demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface CareAbsencesTable {
  id: string;
  household_id: string;
  reason: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  note: Generated<string>;
  created_by: string;
  created_at: Timestamp;
}

export interface CareAlertsTable {
  id: string;
  household_id: string;
  kind: string;
  raised_hour: number;
  seen: string;
  case_id: string | null;
  outcome: string | null;
  outcome_note: string | null;
  outcome_by: string | null;
  outcome_at: Timestamp | null;
  created_at: Timestamp;
}

export interface CareAuditTable {
  id: Generated<string>;
  household_id: string;
  actor: string;
  action: string;
  fields: string[];
  at: Timestamp;
}

export interface ScreenModeTable {
  id: Generated<boolean>;
  typhoon_switch: boolean;
  alert_in_force: boolean;
  changed_at: Timestamp;
  changed_by: string | null;
}

export interface Database {
  districts: DistrictsTable;
  grids: GridsTable;
  departments: DepartmentsTable;
  categories: CategoriesTable;
  workers: WorkersTable;
  cases: CasesTable;
  events: EventsTable;
  case_history: CaseHistoryTable;
  assignments: AssignmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  sla_breaches: SlaBreachesTable;
  tracking_links: TrackingLinksTable;
  server_secrets: ServerSecretsTable;
  photos: PhotosTable;
  case_photos: CasePhotosTable;
  summons: SummonsTable;
  summon_departments: SummonDepartmentsTable;
  sensors: SensorsTable;
  sensor_readings: SensorReadingsTable;
  resources: ResourcesTable;
  resource_history: ResourceHistoryTable;
  forecasts: ForecastsTable;
  risk_computations: RiskComputationsTable;
  risk_actions: RiskActionsTable;
  alerts: AlertsTable;
  alert_infos: AlertInfosTable;
  alert_areas: AlertAreasTable;
  care_households: CareHouseholdsTable;
  care_absences: CareAbsencesTable;
  care_alerts: CareAlertsTable;
  care_audit: CareAuditTable;
  screen_mode: ScreenModeTable;
}

export type CaseRow = Selectable<CasesTable>;
export type NewCase = Insertable<CasesTable>;
export type WorkerRow = Selectable<WorkersTable>;
export type CategoryRow = Selectable<CategoriesTable>;
export type NewHistoryEntry = Insertable<CaseHistoryTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
