create table migrated_label (id bigint primary key);
