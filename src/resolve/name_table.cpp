#include "resolve/name_table.hpp"

#include <xxhash.h>

namespace vaultlint {

std::size_t NameTable::Hash::operator()(std::string_view name) const {
  return static_cast<std::size_t>(XXH3_64bits(name.data(), name.size()));
}

void NameTable::Builder::reserve(std::size_t names, std::size_t bytes) {
  added_.reserve(names);
  names_.reserve(bytes);
}

void NameTable::Builder::add(std::string_view name, std::uint32_t value) {
  added_.push_back(Added{static_cast<std::uint32_t>(names_.size()), static_cast<std::uint32_t>(name.size()), value});
  names_.insert(names_.end(), name.begin(), name.end());
}

NameTable NameTable::Builder::build() && {
  NameTable table;
  table.names_ = std::move(names_);
  const char* base = table.names_.data();
  // First the distinct names, numbered as met; each slot holds its name's
  // number until the values are laid out. Robin-hood insertion moves slots,
  // so nothing may point into the table before it is complete.
  //
  // Not reserved for every name added: stems and ids are mostly the same
  // name, and a table sized for both was twice too large (16 MB for 113k
  // names at 100k notes). Grown to a load of 0.8 instead of tsl's 0.5:
  // robin-hood probes stay short there, and the slots keep the hash.
  table.map_.max_load_factor(0.8f);
  std::vector<std::uint32_t> number_of(added_.size());
  std::vector<std::uint32_t> count;
  std::vector<std::uint32_t> last;
  for (std::size_t i = 0; i < added_.size(); ++i) {
    const Added& added = added_[i];
    const auto number = static_cast<std::uint32_t>(count.size());
    const auto [it, inserted] =
        table.map_.try_emplace(std::string_view(base + added.offset, added.size), Slot{number, 0});
    number_of[i] = it->second.first;
    if (inserted) {
      count.push_back(1);
      last.push_back(added.value);
    } else if (last[number_of[i]] != added.value) {
      ++count[number_of[i]];
      last[number_of[i]] = added.value;
    }
  }
  // Names with more than one value get a run of lists_, filled in order.
  std::vector<std::uint32_t> start(count.size());
  std::uint32_t listed = 0;
  for (std::size_t n = 0; n < count.size(); ++n) {
    start[n] = listed;
    if (count[n] > 1) listed += count[n];
  }
  table.lists_.resize(listed);
  std::vector<std::uint32_t> filled(count.size(), 0);
  for (std::size_t i = 0; i < added_.size(); ++i) {
    const std::uint32_t n = number_of[i];
    if (count[n] < 2) continue;
    std::uint32_t* run = table.lists_.data() + start[n];
    if (filled[n] == 0 || run[filled[n] - 1] != added_[i].value) run[filled[n]++] = added_[i].value;
  }
  for (auto it = table.map_.begin(); it != table.map_.end(); ++it) {
    const std::uint32_t n = it->second.first;
    it.value() = count[n] == 1 ? Slot{last[n], 1} : Slot{start[n], count[n]};
  }
  return table;
}

std::span<const std::uint32_t> NameTable::find(std::string_view name) const {
  const auto it = map_.find(name);
  return it == map_.end() ? std::span<const std::uint32_t>{} : values_of(it->second);
}

}  // namespace vaultlint
