#pragma once
/// Memory for cmark-gfm's parse of one note.
///
/// cmark-gfm allocates every node, literal and buffer of a parse as its own
/// block, about 150 for a typical note, and frees them one by one with the
/// tree. At 100,000 notes the allocator took a tenth of a whole check's CPU,
/// and these blocks were half of it. A parse made with a lease's `mem()` takes its blocks from
/// a bump arena that belongs to the calling thread instead; freeing a block
/// does nothing, and the lease gives the whole parse back at once when it
/// ends. The arena's first buffer is kept for the thread's next lease, so a
/// typical note's parse allocates nothing from the system at all.
///
/// cmark-gfm's own arena allocator (cmark_get_arena_mem_allocator) is one
/// process-wide arena without a lock, so it cannot serve parses running on
/// several threads; this one is a bump allocator of the thread's own
/// (parse_arena.cpp says why not std::pmr::monotonic_buffer_resource).

#include <cmark-gfm.h>

#include <cstddef>

namespace vaultlint {

class ParseArenaLease {
 public:
  /// Throws std::logic_error when the thread already holds a lease: the
  /// inner lease's end would give back the outer parse's memory.
  ParseArenaLease();
  ~ParseArenaLease();
  ParseArenaLease(const ParseArenaLease&) = delete;
  ParseArenaLease& operator=(const ParseArenaLease&) = delete;

  /// The allocator to give cmark_parser_new_with_mem. Everything allocated
  /// with it must be dropped before the lease ends, and used on this thread
  /// only.
  cmark_mem* mem() const;

  /// Bytes of the thread's first buffer, which every lease starts from.
  static std::size_t first_buffer_size();
};

}  // namespace vaultlint
