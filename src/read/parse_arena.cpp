#include "read/parse_arena.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <stdexcept>
#include <vector>

namespace vaultlint {
namespace {

// A typical note's parse fits in the first buffer with room to spare;
// larger ones add buffers from the heap until their lease ends.
constexpr std::size_t kFirstBuffer = 64 * 1024;
// Each block starts with its size, for realloc; the header's width keeps
// the block aligned as malloc's are.
constexpr std::size_t kHeader = alignof(std::max_align_t);
static_assert(kHeader >= sizeof(std::size_t));
static_assert(__STDCPP_DEFAULT_NEW_ALIGNMENT__ >= kHeader, "buffers from new[] start aligned");
// Past this, a block's rounded size would overflow.
constexpr std::size_t kLargestBlock = SIZE_MAX / 2;

/// cmark-gfm is C: nothing may unwind through it. It aborts when its own
/// allocator fails, and so does this one.
[[noreturn]] void out_of_memory() {
  std::fputs("vaultlint: out of memory while parsing Markdown, aborting\n", stderr);
  std::abort();
}

constexpr std::size_t rounded(std::size_t size) { return (size + kHeader - 1) / kHeader * kHeader; }

/// A bump allocator over the thread's buffers. It is written here rather
/// than taken from std::pmr::monotonic_buffer_resource, which this file used
/// before: cmark-gfm asks for about 150 blocks a note, and the resource's
/// allocate (out of line in libstdc++, behind a virtual call) cost 37
/// instructions a block, a fifth of all the arena's work; it also cannot
/// grow the newest block where it is, which is how cmark-gfm's growing
/// buffers (a paragraph's text, the current line) mostly grow.
class ThreadArena {
 public:
  ThreadArena() { release(); }

  /// A block of `size` bytes after its header.
  std::byte* allocate(std::size_t size) {
    if (size > kLargestBlock) out_of_memory();
    const std::size_t need = kHeader + rounded(size);
    if (static_cast<std::size_t>(end_ - next_) < need) add_buffer(need);
    std::byte* block = next_ + kHeader;
    next_ += need;
    set_size(block, size);
    newest_ = block;
    return block;
  }

  /// `block` with room for `size` bytes, its content kept.
  std::byte* grow(std::byte* block, std::size_t size) {
    const std::size_t old_size = size_of(block);
    if (size <= old_size) return block;
    if (block == newest_ && size <= kLargestBlock &&
        rounded(size) <= static_cast<std::size_t>(end_ - block)) {
      next_ = block + rounded(size);
      set_size(block, size);
      return block;
    }
    std::byte* moved = allocate(size);
    std::memcpy(moved, block, old_size);
    return moved;
  }

  /// Back to the start of the first buffer; added buffers are freed.
  void release() {
    added_.clear();
    next_ = first_.get();
    end_ = first_.get() + kFirstBuffer;
    newest_ = nullptr;
    next_buffer_size_ = 2 * kFirstBuffer;
  }

 private:
  static std::size_t size_of(const std::byte* block) {
    std::size_t size = 0;
    std::memcpy(&size, block - kHeader, sizeof size);
    return size;
  }
  static void set_size(std::byte* block, std::size_t size) {
    std::memcpy(block - kHeader, &size, sizeof size);
  }

  /// Doubles like the standard library's monotonic resource, so that a large
  /// note's parse takes few buffers and wastes at most half of the last.
  /// Kept out of line: inlined, it made allocate save and restore registers
  /// on every call, a third of allocate's instructions.
  [[gnu::noinline]] void add_buffer(std::size_t need) {
    const std::size_t size = need > next_buffer_size_ ? need : next_buffer_size_;
    std::byte* buffer = new (std::nothrow) std::byte[size];
    if (buffer == nullptr) out_of_memory();
    try {
      added_.emplace_back(buffer);
    } catch (const std::bad_alloc&) {
      delete[] buffer;
      out_of_memory();
    }
    next_ = buffer;
    end_ = buffer + size;
    if (next_buffer_size_ <= kLargestBlock / 2) next_buffer_size_ *= 2;
  }

  std::unique_ptr<std::byte[]> first_{new std::byte[kFirstBuffer]};
  std::vector<std::unique_ptr<std::byte[]>> added_;
  // Set by release(), which is also where every lease starts.
  std::byte* next_;
  std::byte* end_;
  std::byte* newest_;
  std::size_t next_buffer_size_;
};

ThreadArena& thread_arena() {
  thread_local ThreadArena arena;
  return arena;
}

// The thread's arena while a lease holds it, else null. A plain pointer
// needs no initialisation guard, so every allocation reads it directly.
thread_local ThreadArena* leased = nullptr;

void* arena_calloc(std::size_t count, std::size_t size) {
  if (size != 0 && count > SIZE_MAX / size) out_of_memory();
  std::byte* block = leased->allocate(count * size);
  std::memset(block, 0, count * size);
  return block;
}

void* arena_realloc(void* old, std::size_t size) {
  if (old == nullptr) return leased->allocate(size);
  return leased->grow(static_cast<std::byte*>(old), size);
}

void arena_free(void*) {}

cmark_mem kArenaMem{arena_calloc, arena_realloc, arena_free};

}  // namespace

ParseArenaLease::ParseArenaLease() {
  if (leased != nullptr) throw std::logic_error("this thread's parse arena is already leased");
  leased = &thread_arena();
}

ParseArenaLease::~ParseArenaLease() {
  leased->release();  // back to the first buffer; later ones are freed
  leased = nullptr;
}

cmark_mem* ParseArenaLease::mem() const { return &kArenaMem; }

std::size_t ParseArenaLease::first_buffer_size() { return kFirstBuffer; }

}  // namespace vaultlint
