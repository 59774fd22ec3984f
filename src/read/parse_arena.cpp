#include "read/parse_arena.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <memory_resource>
#include <new>
#include <stdexcept>

namespace vaultlint {
namespace {

// A typical note's parse fits in the first buffer with room to spare;
// larger ones add buffers from the heap until their lease ends.
constexpr std::size_t kFirstBuffer = 64 * 1024;
// Each block starts with its size, for realloc; the header's width keeps
// the block aligned as malloc's are.
constexpr std::size_t kHeader = alignof(std::max_align_t);
static_assert(kHeader >= sizeof(std::size_t));

struct ThreadArena {
  std::unique_ptr<std::byte[]> first{new std::byte[kFirstBuffer]};
  std::pmr::monotonic_buffer_resource resource{first.get(), kFirstBuffer};
};

ThreadArena& thread_arena() {
  thread_local ThreadArena arena;
  return arena;
}

// The thread's arena while a lease holds it, else null. A plain pointer
// needs no initialisation guard, so every allocation reads it directly.
thread_local std::pmr::monotonic_buffer_resource* leased = nullptr;

/// cmark-gfm is C: nothing may unwind through it. It aborts when its own
/// allocator fails, and so does this one.
[[noreturn]] void out_of_memory() {
  std::fputs("vaultlint: out of memory while parsing Markdown, aborting\n", stderr);
  std::abort();
}

void* arena_allocate(std::size_t size) {
  if (size > SIZE_MAX - kHeader) out_of_memory();
  void* block = nullptr;
  try {
    block = leased->allocate(size + kHeader, kHeader);
  } catch (const std::bad_alloc&) {
    out_of_memory();
  }
  std::memcpy(block, &size, sizeof size);
  return static_cast<std::byte*>(block) + kHeader;
}

void* arena_calloc(std::size_t count, std::size_t size) {
  if (size != 0 && count > SIZE_MAX / size) out_of_memory();
  void* block = arena_allocate(count * size);
  std::memset(block, 0, count * size);
  return block;
}

void* arena_realloc(void* old, std::size_t size) {
  if (old == nullptr) return arena_allocate(size);
  std::size_t old_size = 0;
  std::memcpy(&old_size, static_cast<std::byte*>(old) - kHeader, sizeof old_size);
  if (size <= old_size) return old;
  void* block = arena_allocate(size);
  std::memcpy(block, old, old_size);
  return block;
}

void arena_free(void*) {}

cmark_mem kArenaMem{arena_calloc, arena_realloc, arena_free};

}  // namespace

ParseArenaLease::ParseArenaLease() {
  if (leased != nullptr) throw std::logic_error("this thread's parse arena is already leased");
  leased = &thread_arena().resource;
}

ParseArenaLease::~ParseArenaLease() {
  leased->release();  // back to the first buffer; later ones are freed
  leased = nullptr;
}

cmark_mem* ParseArenaLease::mem() const { return &kArenaMem; }

std::size_t ParseArenaLease::first_buffer_size() { return kFirstBuffer; }

}  // namespace vaultlint
