#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset `fuzz`, clang) and runs each for
# SECONDS, one after the other, at the lowest CPU priority (VAULTLINT_FUZZ_NICE):
#   fuzz/run_fuzzers.sh SECONDS [TARGET...]
# Corpora grow in build-fuzz/corpus/<target>, seeded from fuzz/seeds/, the
# sample vault and a small generated vault (../shared/tools/gen_vault.py).
# A crash, leak or timeout input is written to build-fuzz/artifacts/<target>/
# and the script exits 1; copy it to fuzz/regressions/<target>/ once fixed.
set -euo pipefail

seconds="${1:?usage: fuzz/run_fuzzers.sh SECONDS [TARGET...]}"
shift
targets=("$@")
if ((${#targets[@]} == 0)); then targets=(note_reader link_target resolver config front_matter); fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"
jobs="${VAULTLINT_FUZZ_BUILD_JOBS:-2}"
# Niceness of the fuzzing runs: 19 keeps a shared machine responsive; a dedicated
# fuzzing hour may want 0 so that the targets are not starved by builds.
niceness="${VAULTLINT_FUZZ_NICE:-19}"

cmake --preset fuzz -S "$root" >/dev/null
nice -n 19 cmake --build "$build" --parallel "$jobs" \
  --target fuzz_note_reader fuzz_link_target fuzz_resolver fuzz_config fuzz_front_matter

seed_corpora() {
  local corpus="$build/corpus"
  # Seeded once; the newest target's folder says whether an older corpus predates it.
  [[ -d $corpus/front_matter ]] && return
  mkdir -p "$corpus"/{note_reader,link_target,resolver,config,front_matter}
  local generated="$build/seed-vault"
  rm -rf "$generated"
  if [[ -f "$root/../shared/tools/gen_vault.py" ]]; then
    python3 "$root/../shared/tools/gen_vault.py" --notes 40 --seed 6 --out "$generated" >/dev/null
  fi
  local n=0
  while IFS= read -r -d '' note; do
    cp "$note" "$corpus/note_reader/seed-$((n++)).md"
  done < <(find "$root/vault-samples" "$generated" -name '*.md' -print0 2>/dev/null)
  # The resolver reads up to four notes split at 0xFF bytes.
  # The front_matter target reads the YAML between a note's '---' lines.
  python3 - "$corpus/note_reader" "$corpus/resolver" "$corpus/front_matter" <<'PY'
import os, sys
notes = sorted(os.listdir(sys.argv[1]))
for i in range(0, len(notes), 4):
    parts = [open(os.path.join(sys.argv[1], n), "rb").read() for n in notes[i:i + 4]]
    open(os.path.join(sys.argv[2], f"seed-{i // 4}"), "wb").write(b"\xff".join(parts))
for n in notes:
    text = open(os.path.join(sys.argv[1], n), "rb").read().removeprefix(b"\xef\xbb\xbf")
    if text.startswith(b"---\n") and b"\n---\n" in text[3:]:
        open(os.path.join(sys.argv[3], n + ".yaml"), "wb").write(text[4:text.index(b"\n---\n", 3) + 1])
PY
  # Link targets: every [[...]] and (...) target written in the seed notes.
  # `head` stops reading early, so the commands before it may die of SIGPIPE:
  # with pipefail that is not a failure of the script.
  grep -rhoE '\[\[[^]]{1,200}\]\]|\]\([^)]{1,200}\)' "$corpus/note_reader" | sort -u | head -500 |
    while IFS= read -r link; do
      printf '%s' "$link" | sed -E 's/^\[\[|\]\]$|^\]\(|\)$//g' > "$corpus/link_target/$(printf '%s' "$link" | md5sum | cut -c1-16)"
    done || true
  for target in note_reader link_target resolver config front_matter; do
    cp -r "$root/fuzz/seeds/$target/." "$corpus/$target/"
  done
  cp "$root/vault-samples/demo/.vaultlint.yaml" "$corpus/config/" 2>/dev/null || true
}

seed_corpora
status=0
for target in "${targets[@]}"; do
  artifacts="$build/artifacts/$target/"
  mkdir -p "$artifacts"
  echo "== $target: ${seconds}s"
  # -rss_limit_mb: a note may not take 2 GiB; -timeout: nor 60 s of wall time (generous:
  # at nice 19 on a busy shared machine a target may get a few per cent of a core).
  TIMEFORMAT="cpu time: %U s user + %S s system, wall %R s"
  time nice -n "$niceness" "$build/fuzz/fuzz_$target" "$build/corpus/$target" -max_total_time="$seconds" \
    -timeout=60 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts" 2>"$build/fuzz-$target.log" || status=1
  grep -E '^(#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added)' \
    "$build/fuzz-$target.log" | tail -4
  grep -E '^==[0-9]+==ERROR|SUMMARY|Test unit written' "$build/fuzz-$target.log" || true
done
exit "$status"
