#pragma once

// JVOM_BENCH_KEEP_FREED_MEMORY=1: glibc keeps what the program frees and hands it to the next run, at every
// size (by itself it does so only for blocks under 32 MiB, and only until a trim), so that runs after the
// first map no fresh pages. It shows the checks' own scaling apart from what the machine charges for a
// fresh page; peak memory figures then mean nothing. Linux and glibc only, as the benchmarks are.
#include <malloc.h>

#include <cstdlib>
#include <string_view>

namespace jvom::bench {

// Whether the switch is on; when it is, every block comes from the heap, which is never trimmed (-1: a
// threshold of 2 GiB, the most mallopt's int says otherwise, was passed when a 10M run freed its buffers).
// A program that trims itself (malloc_trim) must not when this returns true.
inline bool keep_freed_memory_if_asked() {
  const char* env = std::getenv("JVOM_BENCH_KEEP_FREED_MEMORY");
  if (env == nullptr || std::string_view(env) != "1") return false;
  mallopt(M_MMAP_MAX, 0);
  mallopt(M_TRIM_THRESHOLD, -1);
  return true;
}

}  // namespace jvom::bench
