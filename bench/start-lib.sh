# Sourced by bench/startup.sh, bench/startup-threads.sh and bench/restart-flags.sh: launching the platform of the local
# profile for a start measurement, waiting for "ready", and reading a JVM's CPU time from /proc.
#   bench_launch LOG DATA PORT JAVA [ARGS…]   starts it in the background (HTTP on PORT, PostgreSQL +252, Kafka +312,
#                                             SMTP +2; BENCH_POSTGRES_PORT, BENCH_KAFKA_PORT, BENCH_SMTP_PORT override
#                                             those) with DATA as its data folder, output to LOG; sets BENCH_PID
#   bench_wait_ready PID PORT LOG             returns when /actuator/health/readiness answers UP; exits if the JVM did
#   process_cpu_ms PID                        CPU of the process (all its threads, not PostgreSQL's processes)
#   thread_cpu_ms PID                         one line per live thread: "CPU-ms name"

bench_launch() {
  local log=$1 data=$2 port=$3
  shift 3
  VAARDIG_SMTP_PORT=${BENCH_SMTP_PORT:-$((port + 2))} VAARDIG_DATA_DIRECTORY="$data" \
    VAARDIG_POSTGRES_PORT=${BENCH_POSTGRES_PORT:-$((port + 252))} VAARDIG_KAFKA_PORT=${BENCH_KAFKA_PORT:-$((port + 312))} \
    PORT=$port "$@" --spring.profiles.active=local > "$log" 2>&1 &
  BENCH_PID=$!
}

bench_wait_ready() {
  until curl -fs "http://localhost:$2/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$1" 2>/dev/null || { echo "platform exited; see $3" >&2; exit 1; }
    sleep 0.1
  done
}

process_cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"
}

thread_cpu_ms() {
  local hz t name st rest
  hz=$(getconf CLK_TCK)
  for t in /proc/"$1"/task/*; do
    name=$(cat "$t/comm" 2>/dev/null) || continue
    st=$(cat "$t/stat" 2>/dev/null) || continue
    rest=${st##*) }
    # shellcheck disable=SC2086
    set -- $rest
    echo "$(( (${12} + ${13}) * 1000 / hz )) $name"
  done
}
