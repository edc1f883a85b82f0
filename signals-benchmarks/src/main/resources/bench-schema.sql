create schema if not exists signals_bench;
