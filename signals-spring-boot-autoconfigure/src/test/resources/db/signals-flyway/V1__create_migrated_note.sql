create table migrated_note (id bigint primary key, text varchar(100));
