-- The vacancy store (system of record for vacancies). Skills as JSON: [{uri, essential, evidence}].
create table vacancy (
    id             uuid        primary key,
    employer       text        not null,
    title          text        not null,
    description    text        not null default '',
    region         text        not null,
    gemeente       text,
    latitude       double precision,
    longitude      double precision,
    hours_min      integer     not null,
    hours_max      integer     not null,
    contract_type  text        not null,
    occupation_uri text,
    isco           text,
    skills         jsonb       not null default '[]'::jsonb,
    valid_from     date        not null,
    valid_until    date        not null,
    status         text        not null,
    source         text        not null,
    external_id    text,
    version        bigint      not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    constraint vacancy_status check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
    constraint vacancy_hours check (hours_min >= 0 and hours_max >= hours_min and hours_max <= 60),
    constraint vacancy_validity check (valid_until >= valid_from),
    constraint vacancy_source_external unique (source, external_id)
);
create index vacancy_by_employer on vacancy (employer, status);
create index vacancy_by_region on vacancy (region, status);

-- Open vacancies per region as counted from the vacancy events (idempotently); labour-market aggregates
-- (issue 8) build on these counters.
create table vacancy_region_count (
    region     text   primary key,
    published  bigint not null default 0,
    closed     bigint not null default 0
);

-- Bulk feed uploads and their progress.
create table feed_job (
    id               uuid        primary key,
    feed             text        not null,
    file_name        text        not null,
    format           text        not null,
    uploaded_by      text        not null,
    status           text        not null,
    records_read     bigint      not null default 0,
    records_valid    bigint      not null default 0,
    records_invalid  bigint      not null default 0,
    stored           bigint      not null default 0,
    failed           bigint      not null default 0,
    message          text,
    started_at       timestamptz not null default now(),
    read_finished_at timestamptz,
    finished_at      timestamptz
);
create index feed_job_recent on feed_job (started_at desc);
