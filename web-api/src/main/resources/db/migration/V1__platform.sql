-- Interface preferences of a signed-in person, keyed by the token's pseudonymous subject.
create table user_preference (
    subject    text primary key,
    language   varchar(2)  not null check (language in ('nl', 'en')),
    updated_at timestamptz not null default now()
);
