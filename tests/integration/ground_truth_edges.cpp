// The graph built from a generated vault has exactly the edges, per kind,
// that gen_vault.py's .expected.json counts, and every orphan it lists.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "vaultlint/check.hpp"
#include "vaultlint/vault.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: ground_truth_edges VAULTS_DIR\n";
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  std::ifstream listing(dir / "vaults.txt");
  if (!listing) {
    std::cout << "SKIP: no generated vaults\n";
    return 77;
  }
  bool failed = false;
  std::string name;
  while (listing >> name) {
    const auto root = dir / name;
    std::ifstream in(root / ".expected.json");
    const auto expected = nlohmann::json::parse(in);
    vaultlint::Config config;
    vaultlint::Vault vault;
    std::string error;
    if (!vaultlint::load_vault(root, config, {}, &vault, &error)) {
      std::cout << name << ": " << error << '\n';
      return 1;
    }
    const auto counts = vault.graph.edge_counts_by_kind();
    std::ostringstream line;
    line << name << ":";
    for (std::size_t kind = 0; kind < counts.size(); ++kind) {
      const auto& kind_name = vault.graph.kind_names[kind];
      const std::size_t want = expected["edges"].value(kind_name, std::size_t{0});
      line << fmt::format(" {} {}/{}", kind_name, counts[kind], want);
      if (counts[kind] != want) failed = true;
    }
    std::set<std::string> want_orphans = expected["orphans"].get<std::set<std::string>>();
    std::set<std::string> got_orphans;
    for (const auto& d : vaultlint::check_vault(vault, config)) {
      if (d.rule == "orphan") got_orphans.insert(d.file);
    }
    line << fmt::format(", orphans {}/{}", got_orphans.size(), want_orphans.size());
    if (got_orphans != want_orphans) failed = true;
    std::cout << line.str() << (failed ? "  MISMATCH" : "") << '\n';
  }
  return failed ? 1 : 0;
}
