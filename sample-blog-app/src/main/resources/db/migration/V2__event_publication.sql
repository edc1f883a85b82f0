-- Spring Modulith's event publication registry (its V2 structure), where the durable
-- receivers' deliveries wait until they are done. Written for PostgreSQL, like V1; H2 runs it
-- in its PostgreSQL mode, where text is a varchar of up to a billion characters (not a CLOB).
-- A snapshot of an article holds its body twice (before and after an edit): far more than
-- the varchar(4000) of Modulith's own H2 script.

create table event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts integer,
    last_resubmission_date timestamp with time zone
);

create index event_publication_by_completion_date on event_publication (completion_date);
