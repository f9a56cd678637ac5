# Sourced by ./vaardig run and bench/startup.sh: how to launch the packaged app with the JDK's ahead-of-time cache
# (JDK 25+, JEP 483/514: classes loaded and linked once, read from a file at later starts).
#   aot_launch_args JAVA JAR DIR   prints one argument per line: the JVM flags and "-jar <app jar>"
# The cache needs the classes on a plain class path (not nested in the Boot jar), so the jar is first extracted into
# DIR (Spring Boot's own `-Djarmode=tools extract`, again when the jar changed). The first start on a jar records
# the cache (-XX:AOTCacheOutput: written when that JVM exits, i.e. when the platform is stopped), every later start
# uses it (-XX:AOTCache). The JVM's AOT messages go to DIR/aot.log, not the console: recording lists every class it
# cannot archive ("Skipping …: Unlinked class") at warning level, which is not a problem of the platform; a cache that
# does not fit the jar is also reported there (the JVM then starts without it). Older JDKs: plain "-jar JAR".
aot_launch_args() {
  local java_bin=$1 jar=$2 dir=$3 major
  major=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')
  if ! [[ "$major" =~ ^[0-9]+$ ]] || (( major < 25 )); then
    printf '%s\n' -jar "$jar"
    return
  fi
  local app="$dir/$(basename "$jar")"
  if [[ ! -f "$app" || "$jar" -nt "$app" ]]; then
    rm -rf "$dir"
    "$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    touch -r "$jar" "$app"
  fi
  local flags=(-Xlog:aot*=off -Xlog:cds*=off "-Xlog:aot*=warning,cds*=warning:file=$dir/aot.log")
  # from a plain class path lz4-java (Kafka's compression) loads its JNI library where the JDK sees it and warns that
  # restricted methods will be blocked (inside the Boot jar it did not); the native access is intended
  flags+=(--enable-native-access=ALL-UNNAMED)
  # the JVM refuses a cache recorded with other module flags (only in aot.log): one cache file per set of flags
  local cache="$dir/app-$(printf '%s ' "${flags[@]}" | cksum | cut -d' ' -f1).aot"
  if [[ -f "$cache" && ! "$app" -nt "$cache" ]]; then
    printf '%s\n' "${flags[@]}" "-XX:AOTCache=$cache" -jar "$app"
  else
    rm -f "$dir"/app*.aot
    printf '%s\n' "${flags[@]}" "-XX:AOTCacheOutput=$cache" -jar "$app"
  fi
}
