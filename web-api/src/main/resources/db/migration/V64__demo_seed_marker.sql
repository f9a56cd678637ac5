-- Issue 16: the demo data is seeded once per data folder. This row says which demo data set (generator version,
-- seed and sizes) this database has received; a start that finds its own set here leaves the demo data alone, so a
-- restart never re-opens a vacancy the demo employer closed nor undoes an edit.
create table demo_seed (
    data_set     text        primary key,
    seed_version text        not null,
    seeded_at    timestamptz not null default now()
);
