-- Transactional outbox: a row is written in the same transaction as the change it announces; the relay
-- publishes it to Kafka and deletes it. The payload is the encoded CloudEvent (bytes as Kafka will carry them).
create table event_outbox (
    seq           bigserial primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    kafka_key     text        not null,
    region        text,
    event_type    text        not null,
    payload       bytea,                 -- null: a tombstone (compaction removes the key)
    created_at    timestamptz not null default now()
);

-- Idempotent consumers: an event id is claimed by a consumer in the same transaction as its effect.
create table processed_event (
    consumer      text        not null,
    event_id      uuid        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
create index processed_event_age on processed_event (processed_at);

-- Dead letters as read back from the dead-letter topic, for inspection and re-drive.
create table dead_letter (
    id               uuid        primary key,
    source_topic     text        not null,
    source_partition integer,
    source_offset    bigint,
    consumer         text        not null,
    reason           text        not null,
    detail           text        not null,
    payload          bytea,
    kafka_key        text,
    job_id           uuid,
    line             bigint,
    failed_at        timestamptz not null,
    redriven_at      timestamptz,
    redriven_by      text
);
create index dead_letter_open on dead_letter (failed_at desc) where redriven_at is null;
create index dead_letter_job on dead_letter (job_id, line) where job_id is not null;

-- What a coach's or loket's screen shows: events of their regions, and how far each person has read.
create table region_event (
    event_id     uuid        primary key,
    region       text        not null,
    event_type   text        not null,
    subject      text        not null,
    occurred_at  timestamptz not null,
    summary      jsonb       not null,
    received_at  timestamptz not null default now()
);
create index region_event_by_region on region_event (region, occurred_at desc);

create table region_event_read (
    user_subject text        primary key,
    read_until   timestamptz not null
);
