# The external-change tests (class names contain External) read PostgreSQL's change stream:
# they need a cluster with wal_level=logical. A second cluster, "signals" on port 5433, so
# the default one on 5432 keeps its settings; created and configured on first use.
pg_version=$(ls /etc/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx signals; then
  echo "Creating the PostgreSQL cluster 'signals' on port 5433 (wal_level=logical)"
  pg_createcluster "$pg_version" signals -p 5433 -- --auth-local=trust --auth-host=trust >/dev/null
  {
    echo "wal_level = logical"
    echo "max_replication_slots = 10"
    echo "max_wal_senders = 10"
  } >> "/etc/postgresql/$pg_version/signals/postgresql.conf"
  {
    echo "host all all 127.0.0.1/32 trust"
    echo "host replication all 127.0.0.1/32 trust"
  } >> "/etc/postgresql/$pg_version/signals/pg_hba.conf"
fi
if ! pg_isready -h 127.0.0.1 -p 5433 -q; then
  pg_ctlcluster --skip-systemctl-redirect "$pg_version" signals start
  for _ in $(seq 1 60); do
    pg_isready -h 127.0.0.1 -p 5433 -q && break
    sleep 1
  done
fi
if [ "$(psql -h 127.0.0.1 -p 5433 -U postgres -tAc 'show wal_level')" != "logical" ]; then
  echo "The PostgreSQL cluster on 127.0.0.1:5433 does not have wal_level=logical; the external-change tests need it." >&2
  exit 1
fi
psql -h 127.0.0.1 -p 5433 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 \
  || psql -h 127.0.0.1 -p 5433 -U postgres -qc "CREATE DATABASE test"
echo "PostgreSQL with wal_level=logical is up on 127.0.0.1:5433"
