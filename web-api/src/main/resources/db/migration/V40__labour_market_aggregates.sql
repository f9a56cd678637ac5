-- Labour-market information (issue 8): aggregates kept up to date from the event stream, per
-- arbeidsmarktregio × period (ISO week, month, quarter) × dimension (all, skill, skill group, occupation, ISCO).

-- Demand: open vacancies in the period (and how many ask for the key essential / optional), new in the period.
create table lmi_demand_cell (
    region        text   not null,
    period_kind   text   not null,
    period_start  date   not null,
    dimension     text   not null,
    dim_key       text   not null,
    vacancies     bigint not null default 0,
    essential     bigint not null default 0,
    optional      bigint not null default 0,
    new_vacancies bigint not null default 0,
    primary key (region, period_kind, period_start, dimension, dim_key)
);
create index lmi_demand_by_key on lmi_demand_cell (period_kind, period_start, dimension, dim_key);

-- Supply: consenting people active in the period who have the key (and who want to learn the skill).
create table lmi_supply_cell (
    region         text   not null,
    period_kind    text   not null,
    period_start   date   not null,
    dimension      text   not null,
    dim_key        text   not null,
    people         bigint not null default 0,
    wants_to_learn bigint not null default 0,
    primary key (region, period_kind, period_start, dimension, dim_key)
);
create index lmi_supply_by_key on lmi_supply_cell (period_kind, period_start, dimension, dim_key);

-- Flows per region and quarter (published per quarter only: months would add up to the quarter).
create table lmi_flow_cell (
    region       text   not null,
    period_start date   not null,
    flow         text   not null,
    events       bigint not null default 0,
    primary key (region, period_start, flow)
);

-- The last contribution of each vacancy, so a change or closure subtracts exactly what was added.
create table lmi_vacancy_state (
    vacancy_id  uuid   primary key,
    version     bigint not null,
    region      text   not null,
    open_from   date   not null,
    open_until  date   not null,
    occupation  text,
    isco        text,
    skills      jsonb  not null
);

-- Supply source, clearly separate from the profile store (issue 6): pseudonymous profile id, region,
-- registration day, the statistics consent and skills. Fed by profile events (registered / consent changed /
-- deleted) and by the synthetic history seeder (synthetic = true).
create table lmi_supply_profile (
    profile_id           uuid    primary key,
    region               text,
    registered_on        date    not null,
    statistics_consent   boolean not null default false,
    occupation           text,
    skills               text[]  not null default '{}',
    wants_to_learn       text[]  not null default '{}',
    synthetic            boolean not null default false
);

-- Data sets loaded into the aggregates (the synthetic history is labelled as such).
create table lmi_dataset (
    name        text        primary key,
    synthetic   boolean     not null,
    description text        not null,
    vacancies   bigint      not null,
    profiles    bigint      not null,
    from_day    date        not null,
    to_day      date        not null,
    loaded_at   timestamptz not null default now()
);
